// holdout87-wdes-2023-24-saxby: learning disability and autism / mental health trust, a THREE-YEAR WDES plan 2023–2026 as approved
// (no status yet): a TWO-ROW header – 'Milestones by year' merged over the year columns, the years beneath – milestone cells shaded as a
// timeline; executive AND delivery leads; baseline and measure of success per action. Due = the year of the LAST milestone.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Saxby Mental Health and Learning Disability NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout87-wdes-2023-24-saxby', sheet: 'WDES 2023-26', standard: 'WDES', period: '2023-24', trust, widths: [6, 8, 38, 22, 22, 22, 22, 18, 22, 30], font: { name: 'Arial', size: 9 } });
  p.line([trust], { merge: ['A', 'J'], style: { bold: true, font: { size: 12 } } });
  p.line(['Workforce Disability Equality Standard – three-year action plan 2023 to 2026 (approved by the People and Culture Committee, November 2023)'], { merge: ['A', 'J'], style: { bold: true } });
  p.blank();
  const H = { fill: 'FF2E75B6', color: C.white, alignment: { horizontal: 'center', vertical: 'middle' } };
  p.header(['Ref', 'Metric', 'Action', 'Milestones by year', '', '', 'Executive lead', 'Delivery lead', 'Baseline (WDES 2023)', 'Measure of success'], { style: H, merge: ['D', 'F'] });
  p.header(['', '', '', '2023/24', '2024/25', '2025/26', '', '', '', ''], { style: H });
  for (const c of ['A', 'B', 'C', 'G', 'H', 'I', 'J']) p.ws.mergeCells(`${c}4:${c}5`);
  p.ws.views = [{ state: 'frozen', ySplit: 5 }];
  const yearDue = { D: '2023/24', E: '2024/25', F: '2025/26' };
  const SH = 'FFDDEBF7';
  const rows = [
    ['S1', '1', 'Bring the ESR disability record into line with the staff survey by asking every member of staff to check their record at appraisal.', 'Declaration prompt added to the appraisal form', 'Declaration check in every appraisal', 'Ongoing', 'Director of People', 'Head of Workforce Information', '6.2% declared in ESR; 27% in the staff survey', 'ESR declaration at 15% or more by March 2026'],
    ['S2', '2', 'Offer every disabled applicant who meets the essential criteria an interview, and tell them so in every advert.', 'Advert template changed', '', '', 'Director of People', 'Recruitment Manager', 'Relative likelihood 1.29', 'Relative likelihood between 0.8 and 1.25'],
    ['S3', '3', 'Pause any formal capability process on health grounds until occupational health advice on adjustments has been received and acted on.', 'Policy wording agreed with staff side', 'First year of cases reviewed', '', 'Director of People', 'Head of Employee Relations', 'Relative likelihood 2.05', 'Relative likelihood 1.25 or below'],
    ['S4', '4a', 'Give staff on inpatient wards and in supported living services a debrief within 72 hours of abuse from a service user or relative, and record whether it happened.', 'Debrief standard agreed', 'Standard in all inpatient wards', 'Standard in supported living services', 'Chief Nurse', 'Associate Director of Nursing – Inpatients', '34% harassed by service users, relatives or the public', 'Within 5 points of non-disabled staff by 2026'],
    ['S5', '5', 'Create a disabled leaders\' development programme run with the Ability staff network.', '', 'First cohort of 12', 'Second cohort; evaluation', 'Chief Executive', 'Head of Leadership & OD', '49% believe the Trust gives equal chances of progression', '60% by the 2025 staff survey'],
    ['S6', '6', 'Tell managers in every team briefing that disabled staff must not be pressed to come to work when unwell, and check it through the absence audit.', 'Message in team briefings; audit designed', 'Absence audit run', '', 'Chief Operating Officer', 'Head of HR Operations', '28% felt pressure to come to work', 'Below 22% in the 2025 staff survey'],
    ['S7', '7, 9a', 'Run "Our voice" sessions for disabled staff with the Chief Executive twice a year and publish what changed after each one.', 'Two sessions held', 'Two sessions held', 'Two sessions held', 'Chief Executive', 'Equality, Diversity & Inclusion Lead', 'Engagement score 6.4 (non-disabled 6.9)', 'Engagement gap of 0.2 or less'],
    ['S8', '10', 'Add a disability question to the Board\'s annual skills and diversity review and use it in the next non-executive recruitment.', '', 'Question in the 2024/25 review', '', 'Chair', 'Company Secretary', 'Board declaration 0%; workforce 6.2%', 'Board declaration within 5 points of the workforce'],
  ];
  for (const [ref, ind, act, y1, y2, y3, exec, lead, base, mos] of rows) {
    const ys = { D: y1, E: y2, F: y3 }; const filled = Object.keys(ys).filter((k) => ys[k]);
    const due = yearDue[filled[filled.length - 1]];
    const shade = (v) => (v ? { fill: SH } : {});
    p.action([ref, ind, act, y1, y2, y3, exec, lead, base, mos], { ref, indicators: ind.split(', '), action: act, lead, due, outcome: mos }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, shade(y1), shade(y2), shade(y3), { color: 'FF595959' }, {}, { italic: true }, {}] });
  }
  p.blank();
  p.line(['Shading shows the years in which each action is delivered. Progress will be reported against these milestones each quarter from Q4 2023/24.'], { merge: ['A', 'J'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health and learning disability FT). A THREE-YEAR plan as approved, kept as one grid. Sheet 'WDES 2023-26': trust name, title 'three-year action plan 2023 to 2026 (approved … November 2023)', a blank row, a TWO-ROW header – row 4 'Ref | Metric | Action | Milestones by year (merged D–F) | Executive lead | Delivery lead | Baseline (WDES 2023) | Measure of success' and row 5 with the years '2023/24 | 2024/25 | 2025/26' under 'Milestones by year' (the other header cells merged over both rows), frozen at row 5 – eight actions whose milestone cells are SHADED pale blue as a timeline (blank where nothing is planned that year), and a closing line explaining the shading. Judgement calls: the plan's period is its FIRST year as stated (2023 to 2026) → '2023-24'; there is no completion column, so due = the year (row 5) of the LAST year column holding a milestone, written as the sub-header shows it ('2025/26' for S1, S4, S5, S7 – 'Ongoing' in S1's last year is a milestone, the action runs to the end; '2024/25' for S3, S6, S8; '2023/24' for S2); the milestone texts are yearly steps and give no field; the shading is a timeline, not a RAG; lead = Delivery lead, never the Executive lead (grey); outcome = Measure of success; the baseline gives no field; no status column (status '', rag null, progress ''); ref = Ref; indicators from the Metric column ('7, 9a' → both); theme null. 'November 2023' and 'Q4 2023/24' are no dues; the closing line is no action.", { notFrom: ['G', 'I', 'D', 'E', 'F'], yearCols: { cols: ['D', 'E', 'F'], due: yearDue }, forbidden: ['November 2023', 'Q4 2023/24'] });
}
