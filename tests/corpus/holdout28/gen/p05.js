// holdout28-wdes-2025-26-solway: follows North Cumbria Integrated Care NHS FT's "Workforce Disability Equality Standard (WDES) report
// 2025" page (https://www.ncic.nhs.uk/trust/equality-diversity-and-inclusion/workforce-disability-equality-standard-wdes-report-2025 ,
// and the 2023 report page for the 'Indicator n: … National Figure … Trust 2023 … Trust 2024' lines and the workforce composition line):
// the WDES introduced in April 2019, 'The 10 metrics' as a 'Metric | Descriptor' table whose metric 4 is written 'Metric 4 (i)',
// 'Metric 4 (ii)', 'Metric 4 (iii)' and then 'WDES Metric 4b'. The action plan under it (Metric / Action / Lead / Target date / Status),
// written with the same metric labels, is ASSUMED.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Solway and Eden Integrated Care NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout28-wdes-2025-26-solway', sheet: 'WDES 2025', standard: 'WDES', period: '2025-26', trust, widths: [22, 60, 26, 14, 14], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust}`], { merge: ['A', 'E'], style: { bold: true, color: C.nhs } });
  p.line(['Workforce Disability Equality Standard (WDES) report 2025 and action plan 2025-26'], { merge: ['A', 'E'], style: { bold: true, font: { size: 14 } } });
  p.line(['The WDES was introduced in April 2019 as a mandated data collection. It is a set of ten metrics comparing the workplace and career experiences of disabled and non-disabled staff, and NHS trusts report and publish the data each year.'], { merge: ['A', 'E'], height: 44 });
  p.line(['Our workforce: 5.3% of colleagues have declared a disability, 85.9% have declared no disability and 8.8% are unknown.'], { merge: ['A', 'E'], height: 30 });
  p.line(['The 10 metrics'], { style: { bold: true } });
  const dataRows = [];
  dataRows.push(p.line(['Metric', 'Descriptor'], { border: true, merge: ['B', 'E'], style: { bold: true, fill: C.grey } }));
  const table = [
    ['Metric 1', 'Percentage of staff in AfC pay bands, medical and dental sub-groups and VSM compared with the overall workforce'],
    ['Metric 2', 'Relative likelihood of disabled staff compared to non-disabled staff being appointed from shortlisting'],
    ['Metric 3', 'Relative likelihood of disabled staff compared to non-disabled staff entering the formal capability process'],
    ['Metric 4 (i)', 'Harassment, bullying or abuse from patients, service users, their relatives or the public'],
    ['Metric 4 (ii)', 'Harassment, bullying or abuse from managers'],
    ['Metric 4 (iii)', 'Harassment, bullying or abuse from other colleagues'],
    ['WDES Metric 4b', 'Last time they experienced harassment, bullying or abuse, they or a colleague reported it'],
    ['Metric 5', 'Believing that the trust provides equal opportunities for career progression or promotion'],
    ['Metric 6', 'Felt pressure from their manager to come to work when not feeling well enough'],
    ['Metric 7', 'Satisfied with the extent to which the organisation values their work'],
    ['Metric 8', 'Employer has made reasonable adjustment(s) to enable them to carry out their work'],
    ['Metric 9', 'Staff engagement score, and whether the organisation facilitates the voices of disabled staff'],
    ['Metric 10', 'Board membership by disability compared with the overall workforce'],
  ];
  for (const [m, d] of table) dataRows.push(p.line([m, d], { border: true, merge: ['B', 'E'] }));
  p.blank();
  p.line(['Action plan 2025-26'], { style: { bold: true, font: { size: 12 } } });
  p.header(['Metric', 'Action', 'Lead', 'Target date', 'Status'], { style: { fill: C.nhs, color: C.white } });
  const acts = [
    ['Metric 1', ['1'], 'Ask every colleague to check their disability status on the staff app during the declaration fortnight.', 'Workforce Intelligence Lead', 'Nov 2025', 'In progress'],
    ['Metric 3', ['3'], 'Offer an adjustments review with occupational health before a capability process moves to a formal stage.', 'Head of People Services', 'Jan 2026', 'Not started'],
    ['Metric 4 (i)', ['4a'], 'Give community teams who work alone a quick way to report abuse from the public on their mobile device.', 'Head of Health, Safety and Security', 'Dec 2025', 'In progress'],
    ['Metric 4 (ii)', ['4a'], 'Add a disability inclusion module to the first-line manager programme.', 'Head of Leadership Development', 'Mar 2026', 'Not started'],
    ['Metric 4 (iii)', ['4a'], 'Share anonymised stories from the disability network in team huddles across both hospital sites.', 'Disability Network Co-chairs', 'Feb 2026', 'Not started'],
    ['WDES Metric 4b', ['4b'], 'Explain what happens after a report is made, with a named contact in each care group.', 'Freedom to Speak Up Guardian', 'Oct 2025', 'Complete'],
    ['Metric 8', ['8'], 'Set a ten-week standard for putting agreed adjustments in place and report against it.', 'Head of People Services', 'Mar 2026', 'In progress'],
  ];
  for (const [m, inds, a, lead, due, st] of acts) p.action([m, a, lead, due, st], { indicators: inds, action: a, lead, due, status: st });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional integrated acute and community FT) following a real trust's 'WDES report 2025' page: trust line, title, an intro paragraph, a workforce-composition line with percentages, 'The 10 metrics' and a 'Metric | Descriptor' table (13 rows) whose metric 4 is written 'Metric 4 (i)', 'Metric 4 (ii)', 'Metric 4 (iii)' and then 'WDES Metric 4b', then 'Action plan 2025-26' and the action table 'Metric | Action | Lead | Target date | Status' (row 22) using the same labels. Judgement calls: the metrics table and the composition line are context, not actions, and the metrics-table header is not the action header (only row 22 is a header row); 'Metric 4 (i)', '(ii)' and '(iii)' are the three parts of WDES metric 4a (harassment from the public, managers and colleagues) → indicators ['4a'], never metric '4' alone and never '4b'; 'WDES Metric 4b' → ['4b']; due as written ('Nov 2025'); status = the word as written (no colour, rag null); theme null (one table, no sections).", { dataRows, labelMap: { col: 'A', map: { 'Metric 1': ['1'], 'Metric 3': ['3'], 'Metric 4 (i)': ['4a'], 'Metric 4 (ii)': ['4a'], 'Metric 4 (iii)': ['4a'], 'WDES Metric 4b': ['4b'], 'Metric 8': ['8'] } } });
}
