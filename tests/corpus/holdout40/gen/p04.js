// holdout40-wdes-2022-23-wyvernholt: a community trust's WDES pack for its People Committee kept as one workbook: a COVER SHEET
// (meeting, date, presented by, purpose, recommendation), the 2022 METRICS, STAFF SURVEY figures by question, the ACTIONS on the fourth
// sheet (header in row 1, no title, frozen), and a PROGRESS LOG of dated updates against action numbers on the fifth.
import { Book, Plan, C, fillSheet } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wyvernholt Community Health NHS Trust';
  const cover = book.wb.addWorksheet('Cover');
  const metrics = book.wb.addWorksheet('Metrics 2022');
  const survey = book.wb.addWorksheet('Staff survey');
  const p = new Plan(book, { name: 'holdout40-wdes-2022-23-wyvernholt', sheet: 'Actions', standard: 'WDES', period: '2022-23', trust, widths: [9, 6, 62, 28, 16, 13], font: { name: 'Calibri', size: 11 } });
  const log = book.wb.addWorksheet('Progress log');
  p.header(['Metric', 'No.', 'Action', 'Owner', 'Timescale', 'Status'], { style: { fill: C.teal, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: 1 }];
  p.ws.autoFilter = 'A1:F1';
  const A = [
    ['1', '1', 'Ask every new starter to complete the disability question at induction, with a short explanation of how the data is used.', 'Head of People Systems', 'Q2 2022/23', 'Complete'],
    ['2', '2', 'Check the shortlisting scores of disabled applicants who declare under the guaranteed interview scheme every quarter.', 'Recruitment Lead', 'Quarterly', 'In progress'],
    ['3', '3', 'Separate ill-health capability from performance capability in ESR reporting so the two can be reported apart.', 'Head of Employee Relations', 'Q3 2022/23', 'Not started'],
    ['4a', '4', 'Build a module on disability harassment into the community nursing conflict resolution training.', 'Learning and Development Manager', 'Q4 2022/23', 'In progress'],
    ['4b', '5', 'Publicise the reporting route for harassment so that more disabled staff who experience it report it.', 'Head of Staff Experience', 'Q2 2022/23', 'Complete'],
    ['6', '6', 'Write guidance on phased returns and adjusted duties so that disabled staff are not pressed to return to work before they are ready.', 'Occupational Health Manager', 'Q3 2022/23', 'In progress'],
    ['8', '7', 'Move the workplace adjustments budget to a central fund so that team budgets no longer decide whether an adjustment is made.', 'Deputy Director of Finance', 'Q1 2023/24', 'Not started'],
    ['9b', '8', 'Give the Disability Network a voice at the People Committee through a standing quarterly report from its chair.', 'Director of People', 'Q2 2022/23', 'Complete'],
  ];
  for (const [m, no, act, lead, due, st] of A) p.action([m, no, act, lead, due, st], { ref: no, indicators: [m], action: act, lead, due, status: st, dueSource: 'column' });
  fillSheet(cover, { widths: [26, 70], rows: [
    { v: [trust], bold: true, size: 14, merge: 'A:B' },
    { v: ['People Committee'], bold: true, merge: 'A:B' },
    null,
    { v: ['Meeting date', '14 September 2022'], border: true },
    { v: ['Agenda item', '7.2'], border: true },
    { v: ['Report title', 'Workforce Disability Equality Standard 2022 and action plan'], border: true },
    { v: ['Presented by', 'Joanna Whitlock, Director of People and Culture'], border: true },
    { v: ['Author', 'Priya Mander, Equality, Diversity and Inclusion Lead'], border: true },
    { v: ['Purpose', 'For approval'], border: true },
    { v: ['Recommendation', 'The Committee is asked to note the 2022 WDES metrics and approve the action plan on the "Actions" sheet for publication by 31 October 2022.'], border: true, height: 45 },
    { v: ['Link to strategic objective', 'SO3 – Be a great place to work'], border: true },
    { v: ['Equality impact', 'Positive impact for disabled staff'], border: true },
  ] });
  fillSheet(metrics, { widths: [10, 64, 16, 16, 16], rows: [
    { v: ['WDES metrics – 2022 submission (workforce at 31 March 2022, staff survey 2021)'], bold: true, merge: 'A:E' },
    { v: ['Metric', 'Measure', '2022 disabled (or ratio)', '2022 non-disabled', '2021 disabled (or ratio)'], bold: true, fill: C.grey, border: true },
    { v: ['1', 'Disabled staff as a share of the workforce (clinical and non-clinical, all bands)', '5.2%', '', '4.6%'], border: true },
    { v: ['2', 'Relative likelihood of non-disabled applicants being appointed from shortlisting', '1.21', '', '1.35'], border: true },
    { v: ['3', 'Relative likelihood of disabled staff entering the formal capability process (two-year rolling)', '1.87', '', '2.02'], border: true },
    { v: ['4a', 'Harassment, bullying or abuse from patients / public; managers; colleagues', '31.0%', '24.4%', '29.8%'], border: true },
    { v: ['4b', 'Reported the last incident of harassment, bullying or abuse', '44.1%', '47.9%', '41.0%'], border: true },
    { v: ['5', 'Believe the trust provides equal opportunities for career progression', '52.3%', '58.0%', '50.9%'], border: true },
    { v: ['6', 'Felt pressure from their manager to come to work when not well enough', '29.6%', '20.2%', '30.5%'], border: true },
    { v: ['7', 'Satisfied with the extent to which the organisation values their work', '38.8%', '47.1%', '37.0%'], border: true },
    { v: ['8', 'Employer has made adequate adjustments', '73.0%', '', '70.2%'], border: true },
    { v: ['9a', 'Staff engagement score', '6.7', '7.0', '6.6'], border: true },
    { v: ['9b', 'Has the trust taken action to facilitate the voices of disabled staff to be heard?', 'Yes', '', 'Yes'], border: true },
    { v: ['10', 'Board voting membership: disabled minus workforce (percentage points)', '-5.2', '', '-4.6'], border: true },
  ] });
  fillSheet(survey, { widths: [10, 60, 12, 14], rows: [
    { v: ['NHS Staff Survey 2021 – questions behind the WDES (organisation results)'], bold: true, merge: 'A:D' },
    { v: ['Question', 'Wording (short)', 'Disabled', 'Non-disabled'], bold: true, fill: C.grey, border: true },
    { v: ['Q14a', 'Harassment from patients / service users, relatives or the public', '21.4%', '17.0%'], border: true },
    { v: ['Q14b', 'Harassment from managers', '11.9%', '6.8%'], border: true },
    { v: ['Q14c', 'Harassment from other colleagues', '17.3%', '11.1%'], border: true },
    { v: ['Q14d', 'Reported the last experience', '44.1%', '47.9%'], border: true },
    { v: ['Q15', 'Equal opportunities for career progression', '52.3%', '58.0%'], border: true },
    { v: ['Q11e', 'Pressure to come to work when unwell', '29.6%', '20.2%'], border: true },
    { v: ['Q4b', 'Satisfied that work is valued', '38.8%', '47.1%'], border: true },
    { v: ['Q28b', 'Adequate adjustments made', '73.0%', ''], border: true },
  ] });
  fillSheet(log, { widths: [12, 9, 70, 26], rows: [
    { v: ['Progress log – add the newest update at the bottom'], italic: true, merge: 'A:D' },
    { v: ['Date', 'Action', 'Update', 'Logged by'], bold: true, fill: C.grey, border: true },
    { v: ['03/10/2022', '1', 'Disability question added to the induction checklist and to the welcome e-form.', 'Priya Mander'], border: true },
    { v: ['03/10/2022', '5', 'Reporting route poster sent to all 34 community bases; intranet page updated.', 'Priya Mander'], border: true },
    { v: ['17/11/2022', '2', 'Q2 check done: 41 guaranteed-interview applicants, 9 appointed; no scoring concerns found.', 'Sam Okafor'], border: true },
    { v: ['17/11/2022', '8', 'Network chair presented the first quarterly report at the November Committee.', 'Priya Mander'], border: true },
    { v: ['09/01/2023', '4', 'Draft module shared with the network for comment; pilot with two teams in February.', 'Lena Hart'], border: true },
    { v: ['09/01/2023', '6', 'Guidance drafted with occupational health and staff side; going to JNCC in March.', 'Sam Okafor'], border: true },
  ] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a community health trust) in a five-sheet WDES Committee pack: sheet 1 'Cover' (trust name, People Committee, meeting date 14 September 2022, agenda item, report title, 'Presented by' the Director of People and Culture, author, purpose, a recommendation that names the 'Actions' sheet, strategic objective, equality impact), sheet 2 'Metrics 2022' (the 2022 WDES metrics 1–10 with 4a/4b and 9a/9b, disabled / non-disabled and last year's figure), sheet 3 'Staff survey' (the survey questions behind the metrics, Q14a … Q28b, with figures), sheet 4 'Actions' (the plan), sheet 5 'Progress log' (dated updates 'Date | Action | Update | Logged by' against the plan's action numbers). The gold reads sheet 4, which the cover's recommendation names as the plan: the header 'Metric | No. | Action | Owner | Timescale | Status' is in ROW 1 (no title, frozen, autofilter), eight actions under it, no trust name on the sheet (it is on the Cover). Judgement calls: the cover's presenter and author are not owners and the meeting date is not a timescale; the metric and survey rows are data, not actions; the progress log is not part of the plan's rows and gives no gold field (progress '' – the plan sheet has no update column; a log entry is not copied into its action); ref = No. (the Metric column is first, but the number the log refers to is No.); indicators = the Metric column (4a, 4b, 9b kept); timescale as written ('Q2 2022/23', 'Quarterly'); status = the plain word (no colour, rag null); theme null.", {
    mode: 'word', ragCol: 'F', words: { Complete: null, 'In progress': null, 'Not started': null }, crossRef: { metricCol: 'A', otherCols: ['B'] },
    book: { sheets: ['Cover', 'Metrics 2022', 'Staff survey', 'Actions', 'Progress log'], planIndex: 3, elsewhere: ['Joanna Whitlock, Director of People and Culture', 'Priya Mander, Equality, Diversity and Inclusion Lead', 'Priya Mander', 'Sam Okafor', 'Lena Hart', '14 September 2022', '03/10/2022', '17/11/2022', '09/01/2023', 'Disability question added to the induction checklist and to the welcome e-form.'], lookAlike: { 'Progress log': 6 } },
  });
}
