// holdout59-wdes-2019-20-wenlow: a community trust's first WDES plan: a 'Purpose' / 'Scope' block above the grid, a FINANCIAL YEAR
// timescale column ('2019/20', '2019/20 – 2020/21', 'FY20/21', 'Annual', 'Q4 2019/20') and leads that are COMMITTEES and GROUPS.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wenlow Community Health Services NHS Trust';
  const p = new Plan(book, { name: 'holdout59-wdes-2019-20-wenlow', sheet: 'WDES Plan', standard: 'WDES', period: '2019-20', trust, widths: [10, 14, 54, 28, 18, 14, 36], font: { name: 'Verdana', size: 9 } });
  p.line(['Workforce Disability Equality Standard 2019/20'], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 }, color: C.teal } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Purpose', 'To set out what the trust will do in response to its first WDES report (August 2019).'], { merge: ['B', 'G'] });
  p.line(['Scope', 'All directly employed staff, including bank. Volunteers are not included.'], { merge: ['B', 'G'] });
  p.blank();
  p.header(['Action no.', 'WDES metric(s)', 'Action', 'Lead group', 'Financial year', 'Status', 'Notes'], { style: { fill: C.teal, color: C.white } });
  const rows = [
    ['WD1', 'M1', '1', 'Ask every team to check its disability records on ESR as part of the annual appraisal round.', 'Workforce & OD Committee', '2019/20', 'In progress', 'Added to appraisal paperwork from October.'],
    ['WD2', 'M2', '2', 'Sign up to Disability Confident Level 2 and guarantee interviews to disabled applicants meeting the essentials.', 'Recruitment & Retention Group', 'Q4 2019/20', 'Done', 'Level 2 awarded February 2020.'],
    ['WD3', 'M3', '3', 'Add a reasonable-adjustments checkpoint to the capability policy before any formal stage.', 'Policy Review Group', 'FY20/21', 'Not started', ''],
    ['WD4', 'M4', '4', 'Publish clear guidance for community staff on reporting abuse from patients or relatives related to disability.', 'Health, Safety & Wellbeing Group', '2019/20 – 2020/21', 'In progress', ''],
    ['WD5', 'M5 & M6', '5,6', 'Train managers in flexible working and adjustments so disabled staff do not feel pressure to work when unwell.', 'EDI Steering Group', '2019/20', 'In progress', 'Two cohorts trained.'],
    ['WD6', 'M7', '7', 'Launch a disability staff forum with an executive sponsor and protected time to attend.', 'Disability Staff Forum', 'Q4 2019/20', 'Done', 'First meeting 12 December 2019.'],
    ['WD7', 'M9', '9', 'Ask the forum to co-design next year\'s actions and report progress to the Board twice a year.', 'EDI Steering Group', 'Annual', 'Not started', ''],
    ['WD8', 'M10', '10', 'Include the disability question in the Board members\' annual declaration.', 'Board Secretary\'s Office', 'FY20/21', 'Not started', ''],
  ];
  for (const [ref, m, ind, act, lead, fy, st, note] of rows) p.action([ref, m, act, lead, fy, st, note], { ref, indicators: ind.split(','), action: act, lead, due: fy, status: st, progress: note }, { height: 36 });
  p.blank();
  p.line(['Status: Done / In progress / Not started. Reviewed by the EDI Steering Group each quarter.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a community health trust), the trust's first WDES plan: a teal title, the trust name, 'Purpose' and 'Scope' label rows with their text merged to the right, a blank row, a teal header 'Action no. | WDES metric(s) | Action | Lead group | Financial year | Status | Notes' and eight actions WD1–WD8, with a status key line below. The timescale column is a FINANCIAL YEAR written several ways: '2019/20', 'Q4 2019/20', 'FY20/21', '2019/20 – 2020/21', 'Annual'. Every lead is a COMMITTEE, GROUP or FORUM ('Workforce & OD Committee', 'EDI Steering Group', 'Disability Staff Forum', 'Board Secretary's Office'). Judgement calls: due = the Financial year cell as written (a span kept whole; 'Annual' kept); lead = the group as written – a committee is a real lead here, there is no person; status = the word (Done / In progress / Not started, no colours → rag null); progress = Notes where filled; the WDES report date in 'Purpose' and the forum meeting date in a note are not dues; indicators from the 'M' codes ('M5 & M6' → 5, 6; 2019 metrics 4 and 9 whole); no theme.", { due: { col: 'E' }, lead: { col: 'D', mode: 'whole' }, status: { col: 'F', mode: 'word' }, progress: 'G' });
}
