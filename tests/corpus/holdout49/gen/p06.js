// holdout49-wres-2024-25-lindmoor: an ICB's WRES plan for its own staff: a STATUS WORD (filled, key under the table) PLUS A DATED
// COMMENT that starts with the date it was written; header on row 2 with an autofilter; 'Director' and 'Officer' columns.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Lindmoor and Crane Valley Integrated Care Board';
  const p = new Plan(book, { name: 'holdout49-wres-2024-25-lindmoor', sheet: 'WRES 24-25', standard: 'WRES', period: '2024-25', trust, widths: [8, 10, 50, 22, 26, 13, 14, 50] });
  p.line([`${trust} – WRES action plan 2024/25 (ICB staff)`], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 }, color: C.nhs } });
  const h = p.header(['Ref', 'WRES', 'Action', 'Director', 'Officer', 'Due', 'Status', 'Latest comment (date first)'], { style: { fill: C.nhs, color: C.white } });
  const F = 'dd mmm yy';
  const W = { 'Complete': C.lightblue, 'On track': C.goodG, 'At risk': C.neutralA, 'Not started': C.badR };
  const rows = [
    ['L1', '1', 'Set representation targets for BME staff at band 8a and above in each directorate.', 'Chief People Officer', 'Head of Workforce Planning', D(2024, 9, 30), 'Complete', '02/10/24 – targets signed off by the Executive Team on 1 October.'],
    ['L2', '2', 'Introduce diverse interview panels and a de-biased shortlisting check for band 7 and above.', 'Chief People Officer', 'Recruitment Lead', D(2024, 12, 31), 'On track', '14/11/24 – checks run on 80% of band 7+ posts since September.'],
    ['L3', '3', 'Apply the Just and Learning culture checklist before any formal disciplinary step.', 'Director of Corporate Affairs', 'HR Business Partner', D(2024, 7, 31), 'Complete', '30/07/24 – checklist in the policy; staff side agreed.'],
    ['L4', '4', 'Report access to the ICB leadership academy by ethnicity every quarter.', 'Chief People Officer', 'OD Manager', D(2025, 3, 31), 'At risk', '21/11/24 – academy booking data does not record ethnicity; fix requested.'],
    ['L5', '5, 6', 'Launch the ICB\'s anti-racism statement and a route for staff to report racism from partners and providers.', 'Chief Executive', 'EDI Lead', D(2024, 10, 31), 'On track', '05/11/24 – statement launched; reporting route in test.'],
    ['L6', '7', 'Run a "Fair chances" career conversation for every BME member of staff at band 5–7.', 'Chief People Officer', 'OD Manager', D(2025, 3, 31), 'Not started', '18/10/24 – to start after the ICB restructure consultation ends.'],
    ['L7', '8', 'Train all line managers in handling complaints of discrimination.', 'Director of Corporate Affairs', 'HR Business Partner', D(2025, 1, 31), 'On track', '22/11/24 – four of six sessions held.'],
    ['L8', '9', 'Publish the Board\'s ethnicity alongside the ICB workforce each year.', 'Director of Corporate Affairs', 'Board Secretary', D(2024, 9, 30), 'Complete', '26/09/24 – in the annual report and on the website.'],
  ];
  for (const [ref, ind, act, dir, off, due, st, com] of rows) {
    p.action([ref, ind, act, dir, off, due, st, com], { ref, indicators: ind.split(', '), action: act, lead: off, due: shown(due, F), status: st, rag: { 'Complete': 'blue', 'On track': 'green', 'At risk': 'amber', 'Not started': 'red' }[st], progress: com }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, { numFmt: F }, { fill: W[st] }] });
  }
  p.ws.autoFilter = `A${h}:H${p.r}`;
  p.blank();
  const kr = p.line(['Status key', '', 'Complete', 'On track', 'At risk', 'Not started'], { styles: [{ bold: true }, {}, { fill: C.lightblue }, { fill: C.goodG }, { fill: C.neutralA }, { fill: C.badR }] });
  p.line(['Comments: put the date you wrote the comment first, then replace the previous comment.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional integrated care board, a plan for its own staff): ONE title row naming the ICB and the plan for 2024/25 (row 1), then straight away one NHS-blue header (row 2) 'Ref | WRES | Action | Director | Officer | Due | Status | Latest comment (date first)' with an AUTOFILTER, eight actions L1–L8, a blank row, a STATUS KEY row under the table ('Status key' then the four words each on its fill: Complete light blue, On track pale green, At risk pale yellow, Not started pale red) and an italic instruction on comments. PROGRESS IS RECORDED AS A STATUS WORD ON ITS KEY FILL PLUS A DATED COMMENT: each 'Latest comment' cell STARTS WITH THE DATE IT WAS WRITTEN ('14/11/24 – checks run …'). Judgement calls: status = the word; rag from the fill by the key under the table (Complete = blue, On track = green, At risk = amber – its pale yellow, Not started = red); progress = the whole comment as written, its date included; the comment's date is when the update was written – it is NOT the due and NOT a completion date (completed '' even on Complete rows, where only the comment's date is known, and 'signed off … on 1 October' is inside the comment); lead = Officer (the person doing it) – the Director is the accountable executive, no gold field; due = Due as shown (dd mmm yy); indicators from the WRES column ('5, 6' → ['5','6']); theme null; the key row and instruction line are not actions.", { mode: 'fill', ragCol: 7, progressCol: 'H', statusCol: 'G', notFrom: ['D'] });
}
