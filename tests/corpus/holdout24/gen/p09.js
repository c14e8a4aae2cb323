// holdout24-wres-2022-23-eastmere: follows an NHS integrated care board's published WRES page for 2022-23 (North Central London's),
// which names three WRES PRIORITIES for the year ('1. Recruiting and retaining BME staff in bands 8a and above', '2. Support BME
// staff', '3. Collaborative working with partners'); here each priority heads a section of the action table. The table columns are
// this batch's assumption.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Eastmere Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout24-wres-2022-23-eastmere', sheet: 'WRES plan 22-23', standard: 'WRES', period: '2022-23', trust, widths: [8, 58, 14, 30, 14, 14, 40] });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, color: C.nhs, font: { size: 13 } } });
  p.line(['WRES action plan 2022-23'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Developed by the EDI Working Group with the Executive Sponsor and co-produced with the BAME Staff Network. Our three WRES priorities for 2022-23 are set out below.'], { merge: ['A', 'G'], height: 28 });
  p.header(['Ref', 'Action', 'WRES indicator', 'Lead', 'By when', 'Status', 'Update'], { style: { fill: C.nhs, color: C.white } });
  const S = { Complete: [C.goodG, 'green'], 'In progress': [C.neutralA, 'amber'], Overdue: [C.badR, 'red'] };
  const F = 'mmm-yy';
  const pr = [
    ['Priority 1: Recruiting and retaining BME staff in Bands 8a and above', [
      ['P1.1', 'Include a BME panel member on every Band 8a and above interview panel.', '2', ['2'], 'Head of Recruitment', D(2022, 9, 30), 'Complete', 'In place since September.'],
      ['P1.2', 'Hold stay conversations with BME staff at Band 8a and above and act on what they tell us.', '1', ['1'], 'Head of Workforce', D(2023, 1, 31), 'In progress', '14 of 22 conversations held.'],
      ['P1.3', 'Publish progress against our Model Employer targets for Bands 8a to VSM.', '1, 9', ['1', '9'], 'Director of People', D(2022, 12, 31), 'Overdue', 'Data checks delayed the report.'],
    ]],
    ['Priority 2: Support BME staff (including the BAME Staff Network)', [
      ['P2.1', 'Give the BAME Staff Network chair one day a week of protected time and a budget.', '7', ['7'], 'Executive Sponsor', D(2022, 7, 31), 'Complete', 'Agreed at the Executive Team in July.'],
      ['P2.2', 'Run "active bystander" training for managers in community teams.', '5, 6, 8', ['5', '6', '8'], 'Head of OD', D(2023, 3, 31), 'In progress', 'Four sessions delivered.'],
    ]],
    ['Priority 3: Collaborative working with partners and providers', [
      ['P3.1', 'Share our WRES actions and learning at the ICS EDI network each quarter.', 'All', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'EDI Lead', D(2023, 3, 31), 'In progress', 'Presented in June and October.'],
      ['P3.2', 'Agree a common approach to reverse mentoring with two neighbouring trusts.', '7', ['7'], 'Head of OD', D(2023, 2, 28), 'Overdue', 'Partner trusts not yet ready.'],
    ]],
  ];
  for (const [head, acts] of pr) {
    (p.secs ||= []).push(p.line([head], { merge: ['A', 'G'], style: { bold: true, fill: C.paleblue }, border: true }));
    for (const [ref, a, ind, codes, lead, due, st, upd] of acts) p.action([ref, a, ind, lead, due, st, upd], { ref, indicators: codes, theme: head, action: a, lead, due: shown(due, F), status: st, rag: S[st][1], progress: upd }, { styles: [{}, {}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, { numFmt: F }, { fill: S[st][0] }] });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a community health trust) whose sections follow the three WRES PRIORITIES that an NHS integrated care board published for 2022-23 (North Central London's WRES page: recruiting and retaining BME staff at 8a and above; support for BME staff and the staff network; collaborative working with partners); the table's columns are this batch's assumption. The trust line in NHS blue, the title, an intro on how the plan was co-produced, then an NHS-blue header 'Ref | Action | WRES indicator | Lead | By when | Status | Update' (row 4) directly above the first of three pale-blue merged PRIORITY ROWS ('Priority 1: Recruiting and retaining BME staff in Bands 8a and above' …), each over two or three actions 'P1.1'…'P3.2'. Bare indicator numbers ('2', '1, 9', '5, 6, 8', 'All'); dates shown 'mmm-yy'; status words on Excel's PALE 'good / neutral / bad' fills (Complete pale green, In progress pale yellow, Overdue pale red). Judgement calls: theme = the priority row above (a priority is what the actions are about); indicators from the WRES indicator column ('All' = all nine); lead, due as shown, status and its pale fill (pale green = green, pale yellow = amber, pale red = red); Update = progress.", { sections: p.secs, ragCol: 'F', mode: 'fill' });
}
