// holdout40-wdes-2019-20-oakenshaw: a mental health trust's first WDES workbook, kept by the EDI team: a CONTENTS sheet (hyperlinks to
// each sheet with what it holds, a version table), the ten 2019 metrics with figures, the ACTION PLAN on the third sheet, and a 'Lists'
// sheet feeding the status and metric drop-downs.
import { Book, Plan, C, D, shown, fillSheet, link } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Oakenshaw Partnership NHS Foundation Trust';
  const contents = book.wb.addWorksheet('Contents');
  const metrics = book.wb.addWorksheet('WDES metrics');
  const p = new Plan(book, { name: 'holdout40-wdes-2019-20-oakenshaw', sheet: 'Action Plan', standard: 'WDES', period: '2019-20', trust, widths: [7, 12, 60, 30, 13, 14, 36] });
  const lists = book.wb.addWorksheet('Lists');
  p.line(['WDES Action Plan 2019/20'], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 }, color: C.purple } });
  p.line(['Status is chosen from the drop-down (list on the Lists sheet). Not started – grey; In progress – amber; Complete – green; Delayed – red.'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  const hr = p.header(['Ref', 'Metric', 'Action', 'Action owner', 'Target date', 'Status', 'Comments'], { style: { fill: C.lilac } });
  const fm = 'dd/mm/yyyy';
  const SF = { 'Not started': C.grey, 'In progress': C.amber, Complete: C.green, Delayed: C.red };
  const SR = { 'Not started': null, 'In progress': 'amber', Complete: 'green', Delayed: 'red' };
  const A = [
    ['D1', 'Metric 1', 'Run a campaign, "Count me in", asking staff to update their disability status on ESR self-service, with managers told why it matters.', 'Workforce Information Manager', D(2019, 11, 30), 'Complete', 'Declaration rate rose from 61% to 68% by December.'],
    ['D2', 'Metric 1', 'Set a target for the proportion of disabled staff in Bands 8a and above and report against it every quarter.', 'Head of Equality and Inclusion', D(2020, 3, 31), 'In progress', 'Draft target with the People Committee for March.'],
    ['D3', 'Metric 2', 'Sign up to the Disability Confident scheme at Level 2 and guarantee an interview to disabled applicants who meet the essential criteria.', 'Recruitment Manager', D(2020, 1, 31), 'Complete', 'Level 2 awarded 14 January 2020.'],
    ['D4', 'Metric 3', 'Agree with staff side that capability cases on health grounds are recorded separately from performance capability.', 'Employee Relations Lead', D(2020, 3, 31), 'Delayed', 'ESR change not yet possible; raised with the ESR team.'],
    ['D5', 'Metric 4', 'Add a question on disability-related harassment to the quarterly pulse survey for in-patient wards.', 'Head of Staff Experience', D(2019, 12, 31), 'In progress', ''],
    ['D6', 'Metric 5', 'Publish a clear route for disabled staff to seek promotion advice, including reasonable adjustments at interview.', 'Head of Equality and Inclusion', D(2020, 2, 29), 'Not started', ''],
    ['D7', 'Metric 6', 'Give line managers a short guide on presenteeism and on recording adjustments in supervision.', 'Head of Occupational Health', D(2020, 3, 31), 'In progress', 'Guide written; printing in February.'],
    ['D8', 'Metric 9', 'Set up a Disability and Long-Term Conditions staff network with protected time for its chair.', 'Director of People', D(2019, 10, 31), 'Complete', 'First meeting 3 October; 41 members.'],
    ['D9', 'Metric 10', 'Collect disability information from Board members through the annual declaration of interests form.', 'Trust Secretary', D(2020, 3, 31), 'Not started', ''],
  ];
  for (const [ref, m, act, lead, due, st, com] of A) {
    const r = p.action([ref, m, act, lead, due, st, com], { ref, indicators: m.match(/\d+/g), action: act, lead, due: shown(due, fm), status: st, rag: SR[st], progress: com }, { styles: [{}, {}, {}, {}, { numFmt: fm }, { fill: SF[st] }] });
    p.ws.getCell(`F${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['Lists!$A$2:$A$5'] };
    p.ws.getCell(`B${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['Lists!$C$2:$C$11'] };
  }
  p.ws.views = [{ state: 'frozen', ySplit: hr }];
  fillSheet(contents, { widths: [28, 70], rows: [
    { v: [trust], bold: true, size: 14, merge: 'A:B' },
    { v: ['Workforce Disability Equality Standard (WDES) 2019 – workbook'], bold: true, merge: 'A:B' },
    null,
    { v: ['Sheet', 'What it holds'], bold: true, fill: C.lilac, border: true },
    { v: [link('WDES metrics', 'WDES metrics'), 'The ten metrics as submitted on 31 August 2019, with the figures for disabled and non-disabled staff.'], border: true },
    { v: [link('Action Plan', 'Action Plan'), 'What we will do in 2019/20 in response to the metrics, with owners, dates and status.'], border: true },
    { v: [link('Lists', 'Lists'), 'Drop-down lists used on the Action Plan. Do not edit.'], border: true },
    null,
    { v: ['Version', 'Date', 'Changes'], bold: true, border: true },
    { v: ['0.1', '12/07/2019', 'Metrics entered from ESR and TRAC'], border: true },
    { v: ['0.2', '06/08/2019', 'Staff survey metrics added; draft actions from the network workshop'], border: true },
    { v: ['1.0', '26/09/2019', 'Action plan approved by the Board'], border: true },
    { v: ['1.3', '28/02/2020', 'Status and comments updated for the People Committee'], border: true },
  ] });
  metrics.getColumn(3).width = 14;
  fillSheet(metrics, { widths: [10, 70, 14, 14, 16], rows: [
    { v: ['WDES metrics 2019 (data as at 31 March 2019; staff survey 2018)'], bold: true, merge: 'A:E' },
    null,
    { v: ['Metric', 'Description', 'Disabled', 'Non-disabled', 'Relative likelihood'], bold: true, fill: C.lilac, border: true },
    { v: ['1', 'Percentage of staff in AfC pay bands or medical and dental subgroups and VSM compared with the percentage of staff in the overall workforce', '3.9%', '81.2%', ''], border: true },
    { v: ['2', 'Relative likelihood of non-disabled staff compared to disabled staff being appointed from shortlisting across all posts', '', '', 1.42], border: true, numFmt: [null, null, null, null, '0.00'] },
    { v: ['3', 'Relative likelihood of disabled staff compared to non-disabled staff entering the formal capability process', '', '', 2.1], border: true, numFmt: [null, null, null, null, '0.00'] },
    { v: ['4', 'Percentage of staff experiencing harassment, bullying or abuse from patients, managers or colleagues in last 12 months', '38.6%', '29.9%', ''], border: true },
    { v: ['5', 'Percentage believing that the trust provides equal opportunities for career progression or promotion', '78.1%', '86.0%', ''], border: true },
    { v: ['6', 'Percentage who have felt pressure from their manager to come to work, despite not feeling well enough', '31.4%', '21.7%', ''], border: true },
    { v: ['7', 'Percentage satisfied with the extent to which their organisation values their work', '36.2%', '45.8%', ''], border: true },
    { v: ['8', 'Percentage of disabled staff saying their employer has made adequate adjustments', '71.5%', '', ''], border: true },
    { v: ['9', 'Staff engagement score (0–10)', '6.6', '7.1', ''], border: true },
    { v: ['10', 'Percentage difference between the Board voting membership and the overall workforce', '-3.9%', '', ''], border: true },
  ] });
  fillSheet(lists, { widths: [16, 4, 14], rows: [
    { v: ['Status', '', 'Metric'], bold: true },
    ['Not started', '', 'Metric 1'], ['In progress', '', 'Metric 2'], ['Complete', '', 'Metric 3'], ['Delayed', '', 'Metric 4'],
    ['', '', 'Metric 5'], ['', '', 'Metric 6'], ['', '', 'Metric 7'], ['', '', 'Metric 8'], ['', '', 'Metric 9'], ['', '', 'Metric 10'],
  ] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health and learning disability trust) in a four-sheet WDES workbook of 2019: sheet 1 'Contents' (trust name, a table of hyperlinked sheet names with what each holds, a version table with dates), sheet 2 'WDES metrics' (the ten 2019 metrics with disabled / non-disabled figures and relative likelihoods), sheet 3 'Action Plan' (the plan), sheet 4 'Lists' (the drop-down sources: four status words and 'Metric 1'–'Metric 10'). The gold reads sheet 3: the Contents sheet calls it the plan and it is the only sheet with actions; it carries no trust name (the trust is named on Contents). Layout: a title 'WDES Action Plan 2019/20', a one-line status key in italics, the header 'Ref | Metric | Action | Action owner | Target date | Status | Comments' (row 3, frozen), nine actions D1–D9. Judgement calls: the metrics sheet's rows are findings, not actions; the Lists sheet's words are drop-down sources, not statuses of anything; the version dates on Contents are not dues; due = Target date as shown (dd/mm/yyyy); status = the drop-down word, rag = its fill as the key line gives it (grey Not started = no RAG colour, rag null); Comments = progress where filled; indicators from the Metric column (2019 metrics, whole 4 and 9); theme null (no sections).", {
    mode: 'fill', ragCol: 'F', crossRef: { metricCol: 'B', otherCols: [] },
    book: { sheets: ['Contents', 'WDES metrics', 'Action Plan', 'Lists'], planIndex: 2, elsewhere: ['12/07/2019', '06/08/2019', '26/09/2019', '28/02/2020'] },
  });
}
