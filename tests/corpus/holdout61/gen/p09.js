// holdout61-wres-2022-23-ingleby: mental health and learning disability trust; a 'Strand' column filled in ONLY ON THE FIRST ROW of each
// strand (blank, not merged, below); Exec lead and Operational lead; RAG as a coloured cell with no text.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ingleby Moor Mental Health and Learning Disability NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout61-wres-2022-23-ingleby', sheet: 'Race & EDI plan', standard: 'WRES', period: '2022-23', trust, widths: [22, 5, 54, 9, 20, 26, 12, 6, 40] });
  p.line([trust], { merge: ['A', 'I'], style: { bold: true, font: { size: 13 } } });
  p.line(['Race Equality and EDI Action Plan – April 2022 to March 2023'], { merge: ['A', 'I'], style: { bold: true, color: C.darkred } });
  p.line(['Status at 30 September 2022 (mid-year review)'], { merge: ['A', 'I'], style: { italic: true } });
  const hdr = p.header(['Strand', 'No.', 'Action', 'WRES ind.', 'Exec lead', 'Operational lead', 'Target', 'RAG', 'Update'], { style: { fill: C.darkred, color: C.white } });
  const R = { g: [C.green, 'green'], a: [C.amber, 'amber'], r: [C.red, 'red'], b: [C.blue, 'blue'] };
  const groups = [
    ['Race equality (WRES)', [
      ['Introduce a shortlisting check: any ethnic minority applicant meeting all essential criteria is reviewed by a second manager before rejection.', '2', 'Director of People', 'Head of Recruitment', 'Sep-22', 'b', 'Second-look check live since July.'],
      ['Refer all formal disciplinary cases involving ethnic minority staff to the independent case review panel first.', '3', 'Director of People', 'Employee Relations Lead', 'Dec-22', 'g', 'Panel has reviewed 9 cases.'],
      ['Open two places on each leadership cohort to ethnic minority staff nominated by the network.', '4, 7', 'Chief Nurse', 'Head of Leadership and OD', 'Mar-23', 'a', 'Nominations slower than expected.'],
      ['Set a Board target for ethnic minority non-executive representation and tell the Council of Governors.', '9', 'Chair', 'Company Secretary', 'Jan-23', 'g', ''],
    ]],
    ['Anti-racism statement', [
      ['Publish our anti-racism statement on wards and in community team bases, with the zero-tolerance message for service users.', '5', 'Chief Executive', 'Head of Communications', 'Oct-22', 'b', 'Posters in all 46 sites.'],
      ['Ask every team to agree one anti-racism commitment at its away day and record it on the team page.', '', 'Chief Operating Officer', 'Service Directors', 'Mar-23', 'r', 'Only 12 teams have recorded one.'],
    ]],
    ['Staff networks', [
      ['Give each network chair two days a month of protected time, backfilled from the central budget.', '', 'Director of People', 'EDI Manager', 'Jun-22', 'b', ''],
      ['Hold a joint networks conference during Inclusion Week.', '', 'Director of People', 'EDI Manager', 'Sep-22', 'b', '120 attended.'],
    ]],
    ['Gender pay gap', [
      ['Check starting-salary decisions for new consultants by sex and publish the findings with the gender pay gap report.', '', 'Medical Director', 'Medical Workforce Manager', 'Mar-23', 'a', 'Data collected; analysis not started.'],
    ]],
    ['Equality Act / PSED', [
      ['Publish equality objectives for 2022-2026 and the annual equality information report.', '', 'Director of Nursing and Quality', 'EDI Manager', 'Mar-23', 'g', 'Objectives drafted with the networks.'],
    ]],
  ];
  const other = []; let n = 0;
  for (const [strand, acts] of groups) {
    acts.forEach(([act, ind, exec, lead, due, rag, upd], i) => {
      n++; const inds = ind ? ind.split(/,\s*/) : [];
      const r = p.action([i === 0 ? strand : undefined, n, act, ind, exec, lead, due, undefined, upd], { ref: String(n), indicators: inds, theme: strand, action: act, lead, due, status: '', rag: R[rag][1], progress: upd },
        { styles: [{ bold: true }, {}, {}, { alignment: { horizontal: 'center' } }, {}, {}, {}, { fill: R[rag][0] }] });
      if (!inds.length) other.push(r);
    });
  }
  p.blank();
  p.line(['RAG colours: blue = complete, green = on track, amber = at risk, red = not on track'], { merge: ['A', 'I'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health and learning disability foundation trust) kept as ONE RACE EQUALITY AND EDI PLAN at its mid-year review: trust name, a dark-red title 'Race Equality and EDI Action Plan – April 2022 to March 2023', an italic 'Status at 30 September 2022 (mid-year review)' line, then one header 'Strand | No. | Action | WRES ind. | Exec lead | Operational lead | Target | RAG | Update' (row 4) and ten numbered actions. The STRAND is typed ONLY ON THE FIRST ROW of each group and left BLANK (not merged) on the rows under it: 'Race equality (WRES)' (1–4), 'Anti-racism statement' (5–6), 'Staff networks' (7–8), 'Gender pay gap' (9), 'Equality Act / PSED' (10). The RAG cell is a colour with NO TEXT. A colour key line at the foot. Judgement calls: every row is an action of the plan, the network, gender pay gap and PSED rows included; theme = the strand carried down from the row where it is written (a blank strand cell means 'same as above'); indicators only from 'WRES ind.' ('4, 7' → ['4','7']) – so no. 5, in the anti-racism strand, has ['5'] because it names indicator 5, while no. 6 in the same strand has []; lead = Operational lead, never the Exec lead; due = Target as typed ('Sep-22' is text); ref = No. (1–10); status '' (no word anywhere), rag = the RAG cell's fill per the key (blue complete, green, amber, red); progress = Update ('' on rows 8 and 11); the review date is not a due.", { mode: 'fill', ragCol: 'H', colourOnly: { col: 'H' }, otherWork: other, themeCol: { col: 'A', header: hdr, fillDown: true }, indFrom: { col: 'D', re: '^([\\d, ]+)$' }, leadCol: 'F', dueCol: 'G', progressCol: 'I', notFrom: ['E'] });
}
