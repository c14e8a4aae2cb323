// holdout18-wdes-2022-23-kexby: NEW LAYOUT – A PIVOTTABLE PASTED AS VALUES. The EDI team pivoted its tracker by executive
// lead and pasted the result (values + formats) into the plan it sends to the People Committee: report-filter rows
// ('Standard | WDES', 'Plan year | 2022/23'), the pivot's field-name header 'Executive lead | Metric | Action | Due date |
// Status | Count of Ref', TABULAR FORM with 'repeat item labels' OFF (the lead and the metric are written only on the first
// row of their group, blank below), a bold '<lead> Total' SUBTOTAL row after each lead and a 'Grand Total'; items in the
// pivot's text sort order (M1, M10, M2 …); an empty due shown as '(blank)'. Status words carry no colour.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const font = { name: 'Calibri', size: 11 };
  const p = new Plan(book, { name: 'holdout18-wdes-2022-23-kexby', sheet: 'By exec lead', standard: 'WDES', period: '2022-23', trust: 'Kexby and Wold Mental Health NHS Foundation Trust', widths: [30, 12, 64, 12, 13, 13], font });
  p.line(['Kexby and Wold Mental Health NHS Foundation Trust'], { style: { bold: true, font: { size: 13 } } });
  p.line(['WDES action plan 2022/23 – actions by executive lead (pivot of the EDI tracker, values pasted 14 October 2022)'], { style: { italic: true } });
  p.blank();
  p.line(['Standard', 'WDES'], { styles: [{ bold: true }] });
  p.line(['Plan year', '2022/23'], { styles: [{ bold: true }] });
  p.blank();
  const blueBand = 'FFDDEBF7'; const line = { style: 'thin', color: { argb: 'FF9BC2E6' } };
  const h = p.header(['Executive lead', 'Metric', 'Action', 'Due date', 'Status', 'Count of Ref'], { border: false, style: { fill: blueBand } });
  for (let c = 1; c <= 6; c++) p.ws.getRow(h).getCell(c).border = { bottom: line };
  const F = 'dd/mm/yyyy';
  // tracker rows: lead, metric, indicators, action, due, status
  const tracker = [
    ['Chief People Officer', 'M1', ['1'], 'Run a "Your data, your voice" campaign so staff update their disability status on ESR.', D(2022, 11, 30), 'On track'],
    ['Chief People Officer', 'M2', ['2'], 'Guarantee interviews to disabled applicants who meet the essential criteria, with adjustments offered at invitation.', D(2022, 9, 30), 'Complete'],
    ['Chief People Officer', 'M3', ['3'], 'Add an occupational health and adjustments check before any formal capability hearing.', D(2022, 12, 31), 'On track'],
    ['Chief People Officer', 'M5', ['5'], 'Reserve places for disabled staff on the Band 6–7 "Leading with Compassion" programme.', D(2023, 3, 31), 'Not started'],
    ['Chief People Officer', 'M8', ['8'], 'Set up a central reasonable adjustments fund and a 28-day decision target.', D(2023, 1, 31), 'At risk'],
    ['Chief People Officer', 'M10', ['10'], 'Invite Board members to share their disability status and report it in the WDES return.', D(2022, 10, 31), 'Complete'],
    ['Chief Nurse', 'M4a', ['4a'], 'Launch a zero-tolerance campaign on abuse of staff by service users, covering disability-related abuse.', D(2022, 12, 31), 'On track'],
    ['Chief Nurse', 'M4a', ['4a'], 'Add disability as a category in the violence and aggression reporting system.', D(2022, 10, 31), 'Complete'],
    ['Chief Nurse', 'M6', ['6'], 'Brief ward managers on supporting disabled staff to stay off work when unwell.', null, 'Not started'],
    ['Director of Corporate Affairs', 'M4a, M4b', ['4a', '4b'], 'Make "disability" a reason code in the Freedom to Speak Up log and report it quarterly.', D(2022, 12, 31), 'At risk'],
    ['Director of Corporate Affairs', 'M9b', ['9b'], 'Give the Disability and Wellbeing Network chair protected time and a standing slot at the People Committee.', D(2022, 9, 30), 'Complete'],
  ];
  // pivot order: text sort of lead, then metric, then action (as Excel sorts items A→Z)
  const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  tracker.sort((a, b) => cmp(a[0], b[0]) || cmp(a[1], b[1]) || cmp(a[3], b[3]));
  const groups = [...new Set(tracker.map((t) => t[0]))];
  const pivot = { subtotals: {}, grand: null };
  for (const lead of groups) {
    const rows = tracker.filter((t) => t[0] === lead); let lastMetric = null;
    rows.forEach(([, metric, inds, action, due, st], i) => {
      const showMetric = metric !== lastMetric; lastMetric = metric;
      p.action([i ? null : lead, showMetric ? metric : null, action, due || '(blank)', st, 1], { indicators: inds, action, lead, due: due ? shown(due, F) : '', status: st }, { border: false, styles: [{ bold: true }, {}, {}, due ? { numFmt: F } : {}] });
    });
    const r = p.line([`${lead} Total`, null, null, null, null, rows.length], { style: { bold: true, fill: blueBand } });
    for (let c = 1; c <= 6; c++) p.ws.getRow(r).getCell(c).border = { top: line };
    pivot.subtotals[r] = rows.length;
  }
  const g = p.line(['Grand Total', null, null, null, null, tracker.length], { style: { bold: true } });
  for (let c = 1; c <= 6; c++) p.ws.getRow(g).getCell(c).border = { top: { style: 'double', color: { argb: 'FF5B9BD5' } } };
  pivot.grand = g;
  p.blank();
  p.line(['Source: EDI action tracker (11 actions). Status colours are kept on the tracker; refresh the pivot there to update.'], { style: { font: { size: 9, name: 'Calibri' }, italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) with a real-world layout NO EARLIER BATCH HAS: a PIVOTTABLE PASTED AS VALUES. A mental-health trust's EDI team pivoted its WDES tracker by executive lead and pasted the result (values and number formats, pivot banding kept) into the sheet 'By exec lead' for the People Committee. Rows 1–2: trust name and an italic line saying what the sheet is; rows 4–5 the pivot's REPORT FILTERS ('Standard | WDES', 'Plan year | 2022/23'); row 7 the pivot header of FIELD NAMES 'Executive lead | Metric | Action | Due date | Status | Count of Ref' (pale-blue band). The body is in TABULAR FORM with 'repeat item labels' OFF: the executive lead is written only on the first row of its group and the metric only on the first row of each metric within a group (the next action with the same metric has a blank metric cell); every action row has Count of Ref = 1; after each lead a bold '<lead> Total' SUBTOTAL row (count 3 / 6 / 2) and at the end a 'Grand Total' row (11). Items are in the pivot's TEXT sort order (leads A→Z; metrics 'M1', 'M10', 'M2' …; actions A→Z). One action has no due date, which the pivot shows as '(blank)'. Metrics 'M1'…'M10', 'M4a, M4b', 'M9b' (2021 set). Status words Complete / On track / At risk / Not started carry NO colour (the note under the pivot says the colours are on the tracker) – rag null. No ref, progress or outcome field. Judgement calls: every row under the header that is not a subtotal/grand total is one action; the blank lead and metric cells mean 'same as above' within the group (pivot repeat-labels off), so gold lead = the group's executive lead and the indicator = the metric above; subtotal, grand-total and report-filter rows are non-action rows (the filter rows are not a header); '(blank)' is no due (gold due ''); 'Count of Ref' is not a field; status words without any colour have rag null.", { pivot: { leadCol: 1, metricCol: 2, countCol: 6, headerRow: h, subtotals: pivot.subtotals, grand: pivot.grand } });
}
