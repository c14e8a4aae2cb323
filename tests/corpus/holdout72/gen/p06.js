// holdout72-wdes-2024-25-ormsley: acute teaching FT, the WDES submission paper to the People and Culture Committee laid out like a
// published committee report of 2023: a report block (Report to / Date / Report of / Prepared by / For approval ☒), an executive summary,
// the PRIORITY METRICS named by the four-fifths rule as bullets, a three-year WDES data table, then 'Appendix 1 – Draft WDES Action Plan
// 2024/25' with an Executive lead AND an Operational lead for every action, and the Committee's recommendations under it.
import { Book, Plan, C } from './lib.js';
import { fitHeight } from './fit.js';
export async function build() {
  const book = new Book();
  const W = [26, 12, 46, 20, 24, 14, 34];
  const trust = 'Ormsley Teaching Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout72-wdes-2024-25-ormsley', sheet: 'WDES report', standard: 'WDES', period: '2024-25', trust, widths: W, font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, color: C.nhs } });
  p.line(['Workforce Disability Equality Standard (WDES) Submission 2024'], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  const lab = { styles: [{ bold: true }, {}], merge: ['B', 'G'] };
  p.line(['Report to:', 'People and Culture Committee'], lab);
  p.line(['Date:', '16th July 2024'], lab);
  p.line(['Report of:', 'Chief People Officer'], lab);
  p.line(['Prepared by:', 'Priya Lomax, Head of Inclusion'], lab);
  p.line(['For approval ☒      For discussion ☐      For information ☐'], { merge: ['A', 'G'] });
  p.blank();
  p.line(['Executive Summary:'], { style: { bold: true } });
  p.line(['The purpose of this report is to share the data that will form the Trust’s 2024 WDES submission and publication, and to set out the areas for action in 2024/25. The Committee is asked to approve the data for publication by 31st October 2024 and to approve the draft action plan at Appendix 1, which will be finalised with the Disability and Neurodiversity Staff Network (DANS) over the summer.'], { merge: ['A', 'G'], height: 52 });
  p.line(['The priority areas recommended for action are those where Disabled colleagues are adversely affected according to the four-fifths rule:'], { merge: ['A', 'G'], height: 26 });
  const prio = [];
  for (const t of ['Metric 2 – Relative likelihood of non-disabled applicants being appointed from shortlisting compared to Disabled applicants.', 'Metric 4a – Percentage of Disabled colleagues experiencing harassment, bullying or abuse from managers in the last 12 months.', 'Metric 6 – Percentage of Disabled colleagues who have felt pressure from their manager to come to work, despite not feeling well enough to perform their duties.', 'Metric 7 – Percentage of Disabled colleagues satisfied with the extent to which the organisation values their work.']) prio.push(p.line([`•  ${t}`], { merge: ['A', 'G'] }));
  p.blank();
  p.line(['WDES data table'], { style: { bold: true } });
  const dataRows = [p.line(['Metric', '2022', '2023', '2024', 'Change'], { border: true, styles: [{ bold: true }, { bold: true }, { bold: true }, { bold: true }, { bold: true }], style: { fill: C.palegrey } })];
  const pct = { numFmt: '0.0%', alignment: { horizontal: 'right' } }; const two = { numFmt: '0.00', alignment: { horizontal: 'right' } };
  for (const [m, a, b, c, ch, f] of [
    ['1 – Disabled staff (ESR declaration)', 0.039, 0.047, 0.058, '▲ better', pct],
    ['2 – Relative likelihood of appointment (non-disabled : Disabled)', 1.12, 1.19, 1.34, '▼ worse', two],
    ['3 – Relative likelihood of entering formal capability', 1.58, 1.21, 1.09, '▲ better', two],
    ['4a – Harassment from managers (Disabled)', 0.161, 0.172, 0.184, '▼ worse', pct],
    ['6 – Pressure to come to work (Disabled)', 0.262, 0.281, 0.279, '► no change', pct],
    ['7 – Feel valued (Disabled)', 0.342, 0.331, 0.318, '▼ worse', pct],
    ['10 – Board voting members declaring a disability', 0.0, 0.067, 0.067, '► no change', pct],
  ]) dataRows.push(p.line([m, a, b, c, ch], { border: true, styles: [{}, f, f, f, {}] }));
  p.blank();
  p.line(['Appendix 1 – Draft WDES Action Plan 2024/25'], { style: { bold: true, font: { size: 11 } } });
  p.header(['No.', 'Metric', 'Action', 'Executive lead', 'Operational lead', 'Timescale', 'Measure of success'], { style: { fill: C.nhs, color: C.white } });
  const rows = [
    [1, 'Metric 2', 'Introduce diverse interview panels for posts at Band 8a and above, with a trained panel member from the DANS network.', 'Chief People Officer', 'Head of Recruitment', 'September 2024', 'Relative likelihood below 1.25 in the 2025 data.'],
    [2, 'Metric 2', 'Publish an accessible application guide and offer an adjustments conversation to every shortlisted Disabled candidate.', 'Chief People Officer', 'Recruitment Manager', 'October 2024', 'Every shortlisted Disabled candidate offered the conversation (monthly TRAC report).'],
    [3, 'Metric 4a', 'Add a session on disability, neurodiversity and civility to the “Ormsley Manager” programme.', 'Chief Nursing Officer', 'Head of Leadership & OD', 'Q3 2024/25', 'Fewer Disabled colleagues report bullying from managers in the 2024 staff survey.'],
    [4, 'Metric 4b', 'Promote the Freedom to Speak Up and anonymous reporting routes to DANS members.', 'Chief People Officer', 'Freedom to Speak Up Guardian', 'Ongoing', 'Reporting rate for Disabled colleagues at or above that of non-disabled colleagues.'],
    [5, 'Metric 6', 'Update the Attendance Policy to record disability-related absence separately and to set adjusted triggers.', 'Chief People Officer', 'Head of HR Operations', 'December 2024', 'No Disabled colleague reaches a formal stage without adjusted triggers being considered.'],
    [6, 'Metric 7', 'Make tailored adjustment plans part of the annual appraisal for every Disabled colleague who wants one.', 'Chief People Officer', 'Head of Wellbeing', 'March 2025', 'Feel-valued gap halved by the 2025 staff survey.'],
    [7, 'Metric 8', 'Set up a central reasonable adjustments budget held by Occupational Health.', 'Chief Finance Officer', 'Head of Occupational Health', 'Q4 2024/25', 'Adjustments in place within six weeks of the request.'],
    [8, 'Metrics 9a & 9b', 'Fund the DANS chair for two days a month and give the network a standing item at this Committee.', 'Chief Executive', 'Head of Inclusion', 'July 2024', 'Network voice heard at Committee; engagement gap narrowed.'],
    [9, 'Metric 10', 'Ask every Board member to complete the disability question in the annual declaration of interests.', 'Chair', 'Trust Secretary', 'September 2024', 'Board declaration rate of 100%.'],
  ];
  for (const [no, met, act, exec, op, when, mos] of rows) {
    const vals = [no, met, act, exec, op, when, mos];
    p.action(vals, { ref: String(no), indicators: met.match(/\d+[ab]?/g), action: act, lead: op, due: when, outcome: mos }, { height: fitHeight(vals, W), styles: [{ alignment: { horizontal: 'center' } }] });
  }
  p.blank();
  p.line(['Recommendations'], { style: { bold: true } });
  p.line(['The Committee is asked to: receive the report; note its content; approve the priority areas for action; and approve the draft action plan for consultation with DANS, with the final plan returning to this Committee in November 2024.'], { merge: ['A', 'G'], height: 40 });
  p.ws.pageSetup = { orientation: 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute teaching FT): the WDES SUBMISSION PAPER to the People and Culture Committee, laid out like a published committee report of 2023 in one sheet 'WDES report': trust name, title, the report block ('Report to:', 'Date:' 16th July 2024, 'Report of:' Chief People Officer, 'Prepared by:' Priya Lomax, Head of Inclusion, 'For approval ☒ …'), 'Executive Summary:' and its paragraph, a line introducing the four-fifths rule and FOUR PRIORITY BULLETS each naming a metric ('•  Metric 4a – Percentage of Disabled colleagues experiencing …'), 'WDES data table' with a header-like row 'Metric | 2022 | 2023 | 2024 | Change' and seven rows of figures (real numbers shown '0.0%' / '0.00', arrows with words), then 'Appendix 1 – Draft WDES Action Plan 2024/25', the action table header 'No. | Metric | Action | Executive lead | Operational lead | Timescale | Measure of success' (the gold's only header row) with nine actions, and a closing 'Recommendations' paragraph. Judgement calls: only the appendix rows are actions – the priority bullets name metrics and read like a work list but are findings; the data table is results (its first row is not a header of the plan); lead = Operational lead, never the Executive lead (Chief People Officer, Chief Nursing Officer … are sponsors); due = Timescale as written ('Q3 2024/25', 'Ongoing'); outcome = Measure of success; ref = No.; indicators from the Metric column ('Metrics 9a & 9b' → ['9a','9b']); no status anywhere (status '', rag null); theme null; the paper's date, the publication deadline (31st October 2024) and the Committee return date (November 2024) are no dues; the author is no lead.", { crossRef: { metricCol: 'B', otherCols: [] }, notFrom: ['D'], dataRows: [...prio, ...dataRows], forbidden: ['16th July 2024', '31st October 2024', 'November 2024', 'Priya Lomax, Head of Inclusion', 'Chief People Officer'] });
}
