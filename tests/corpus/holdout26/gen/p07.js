// holdout26-wdes-2022-23-chilternmead: follows Buckinghamshire Healthcare NHS Trust's 'Workforce Disability Equality Standard Annual
// Report 2021-2022' (https://www.buckshealthcare.nhs.uk/documents/workforce-disability-equality-standard-annual-report-2021-2022/): a
// quoted commitment from the Chief Executive with name and date, an introduction to the ten metrics, 'In 2020, … The Trust Board agreed
// two specific objectives in relation to disability equality' (each ending 'by the end of 2021' / 'by end of 2022'), and 'Summary of
// WDES Progress in 2022' paragraphs (recruitment ratio at parity, declaration rate up).
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Chilternmead Healthcare NHS Trust';
  const p = new Plan(book, { name: 'holdout26-wdes-2022-23-chilternmead', sheet: 'WDES report', standard: 'WDES', period: '2022-23', trust, widths: [22, 60, 28, 16, 40], font: { name: 'Arial', size: 10 } });
  const wide = (t, st = {}, h) => p.line([t, null, null, null, null], { merge: ['A', 'E'], style: st, height: h });
  wide(`${trust}`, { bold: true, color: C.nhs });
  wide('Workforce Disability Equality Standard Annual Report 2022-2023', { bold: true, font: { size: 15 } });
  wide('\u2018We want every colleague to feel they belong here. We will not tolerate discrimination, bullying or harassment, and we will make the adjustments disabled colleagues need to do their best work.\u2019', { italic: true }, 30);
  wide('Dr Priya Lomax, Chief Executive Officer, September 2022', { italic: true, alignment: { horizontal: 'right' } });
  wide('The WDES is a set of ten metrics that compare the experience of disabled and non-disabled colleagues. Comparing the results each year tells us whether the gaps are closing and where to act next.', {}, 30);
  wide('In 2021, the Trust Board agreed two specific objectives in relation to disability equality:', { bold: true });
  wide('• Our recruitment processes will be fair, with equal outcomes for disabled and non-disabled applicants, by the end of 2022');
  wide('• Every disabled colleague who needs a reasonable adjustment will have one in place by the end of 2023');
  wide('Summary of WDES Progress in 2022', { bold: true, font: { size: 12 } });
  wide('The likelihood of a disabled applicant being appointed from shortlisting, compared with a non-disabled applicant, is now 0.96 – within the range that counts as parity (0.8 to 1.2).', {}, 30);
  wide('At March 2022, 264 colleagues had declared a disability or long-term condition, up from 207 a year earlier; the declaration rate rose from 3.1% to 3.9%. Other metrics did not change significantly.', {}, 30);
  p.blank();
  wide('Our WDES actions for 2022/23', { bold: true, font: { size: 12 }, color: C.nhs });
  p.header(['Metric', 'What we will do', 'Who', 'When', 'How we will measure success'], { style: { fill: C.nhs, color: C.white } });
  const rows = [
    ['Metric 1', 'Run a "Why declare?" campaign with the Disability and Wellbeing Network, and add a declaration prompt to ESR self-service.', 'Head of Workforce Information', 'October 2022', 'Declaration rate of 5% by March 2023', ['1']],
    ['Metric 2', 'Keep the guaranteed interview scheme and check the appointment ratio every quarter.', 'Head of Recruitment', 'Quarterly', 'Ratio stays between 0.8 and 1.2', ['2']],
    ['Metric 3', 'Make occupational health advice a required step before any formal capability meeting.', 'Deputy Director of HR', 'December 2022', 'No capability case opened without OH advice', ['3']],
    ['Metric 4a', 'Roll out conflict resolution training for managers in the divisions with the highest reports of bullying from managers.', 'Head of Organisational Development', 'March 2023', '5-point fall in disabled colleagues reporting bullying from managers', ['4a']],
    ['Metric 4b', 'Remind colleagues how to report harassment through the Speak Up platform and publish what happens as a result.', 'Freedom to Speak Up Guardian', 'November 2022', 'More reports from disabled colleagues', ['4b']],
    ['Metrics 5 and 7', 'Launch the reasonable adjustments passport with a central adjustments budget and a 6-week target from request to adjustment.', 'Director of People', 'January 2023', 'Board objective 2 met; metric 7 gap narrows', ['5', '7']],
    ['Metric 9a', 'Hold two listening events a year between disabled colleagues and executive directors.', 'Chief Executive', 'Six-monthly', 'Engagement score gap below 0.2', ['9a']],
    ['Metric 10', 'Invite Board members to share their disability status in the annual declaration of interests.', 'Trust Secretary', 'April 2023', 'Board declaration rate recorded', ['10']],
  ];
  for (const [m, a, who, when, meas, inds] of rows) p.action([m, a, who, when, meas], { indicators: inds, action: a, lead: who, due: when, outcome: meas }, { border: true });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute and community trust) following a trust's published WDES Annual Report: trust name, title, a quoted commitment in italics with the Chief Executive's name and date beneath, an introduction, 'In 2021, the Trust Board agreed two specific objectives …' with two bullet objectives that END WITH DATES ('by the end of 2022', 'by the end of 2023'), 'Summary of WDES Progress in 2022' with two paragraphs of figures, then 'Our WDES actions for 2022/23' and the table `Metric | What we will do | Who | When | How we will measure success`. Judgement calls: the actions are the table rows only – the two Board objectives are outcomes the Board set (context, not actions, although they carry dates); the Chief Executive named under the quote is not a lead (one action's Who is 'Chief Executive' by title, which is that row's own lead); indicators = the metric cell ('Metric 4a' → ['4a'], 'Metrics 5 and 7' → ['5','7'], 'Metric 9a' → ['9a']); due = When as written ('Quarterly', 'Six-monthly'); outcome = 'How we will measure success' (the measure, not a status); no status, rag null; theme null (no sections).", { forbidden: ['Dr Priya Lomax, Chief Executive Officer, September 2022', 'by the end of 2022', 'by the end of 2023'] });
}
