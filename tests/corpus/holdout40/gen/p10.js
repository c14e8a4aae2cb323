// holdout40-wdes-2020-21-lindfield: an acute trust's WDES workbook in which the team kept the superseded DRAFT beside the APPROVED PLAN:
// a 'Summary' sheet (sign-off, counts of the approved plan's progress ratings, chart data for the Board report), the 2019 staff survey
// figures, 'Draft v2 (superseded)' – the plan as it stood before the Board changed it – and the approved 'WDES Action Plan' last.
import { Book, Plan, C, D, shown, fillSheet } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Lindfield and Weald Hospitals NHS Trust';
  const summary = book.wb.addWorksheet('Summary');
  const survey = book.wb.addWorksheet('Staff survey 2019');
  const draft = book.wb.addWorksheet('Draft v2 (superseded)');
  const SHEET = 'WDES Action Plan';
  const p = new Plan(book, { name: 'holdout40-wdes-2020-21-lindfield', sheet: SHEET, standard: 'WDES', period: '2020-21', trust, widths: [9, 60, 30, 12, 13, 40], font: { name: 'Verdana', size: 9 } });
  p.line([`${trust} – Workforce Disability Equality Standard`], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['Action Plan 2020/21 – APPROVED by the Trust Board on 24 September 2020 (replaces draft v2)'], { merge: ['A', 'F'], style: { bold: true, color: C.darkred } });
  p.blank();
  const hr = p.header(['Metric', 'Action', 'Executive lead', 'Deadline', 'Progress RAG', 'Progress note'], { style: { fill: C.palegrey } });
  const fm = 'mmm yyyy';
  const FC = { Green: C.green, Amber: C.orange, Red: C.red, Complete: C.blue };
  const FR = { Green: 'green', Amber: 'amber', Red: 'red', Complete: 'blue' };
  const A = [
    ['Metric 1', 'Make disability declaration part of the annual appraisal conversation and of the mandatory training record.', 'Chief People Officer', D(2021, 3, 31), 'Green', 'Appraisal form updated; declaration at 4.1% (was 3.2%).'],
    ['Metric 2', 'Audit the guaranteed interview scheme across all divisions and correct any post where it was not applied.', 'Chief People Officer', D(2020, 12, 31), 'Complete', 'Audit complete; two divisions retrained.'],
    ['Metric 3', 'Bring capability cases for disabled staff to the monthly employee relations review so that adjustments are checked first.', 'Chief People Officer', D(2020, 11, 30), 'Amber', 'Started in November; data incomplete.'],
    ['Metric 4', 'Include disability-related harassment in the violence and aggression training given to emergency department and outpatient staff.', 'Chief Nurse', D(2021, 3, 31), 'Red', 'Face-to-face training suspended during the second wave.'],
    ['Metric 6', 'Remind managers through the COVID-19 staff briefing that shielding and vulnerable colleagues must not be pressed to attend.', 'Chief Operating Officer', D(2020, 10, 31), 'Complete', ''],
    ['Metric 7', 'Hold a "valued at work" listening exercise with disabled staff and publish what changes as a result.', 'Director of Communications', D(2021, 2, 28), 'Amber', 'Listening exercise held online; report drafted.'],
    ['Metric 8', 'Set up a central budget for equipment and software adjustments so that requests are not refused on cost at team level.', 'Director of Finance', D(2021, 1, 31), 'Green', 'Budget of £40,000 agreed.'],
    ['Metric 9', 'Appoint an executive sponsor for the Disability Staff Network and give the chair one day a month of protected time.', 'Chief Executive', D(2020, 10, 31), 'Complete', 'Sponsor: Chief Nurse.'],
    ['Metric 10', 'Include a question on disability in the Board skills and diversity audit.', 'Director of Corporate Affairs', D(2021, 3, 31), 'Green', ''],
  ];
  for (const [m, act, lead, due, rag, note] of A)
    p.action([m, act, lead, due, rag, note], { indicators: m.match(/\d+/g), action: act, lead, due: shown(due, fm), status: rag, rag: FR[rag], progress: note }, { styles: [{}, {}, {}, { numFmt: fm }, { bold: true, color: FC[rag] }] });
  const last = p.r;
  p.blank();
  p.line(['Progress RAG: Green – on track; Amber – some slippage; Red – off track; Complete (blue).'], { merge: ['A', 'F'], style: { italic: true, font: { size: 8 } } });
  const cnt = (w) => p.actions.filter((a) => a.status === w).length;
  const f = (w) => ({ formula: `COUNTIF('${SHEET}'!E${hr + 1}:E${last},"${w}")`, result: cnt(w) });
  fillSheet(summary, { widths: [36, 12, 12], font: { name: 'Verdana', size: 9 }, rows: [
    { v: [trust], bold: true, size: 12, merge: 'A:C' },
    { v: ['WDES 2020 – summary for the Board report'], bold: true, merge: 'A:C' },
    null,
    { v: ['Draft v1', 'People Committee, 2 July 2020'], merge: 'B:C' },
    { v: ['Draft v2', 'Disability Staff Network, 30 July 2020'], merge: 'B:C' },
    { v: ['Approved', 'Trust Board, 24 September 2020'], merge: 'B:C' },
    null,
    { v: ['Approved plan – progress', 'Actions'], bold: true, fill: C.palegrey, border: true },
    { v: ['Complete', f('Complete')], border: true },
    { v: ['Green', f('Green')], border: true },
    { v: ['Amber', f('Amber')], border: true },
    { v: ['Red', f('Red')], border: true },
    null,
    { v: ['Chart data (metrics 4, 6 and 7, disabled staff)', '2019', '2020'], bold: true, fill: C.palegrey, border: true },
    { v: ['Metric 4 – harassment from colleagues', 0.241, 0.226], border: true, numFmt: [null, '0.0%', '0.0%'] },
    { v: ['Metric 6 – pressure to attend when unwell', 0.338, 0.312], border: true, numFmt: [null, '0.0%', '0.0%'] },
    { v: ['Metric 7 – feel valued by the organisation', 0.362, 0.381], border: true, numFmt: [null, '0.0%', '0.0%'] },
  ] });
  fillSheet(survey, { widths: [60, 12, 14], font: { name: 'Verdana', size: 9 }, rows: [
    { v: ['NHS Staff Survey 2019 – trust results used for WDES metrics 4–9'], bold: true, merge: 'A:C' },
    { v: ['Measure', 'Disabled', 'Non-disabled'], bold: true, fill: C.palegrey, border: true },
    { v: ['Harassment from patients / public', '33.9%', '28.0%'], border: true },
    { v: ['Harassment from managers', '18.2%', '11.0%'], border: true },
    { v: ['Harassment from colleagues', '24.1%', '17.3%'], border: true },
    { v: ['Reported it', '45.0%', '44.1%'], border: true },
    { v: ['Equal opportunities for progression', '79.0%', '84.6%'], border: true },
    { v: ['Pressure to attend when unwell', '33.8%', '22.9%'], border: true },
    { v: ['Feel valued', '36.2%', '47.5%'], border: true },
    { v: ['Adequate adjustments', '72.4%', ''], border: true },
    { v: ['Engagement score', '6.6', '7.1'], border: true },
  ] });
  fillSheet(draft, { widths: [9, 60, 30, 12, 30], font: { name: 'Verdana', size: 9 }, rows: [
    { v: ['DRAFT v2 – 30 July 2020 – SUPERSEDED by the approved plan (sheet "WDES Action Plan"). Kept for the audit trail.'], bold: true, color: C.red, merge: 'A:E' },
    null,
    { v: ['Metric', 'Proposed action', 'Proposed lead', 'By', 'Network comment'], bold: true, fill: C.palegrey, border: true },
    { v: ['Metric 1', 'Run a declaration campaign during Disability History Month.', 'Head of HR', 'Dec 2020', 'Prefer declaration built into appraisal.'], border: true },
    { v: ['Metric 2', 'Remind recruiting managers about the guaranteed interview scheme.', 'Head of Recruitment', 'Oct 2020', 'A reminder is not enough – audit it.'], border: true },
    { v: ['Metric 4', 'Add a disability case study to conflict resolution e-learning.', 'Head of Education', 'Mar 2021', 'Agreed, but ED staff need face-to-face.'], border: true },
    { v: ['Metric 8', 'Ask divisions to fund adjustments from their budgets within four weeks.', 'Divisional Directors', 'Jan 2021', 'Cost is the barrier – needs a central budget.'], border: true },
    { v: ['Metric 9', 'Invite the network chair to the Equality Committee.', 'Head of Equality', 'Sep 2020', 'Also want an executive sponsor.'], border: true },
  ] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an acute trust) in a four-sheet WDES workbook that keeps the SUPERSEDED DRAFT beside the APPROVED PLAN: sheet 1 'Summary' (trust name, the sign-off trail – Draft v1, Draft v2, Approved by the Trust Board 24 September 2020 – a COUNTIF table of the approved plan's progress ratings with cached counts, and chart data for metrics 4, 6 and 7), sheet 2 'Staff survey 2019' (figures), sheet 3 'Draft v2 (superseded)' (a red banner saying it is superseded and kept for the audit trail, then 'Metric | Proposed action | Proposed lead | By | Network comment' with five earlier proposals – it looks like a plan), sheet 4 'WDES Action Plan' (the approved plan). The gold reads sheet 4: its own title says APPROVED and that it replaces draft v2, and the Summary counts its ratings. Layout: title with the trust name, the approval line, a blank row, the header 'Metric | Action | Executive lead | Deadline | Progress RAG | Progress note' (row 4), nine actions, a blank row and a key line in small italics. Judgement calls: the draft's proposals, leads and dates are not the plan (the draft's 'Head of HR' and 'Dec 2020' give no gold field); lead = Executive lead as written (the only lead column); due = Deadline as shown (mmm yyyy); status = the progress word, rag = its FONT colour (Green green, Amber orange, Red red, Complete blue – the key line matches); Progress note = progress where filled; indicators from the Metric column (2020 metrics, whole 4 and 9); ref '' (no numbers); theme null.", {
    mode: 'font', ragCol: 'E', crossRef: { metricCol: 'A', otherCols: [] },
    counts: { sheet: 'Summary', cells: { B9: 'Complete', B10: 'Green', B11: 'Amber', B12: 'Red' } },
    book: { sheets: ['Summary', 'Staff survey 2019', 'Draft v2 (superseded)', SHEET], planIndex: 3, elsewhere: ['Head of HR', 'Head of Recruitment', 'Head of Education', 'Divisional Directors', 'Head of Equality', 'Prefer declaration built into appraisal.'], lookAlike: { 'Draft v2 (superseded)': 5 } },
  });
}
