// holdout65-wdes-2021-22-wyecliff: community trust; NO TITLE – the header is row 1 and the trust and plan are named only in a line
// UNDER the table; progress cells hold several dated updates stacked one under another in one cell.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wyecliff Community Health Services NHS Trust';
  const font = { name: 'Calibri', size: 10 };
  const p = new Plan(book, { name: 'holdout65-wdes-2021-22-wyecliff', sheet: 'WDES 21-22', standard: 'WDES', period: '2021-22', trust, widths: [10, 54, 26, 14, 52], font });
  p.header(['Metric', 'Action', 'Lead(s)', 'Due', 'Progress'], { style: { fill: C.tan } });
  const rows = [
    ['1', 'Close the gap in declared disability between ESR and the staff survey with a self-service reminder each quarter.', 'Workforce Information Lead', 'Mar 22', 'Jul 21 – first reminder sent with payslips.\nOct 21 – declaration rate up from 3.9% to 4.6%.\nJan 22 – third reminder sent.'],
    ['2', 'Publish the trust\'s Disability Confident commitments on every job advert.', 'Recruitment Team Leader', 'Sep 21', 'Aug 21 – wording added to all adverts on NHS Jobs.'],
    ['3', 'Look again at the last two years of capability cases to see whether adjustments were offered before the formal stage.', 'HR Business Partners', 'Dec 21', 'Sep 21 – 14 cases reviewed.\nDec 21 – findings with the Director of People.'],
    ['4a', 'Give community nurses a lone-worker device with a discreet alert and report disability-related abuse from patients.', 'Head of Health and Safety', 'Jan 22', 'Nov 21 – devices ordered for three localities.'],
    ['4b', 'Add a module on disability and bullying to the manager induction.', 'Learning and Development Manager; Disability Network', 'Feb 22', ''],
    ['5', 'Set aside places for disabled staff on the Mary Seacole leadership programme.', 'Head of OD', 'Mar 22', 'Oct 21 – two places agreed.'],
    ['8', 'Set up a central fund for adjustments so that teams do not pay for equipment from their own budgets.', 'Deputy Director of Finance; Head of Occupational Health', 'Oct 21', 'Sep 21 – fund agreed at £15k.\nNov 21 – first twelve requests approved.'],
    ['9a', 'Survey network members on what would help them take part in the annual staff survey.', 'Disability Network Chair', 'Nov 21', 'Nov 21 – 38 replies; results shared at the network meeting.'],
  ];
  for (const [m, act, lead, due, prog] of rows) p.action([m, act, lead, due, prog], { indicators: [m], action: act, lead, due, progress: prog });
  p.blank();
  p.line([`${trust} – Workforce Disability Equality Standard action plan 2021-22. Owner: People Directorate. Updated quarterly.`], { merge: ['A', 'E'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust). NO TITLE: the header 'Metric | Action | Lead(s) | Due | Progress' is row 1 (tan fill), eight actions follow (rows 2–9), a blank row, and the ONLY line naming the trust and the plan is an italic line UNDER the table (row 11: '… – Workforce Disability Equality Standard action plan 2021-22. Owner: People Directorate. Updated quarterly.'); the sheet tab is 'WDES 21-22'. Metric cells are bare codes ('4a', '9a'). Due dates are text 'Mar 22'. Quirks: the table starts at A1 with the identity at the foot, and the PROGRESS cells hold SEVERAL DATED UPDATES stacked in one cell ('Jul 21 – …' / 'Oct 21 – …' / 'Jan 22 – …'). Judgement calls: identity from the foot line (trust, 2021-22); the dated updates are progress (the whole cell, lines kept) – their months are not dues and the figures in them ('3.9%', '£15k', '38 replies') are not indicators; one empty progress cell → ''; leads joined with ';' kept as written; no status column (status '', rag null); no ref; the foot line's 'People Directorate' is no lead.", { cols: { ind: 'A', action: 'B', lead: 'C', due: 'D', progress: 'E' }, forbidden: ['People Directorate', 'Updated quarterly.'] });
}
