// holdout45-wres-2025-26-tamarvalley: a primary-care collaborative's WRES plan for practice and PCN staff, updated by leads who TYPE
// THE COLOUR WORD at the start of their quarter's box ('GREEN – …', 'AMBER: …', 'BLUE – …' = done) – no fills, no status column;
// Q3 returned by most leads, Q4 empty; one action with nothing in Q1.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Tamar Valley Primary Care Collaborative';
  const p = new Plan(book, { name: 'holdout45-wres-2025-26-tamarvalley', sheet: 'WRES plan 25-26', standard: 'WRES', period: '2025-26', trust, widths: [46, 22, 11, 10, 30, 30, 30, 24], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 14, color: { argb: 'FF00A499' } } } });
  p.line(['Race equality at work – our WRES action plan 2025-26 (staff of our 17 practices and 4 PCNs)'], { merge: ['A', 'H'], style: { bold: true } });
  p.line(["How to update: start your quarter's box with GREEN, AMBER or RED (BLUE = done), then a line on what has happened. Please don't delete earlier quarters."], { merge: ['A', 'H'], height: 28, style: { italic: true, color: 'FF595959' } });
  p.blank();
  p.header(['Action', 'Who', 'By when', 'WRES indicator', 'Q1 (Apr–Jun 25)', 'Q2 (Jul–Sep 25)', 'Q3 (Oct–Dec 25)', 'Q4 (Jan–Mar 26)'], { style: { fill: 'FF00A499', color: C.white } });
  const RW = { GREEN: 'green', AMBER: 'amber', RED: 'red', BLUE: 'blue' };
  const rows = [
    ['Use one short, plain-English job description template for every practice vacancy.', 'Workforce lead (Collaborative)', 'Sept 2025', '2', ["GREEN – template agreed at the practice managers' forum.", 'BLUE – in use in 15 of 17 practices; the other two start in October.', '', '']],
    ['Ask every practice to record staff ethnicity in the same way on its HR system, so the collaborative can produce WRES figures.', 'Practice managers (each practice)', 'Dec 2025', '1', ['AMBER – three different HR systems in use; the categories need mapping.', 'AMBER: mapping done for two of the three systems.', 'GREEN – all practices now reporting; first combined figures in January.', '']],
    ['Run a session for reception teams on handling racist abuse from patients, with a script and a model practice policy.', 'Clinical Director, North PCN', 'Nov 2025', '5', ['GREEN – script drafted with the LMC.', 'GREEN – nine practices booked.', 'AMBER – 12 of 17 practices trained; the rest need a January date.', '']],
    ['Agree a zero-tolerance notice and a letter practices can send to patients who racially abuse staff.', 'Practice Manager Lead', 'Oct 2025', '5', ['GREEN – wording out for comment.', 'BLUE – notice and letter sent to all practices.', '', '']],
    ["Give staff a way to raise discrimination outside their own practice, through the collaborative's Freedom to Speak Up Guardian.", 'Freedom to Speak Up Guardian', 'Mar 2026', '6, 8', ['RED – no Guardian in post.', 'AMBER – Guardian appointed from 1 September.', '', '']],
    ['Give ARRS staff from ethnic minority backgrounds a mentor from another PCN.', 'Training Hub lead', 'Mar 2026', '7', ['GREEN – 11 mentors recruited.', 'GREEN – first eight pairs matched.', 'GREEN – 14 pairs matched.', '']],
    ['Add a question on fair treatment to the annual staff wellbeing survey and share the results by ethnicity.', 'Workforce lead (Collaborative)', 'Feb 2026', '7, 8', ['', 'AMBER – the survey provider cannot split results by ethnicity below ten responses.', 'AMBER – agreed to report at collaborative level only.', '']],
    ['Invite members of the ethnic minority staff forum to the collaborative board twice a year.', 'Collaborative Chair', 'Mar 2026', '9', ['GREEN – first visit in June.', 'GREEN', 'GREEN – second visit in November; the forum asked for a standing agenda item.', '']],
  ];
  const ragCells = {}; const Q = ['E', 'F', 'G', 'H'];
  for (const [a, who, when, ind, q] of rows) {
    let last = -1; q.forEach((x, i) => { if (x) last = i; });
    const cell = q[last]; const mm = /^(GREEN|AMBER|RED|BLUE)\s*[–:]?\s*(.*)$/.exec(cell);
    const r = p.action([a, who, when, ind, ...q], { indicators: ind.split(', '), action: a, lead: who, due: when, status: mm[1], rag: RW[mm[1]], progress: mm[2] }, { styles: [{}, {}, {}, { alignment: { horizontal: 'center', vertical: 'top' } }] });
    ragCells[r] = Q[last];
  }
  p.blank();
  p.line(['Agreed by the Collaborative Board, April 2025. Questions to the Workforce lead.'], { merge: ['A', 'H'], style: { font: { size: 8 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional primary-care collaborative of 17 practices and 4 PCNs, using the WRES for its own staff): teal title, plan name, an italic 'How to update' line (start your quarter's box with GREEN, AMBER or RED, BLUE = done), ONE header row (row 5) 'Action | Who | By when | WRES indicator | Q1 (Apr–Jun 25) | Q2 (Jul–Sep 25) | Q3 (Oct–Dec 25) | Q4 (Jan–Mar 26)'. No status or RAG column and NO FILLS: each quarter box is typed text starting with a COLOUR WORD ('GREEN – …', 'AMBER: …', 'BLUE – …', or just 'GREEN'). Q4 is empty; Q3 is empty for the two actions finished in Q2 and for the Guardian action whose lead sent no return; one action has nothing in Q1. An agreement line sits under the table. Judgement calls: status = the colour word at the start of the LATEST FILLED quarter box, as typed ('BLUE', 'AMBER', 'GREEN'; no action is RED now); rag = that word by the sheet's own instruction (BLUE = done → blue); progress = the rest of that box after the word and its dash or colon (earlier quarters are history); where Q3 is empty the Q2 box stands; lead = Who as written, including 'Practice managers (each practice)'; due = By when as typed ('Sept 2025', 'Mar 2026'); indicators from the WRES indicator column ('6, 8' → ['6','8']); no refs, no theme rows; the agreement month is not a due.", { ragCells, ragWords: RW, latest: [{ field: 'progress', cols: Q, partOf: true }, { field: 'status', cols: Q, partOf: true }] });
}
