// holdout24-wdes-2022-23-brackenmoor: follows a specialist cancer centre's WDES action plan 2022-2023 (The Christie's flipbook): a
// contents list, then one section per metric headed 'Metric 4a: Experiencing Bullying, Harassment, and Abuse' and so on (short
// names, 2021+ metric set), each with its own table. The table's columns are this batch's assumption (only the headings were seen).
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Brackenmoor Cancer Centre NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout24-wdes-2022-23-brackenmoor', sheet: 'Action Plan', standard: 'WDES', period: '2022-23', trust, widths: [8, 56, 28, 14, 36, 14] });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, color: C.purple } });
  p.line(['Workforce Disability Equality Standard Action Plan 2022-2023'], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line(['Contents: Metric 1 Recruitment and Promotion; Metric 2 Appointments; Metric 3 Capability Process; Metric 4a Experiencing Bullying, Harassment, and Abuse; Metric 4b Reporting Bullying, Harassment, and Abuse; Metric 6 Presenteeism; Metric 9b Staff Voice.'], { merge: ['A', 'F'], style: { italic: true }, height: 28 });
  const S = { Complete: [C.blue, 'blue', C.white], 'On track': [C.green, 'green'], 'At risk': [C.amber, 'amber'], 'Not started': [C.red, 'red', C.white] };
  const F = 'dd/mm/yyyy';
  const secs = [
    ['Metric 1: Recruitment and Promotion', ['1'], [
      ['1.1', 'Ask staff to check and update their disability record on ESR during Disability History Month.', 'Workforce Information Lead', D(2022, 12, 16), 'Declaration rate above 6%', 'Complete'],
      ['1.2', 'Map disabled staff by band and share the picture with each division.', 'EDI Manager', D(2023, 1, 31), 'Divisional reports issued', 'On track'],
    ]],
    ['Metric 2: Appointments', ['2'], [
      ['2.1', 'Audit the Disability Confident interview offer for every shortlisting round in one quarter.', 'Recruitment Lead', D(2023, 3, 31), 'Every eligible applicant offered an interview', 'At risk'],
    ]],
    ['Metric 3: Capability Process', ['3'], [
      ['3.1', 'Add a reasonable adjustments check to the capability policy\'s first stage.', 'Head of Employee Relations', D(2023, 2, 28), 'No case starts without the check', 'On track'],
    ]],
    ['Metric 4a: Experiencing Bullying, Harassment, and Abuse', ['4a'], [
      ['4a.1', 'Run civility and respect workshops in the two wards with the highest reported rates.', 'Head of Organisational Development', D(2023, 3, 31), 'Lower rate in the 2023 survey', 'Not started'],
    ]],
    ['Metric 4b: Reporting Bullying, Harassment, and Abuse', ['4b'], [
      ['4b.1', 'Let staff report harassment anonymously through the staff app.', 'Freedom to Speak Up Guardian', D(2022, 11, 30), 'Anonymous reports received and acted on', 'Complete'],
    ]],
    ['Metric 6: Presenteeism', ['6'], [
      ['6.1', 'Train line managers to hold supportive attendance conversations, starting with clinical research staff.', 'Head of HR Operations', D(2023, 3, 31), '90% of managers trained', 'At risk'],
    ]],
    ['Metric 9b: Staff Voice', ['9b'], [
      ['9b.1', 'Fund the Disability Network\'s awareness events and invite a Board member to each.', 'Chief People Officer', D(2023, 3, 31), 'Four events with Board attendance', 'On track'],
    ]],
  ];
  for (const [head, codes, acts] of secs) {
    p.blank();
    (p.secs ||= []).push(p.line([head], { merge: ['A', 'F'], style: { bold: true, fill: C.purple, color: C.white }, border: true }));
    p.header(['No.', 'Action', 'Owner', 'Target date', 'Measure of success', 'Status'], { style: { fill: C.lilac } });
    for (const [ref, a, lead, due, ms, st] of acts) p.action([ref, a, lead, due, ms, st], { ref, indicators: codes, theme: head, action: a, lead, due: shown(due, F), status: st, rag: S[st][1], outcome: ms }, { styles: [{}, {}, {}, { numFmt: F }, {}, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
  }
  p.blank();
  p.line(['Status: Complete (blue), On track (green), At risk (amber), Not started (red).'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a specialist cancer centre) following a real WDES Action Plan 2022-2023 published as a flipbook by a specialist cancer foundation trust: the purple trust line, the title and an italic CONTENTS line listing the metric sections, then seven sections, each a blank row, a purple merged SECTION ROW with the metric's code and short name ('Metric 4a: Experiencing Bullying, Harassment, and Abuse', 'Metric 9b: Staff Voice' – 2021+ set with 4a/4b and 9a/9b) and a REPEATED lilac header 'No. | Action | Owner | Target date | Measure of success | Status' over one or two actions (refs '1.1', '4a.1'). Only the real plan's section headings were seen, so the table columns are this batch's assumption. Dates dd/mm/yyyy; status words filled Complete blue / On track green / At risk amber / Not started red; a key line below. Judgement calls: theme = the section row above and indicators from its code; the contents line names metrics but is not a theme or an action; lead = Owner; due = Target date as shown; Measure of success = outcome; status word and its fill.", { sections: p.secs, sameHeaders: true, ragCol: 'F', mode: 'fill' });
}
