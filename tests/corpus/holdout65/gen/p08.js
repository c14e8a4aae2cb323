// holdout65-wres-2025-26-fernleigh: primary care collaborative; a PRIORITY column High / Medium / Low filled red / amber / green –
// coloured, but not a status; the Status column beside it holds plain words.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Fernleigh Valley Primary Care Collaborative';
  const font = { name: 'Calibri', size: 11 };
  const p = new Plan(book, { name: 'holdout65-wres-2025-26-fernleigh', sheet: 'WRES plan', standard: 'WRES', period: '2025-26', trust, widths: [5, 58, 12, 11, 32, 14, 14], font });
  p.line([`${trust} – WRES action plan 2025/26`], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } } });
  p.line(['Covering the collaborative\'s hosted staff and the eleven member practices that took part in the 2025 data return.'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  p.header(['#', 'Action', 'WRES indicator', 'Priority', 'Lead', 'Target', 'Status'], { style: { fill: C.nhs, color: C.white } });
  const P = { High: C.red, Medium: C.amber, Low: C.green };
  const rows = [
    ['1', 'Collect ethnicity data for every practice employee through the shared HR system, not paper forms.', '1', 'High', 'Collaborative HR Lead', 'Jun 2025', 'Complete'],
    ['2', 'Share one inclusive job advert template and shortlisting guide with all member practices.', '2', 'High', 'Collaborative HR Lead', 'Sep 2025', 'In progress'],
    ['3', 'Agree that a second manager from another practice reviews any formal disciplinary decision.', '3', 'Medium', 'Clinical Director', 'Dec 2025', 'Not started'],
    ['4', 'Open the practice nurse development fund to all staff groups and track who applies.', '4', 'Low', 'Training Hub Manager', 'Oct 2025', 'In progress'],
    ['5', 'Put up the zero-tolerance poster on abuse of reception staff in every waiting room and on practice websites.', '5', 'High', 'Practice Manager, Oakfield Surgery', 'Jul 2025', 'Complete'],
    ['6', 'Offer a confidential buddy from another practice to staff who report bullying or discrimination.', '6, 8', 'Medium', 'Wellbeing Lead', 'Jan 2026', 'Not started'],
    ['7', 'Give ethnic minority receptionists and care co-ordinators a route into the new Band 5 roles through an in-house course.', '7', 'Medium', 'Training Hub Manager', 'Mar 2026', 'In progress'],
    ['8', 'Invite a member of the Race Equality Network to the collaborative board as an associate member.', '9', 'Low', 'Chair of the Collaborative Board', 'Nov 2025', 'Not started'],
  ];
  for (const [n, act, ind, pri, lead, due, st] of rows) p.action([n, act, ind, pri, lead, due, st], { ref: n, indicators: ind.split(', '), action: act, lead, due, status: st }, { styles: [{}, {}, { alignment: { horizontal: 'center' } }, { fill: P[pri], alignment: { horizontal: 'center' } }] });
  p.blank();
  p.line(['Priority: High = start this quarter; Medium = start by the end of Q2; Low = by year end.'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional primary care collaborative). Title naming the collaborative and the year (row 1), an italic scope line (row 2), a blank row, one header '# | Action | WRES indicator | Priority | Lead | Target | Status' (row 4, white on NHS blue), eight actions (rows 5–12), a blank row and a priority key (row 14). Quirk: a PRIORITY column (High / Medium / Low) FILLED RED / AMBER / GREEN, right beside an unfilled Status column of plain words (Complete / In progress / Not started). Judgement calls: the priority colours are not a RAG and the priority word is not a status – status = the Status word, rag null (no status cell is coloured); the priority key is no action; lead as written including 'Practice Manager, Oakfield Surgery'; ref = '#'; indicators from the indicator column ('6, 8' → two); target as month-year text.", { cols: { ref: 'A', action: 'B', ind: 'C', lead: 'E', due: 'F', status: 'G', plain: true, traps: ['D'], priorityFill: 'D' }, forbidden: ['High', 'Medium', 'Low'] });
}
