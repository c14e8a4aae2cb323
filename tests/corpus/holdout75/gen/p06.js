// holdout75-wdes-2024-25-hesketon: community and mental health trust; the Disability Equality Lead's own running list, shared on
// screen at the network meeting. NO HEADER ROW: metric, action, who, when, status word on a fill, note – always in that order, never
// headed, no borders. Finished actions moved under a grey 'DONE' divider at the bottom (still this year's actions).
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Hesketon Health and Care NHS Trust';
  const p = new Plan(book, { name: 'holdout75-wdes-2024-25-hesketon', sheet: 'WDES 24-25', standard: 'WDES', period: '2024-25', trust, widths: [6, 62, 28, 10, 10, 38], font: { name: 'Aptos Narrow', size: 11 } });
  p.line([`WDES actions 2024-25 – ${trust}`], { style: { bold: true, font: { size: 13 } } });
  p.line(['Shared at the Disability and Neurodiversity Network, 12/11/24'], { style: { italic: true, color: 'FF595959' } });
  p.blank();
  const FILL = { 'on track': C.lightgreen, slipping: C.amber, stuck: C.red, done: C.lightblue };
  const RAG = { 'on track': 'green', slipping: 'amber', stuck: 'red', done: 'blue' };
  const F = 'dd/mm/yy';
  const rows = [
    ['1', 'Get the disability question added to the new starter checklist so it is asked on day one rather than left blank in ESR.', 'Marcus Bell (Workforce Info)', D(2024, 9, 30), 'on track', 'Checklist v2 with IT.'],
    ['2', 'Write to every hiring manager who turned down a guaranteed-interview candidate in 23/24 and ask for the reason.', 'Recruitment team', 'end Oct', 'slipping', 'Only 4 of 11 replied.'],
    ['4a, 4b', 'Add "disability" as a category on the violence and aggression form and on the bullying and harassment form.', 'Joe Adeyemi (Risk)', D(2024, 12, 31), 'stuck', 'Ulysses change needs budget.'],
    ['6', 'Make sure the attendance policy review lets disability-related absence be recorded separately.', 'HR policy group', D(2025, 1, 31), 'on track', ''],
    ['8', 'Set up a central adjustments fund with a 28-day target from request to kit in place.', 'Priya Nandakumar (OH)', D(2025, 3, 31), 'on track', 'Finance paper in January.'],
    ['9a', 'Ask the staff survey supplier for results for neurodivergent staff as well as disabled staff.', 'Marcus Bell (Workforce Info)', 'Nov', 'slipping', 'Supplier says not possible this year.'],
    'DONE – kept here for the annual report',
    ['5', 'Open the mentoring scheme to disabled staff, with a matching question about access needs.', 'L&D', D(2024, 5, 31), 'done', 'Launched in May.'],
    ['9b', 'Give the Disability and Neurodiversity Network a standing item at the People and Culture Committee.', 'Company Secretary', D(2024, 6, 30), 'done', 'First item on 18 June.'],
    ['10', 'Add disability to the Board skills audit questions.', 'Company Secretary', D(2024, 4, 30), 'done', ''],
  ];
  let done = 0;
  for (const r of rows) {
    if (typeof r === 'string') { done = p.line([r], { merge: ['A', 'F'], style: { italic: true, bold: true, fill: C.grey } }); continue; }
    const [met, act, who, when, st, note] = r;
    p.action(r, { indicators: met.split(', '), action: act, lead: who, due: when instanceof Date ? shown(when, F) : when, status: st, rag: RAG[st], progress: note }, { border: false, styles: [{ alignment: { horizontal: 'center' } }, {}, {}, { numFmt: F, alignment: { horizontal: 'left' } }, { fill: FILL[st] }, {}] });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community and mental health trust), Aptos Narrow 11, no borders: the Disability Equality Lead's own running list, kept for herself and shared on screen at the network meeting – she never added a header because she is the only one who edits it. Sheet 'WDES 24-25': a bold title naming the standard, year and trust (row 1), an italic 'Shared at the Disability and Neurodiversity Network, 12/11/24' line, a blank row, then NO HEADER ROW: every action row reads metric (A) | action (B) | who (C) | when (D) | status word on a fill (E) | note (F), in that order throughout. Six open actions, then a grey italic divider 'DONE – kept here for the annual report' (row 10) and three finished actions under it. Dates are real dates shown dd/mm/yy or typed text ('end Oct', 'Nov'). Judgement calls: headerRows []; the fields are read from what the cells hold – the metric codes in A ('4a, 4b' → both), the sentence in B is the action, the name or team in C is the lead as written ('Marcus Bell (Workforce Info)', 'Recruitment team', 'L&D'), D is the due as displayed ('30/09/24', 'end Oct'), E is the status as written in lower case ('on track', 'slipping', 'stuck', 'done') with rag from its fill (light green → green, light blue → blue), F is progress where filled; the DONE divider is a non-action row and not a theme (it sorts by status; the rows under it are still this year's actions); no ref; theme null. The network meeting date in row 2 is no due.", { mode: 'fill', ragCol: 5, noHeader: true, fieldCols: { action: 'B', lead: 'C', due: 'D', status: 'E', progress: 'F' }, forbidden: ['12/11/24'] });
}
