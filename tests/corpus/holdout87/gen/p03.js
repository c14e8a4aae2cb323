// holdout87-wdes-2019-20-marshcombe: community trust, a TWO-YEAR WDES plan 2019–2021: the metric and its 2019 baseline merged down
// beside the actions, a milestone column per year whose HEADER carries the year's deadline, a per-action measure of success and a
// progress note. No completion column: the due is the deadline of the last year with a milestone.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Marshcombe Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout87-wdes-2019-20-marshcombe', sheet: 'WDES 2019-2021', standard: 'WDES', period: '2019-20', trust, widths: [20, 18, 40, 22, 28, 28, 30, 34], font: { name: 'Verdana', size: 9 } });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line(['Workforce Disability Equality Standard: our two-year plan, August 2019 to March 2021'], { merge: ['A', 'H'], style: { bold: true } });
  p.blank();
  p.header(['WDES metric', 'Baseline (2019 return)', 'Action', 'Lead', 'Year 1 – by March 2020', 'Year 2 – by March 2021', 'Measure of success', 'Progress (Jan 2020)'], { style: { fill: C.lilac } });
  p.ws.views = [{ state: 'frozen', ySplit: 4, xSplit: 1 }];
  const groups = [
    ['Metric 1 – workforce representation', '3.1% of staff have declared a disability (ESR)', [
      ['Run a "Why declare?" campaign with the disability network and make it easier to update ESR self-service records.', 'Head of Workforce Information', 'Campaign run in two localities', 'Repeated trust-wide each autumn', 'Declaration rate in ESR of 6% by March 2021', 'Posters and intranet page agreed with the network; launch moved to February.'],
    ]],
    ['Metric 2 – shortlisting to appointment', 'Non-disabled applicants 1.41 times more likely to be appointed', [
      ['Renew Disability Confident Employer status and check each stage of the guaranteed interview scheme is applied.', 'Recruitment Lead', 'Disability Confident Level 2 renewed', '—', 'Level 2 held; audit finds no missed guaranteed interviews', 'Renewal submitted in December.'],
      ['Give recruiting managers a short guide to making reasonable adjustments at interview.', 'Recruitment Lead', '', 'Guide issued and covered in recruitment training', 'Relative likelihood below 1.2 in the 2021 return', ''],
    ]],
    ['Metric 3 – formal capability', 'Disabled staff 2.3 times more likely to enter formal capability (small numbers)', [
      ['Ask HR advisers to confirm that reasonable adjustments have been considered before any formal capability meeting goes ahead.', 'HR Advisory Manager', 'Question added to the capability checklist', 'Audit of a year of cases', 'Every formal case file shows adjustments considered', 'Checklist changed in November 2019.'],
    ]],
    ['Metric 4 – harassment, bullying or abuse', '31% of disabled staff report harassment from patients or the public', [
      ['Train district nursing and health visiting teams in de-escalation on home visits, and review lone-working devices.', 'Head of Community Nursing', 'Training for district nursing teams', 'Training for health visiting and school nursing teams', 'Harassment from the public below 25% in the 2020 staff survey', 'Four of eleven district nursing teams trained.'],
    ]],
    ['Metric 5 – career progression', '', [
      ['Offer coaching to disabled staff applying for promotion, through the regional coaching network.', 'Organisational Development Manager', '—', 'Coaching offer published and take-up reported', 'At least 12 disabled staff coached by March 2021', ''],
    ]],
    ['Metric 9 – staff engagement and voice', 'Engagement score 6.5 (disabled) against 7.0 (non-disabled)', [
      ['Set up a disability and long-term conditions staff network with a chair elected by its members.', 'Equality and Inclusion Manager', 'Network launched with an executive sponsor', 'Network runs its own survey and reports to the People Committee', 'Engagement gap halved in the 2020 staff survey', 'Launched 3 December 2019; 22 members.'],
      ['Hold a Board development session with disabled staff from the network.', 'Director of People', 'Session held', '—', 'Board agrees at least two changes from the session', 'Booked for March 2020.'],
    ]],
  ];
  const yearDue = { E: 'March 2020', F: 'March 2021' };
  for (const [metric, base, acts] of groups) {
    const r0 = p.r + 1; const code = /Metric (\d+)/.exec(metric)[1];
    for (const [act, lead, y1, y2, mos, prog] of acts) {
      const due = y2 && y2 !== '—' ? yearDue.F : yearDue.E;
      p.action([metric, base, act, lead, y1, y2, mos, prog], { indicators: [code], action: act, lead, due, progress: prog, outcome: mos }, { styles: [{ bold: true }, { italic: true }, {}, {}, { fill: 'FFF3EEF8' }, { fill: 'FFF3EEF8' }, {}, {}] });
    }
    mergeDown(p.ws, 'A', r0, p.r); mergeDown(p.ws, 'B', r0, p.r);
  }
  p.blank();
  p.line(['Metrics 6, 7, 8 and 10 are covered by the actions above or by the Trust\'s Health and Wellbeing Plan. Plan owner: Director of People.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust). A TWO-YEAR WDES plan kept as one grid. Sheet 'WDES 2019-2021': trust name, title 'our two-year plan, August 2019 to March 2021', a blank row, the header 'WDES metric | Baseline (2019 return) | Action | Lead | Year 1 – by March 2020 | Year 2 – by March 2021 | Measure of success | Progress (Jan 2020)' (row 4, frozen with column A), eight actions in six metric groups – the metric cell and its baseline figure MERGED DOWN beside the group's actions (metric 5 has no baseline) – a blank row and a closing line. Judgement calls: the plan's period is its FIRST year as the title states it (August 2019 to March 2021) → '2019-20'. There is NO completion column, so due = the deadline the HEADER gives the LAST year that holds a milestone for the action: 'March 2021' when the Year 2 cell holds a milestone, 'March 2020' when Year 2 is '—' (rows 6 and 12: the Disability Confident renewal and the Board session); the second metric-2 action (row 7, Year 1 blank) and the metric-5 action (row 10, Year 1 '—') have a milestone only in Year 2 → 'March 2021'; the milestone texts themselves are the yearly steps and give no field. outcome = Measure of success; progress = the Jan 2020 note ('' where blank); no status or RAG column (status '', rag null); the baseline is the metric's 2019 figure and gives no field; indicators from the merged metric cell (pre-2021 whole metrics, 4 and 9); lead = Lead; no ref; theme null (the metric cell is an indicator, not a grouping heading). The closing line is no action; its plan owner leads nothing.", { notFrom: ['B', 'E', 'F'], yearCols: { cols: ['E', 'F'], due: yearDue } });
}
