// holdout77-wres-2026-27-tarrwick: COMMUNITY trust, ONE JOINT WRES + WDES plan on one sheet, Aptos Narrow 11. An EXCEL TABLE 'tblEquality'
// (TableStyleLight9, banded rows) 'No. | Standard | Indicator / metric | HIA | Action | Lead | Due (quarter) | Status | From 2025/26
// plan?'; Standard, HIA, Due and Status are drop-downs; the Indicator / metric cell holds BARE NUMBERS whose meaning depends on the
// Standard cell (a key line explains: WRES first, then WDES on a 'Both' row, '6 / 4b'); Status coloured only by conditional formats;
// carried-forward rows name their OLD refs in the last column. Read as the WRES plan (file name): every row is an action.
import { Book, Plan, C, colLetter } from './lib.js';
const WORDS = { Done: [C.lightblue, 'blue'], 'In progress': [C.goodG, 'green'], Delayed: [C.neutralA, 'amber'], Planned: [null, null] };
function makeTable(p, name, headerRow, lastRow, style) {
  const ws = p.ws; const columns = []; const rows = [];
  for (let c = p.startCol; c <= p.lastCol; c++) columns.push({ name: String(ws.getRow(headerRow).getCell(c).value), filterButton: true });
  for (let r = headerRow + 1; r <= lastRow; r++) { const row = []; for (let c = p.startCol; c <= p.lastCol; c++) { const v = ws.getRow(r).getCell(c).value; row.push(v === undefined ? null : v); } rows.push(row); }
  ws.addTable({ name, displayName: name, ref: `${colLetter(p.startCol)}${headerRow}`, headerRow: true, totalsRow: false, style: { theme: style, showRowStripes: true }, columns, rows });
}
export async function build() {
  const book = new Book();
  const trust = 'Tarrwick and Hobbeck Community Healthcare NHS Trust';
  const p = new Plan(book, { name: 'holdout77-wres-2026-27-tarrwick', sheet: 'Equality standards 26-27', standard: 'WRES', period: '2026-27', trust, widths: [6, 11, 13, 8, 62, 30, 14, 13, 20], font: { name: 'Aptos Narrow', size: 11 } });
  const ws = p.ws;
  p.line([trust], { merge: ['A', 'I'], style: { bold: true, font: { size: 15 }, color: C.teal } });
  p.line(['WRES and WDES action plan 2026/27 – one plan for race and disability equality'], { merge: ['A', 'I'], style: { bold: true, font: { size: 12 } } });
  p.line(['Agreed at the Inclusion Steering Group on 9 April 2026. Last reviewed 11 June 2026. Each action names the EDI Improvement Plan High Impact Action (HIA) it serves.'], { merge: ['A', 'I'], style: { italic: true } });
  p.line(['How to read “Indicator / metric”: on a WRES row the number is a WRES indicator; on a WDES row it is a WDES metric; on a “Both” row the WRES indicator comes first, then the WDES metric (for example 6 / 4b).'], { merge: ['A', 'I'], height: 30, style: { font: { size: 10 }, color: 'FF404040' } });
  p.blank();
  const h = p.header(['No.', 'Standard', 'Indicator / metric', 'HIA', 'Action', 'Lead', 'Due (quarter)', 'Status', 'From 2025/26 plan?'], { border: false, style: { alignment: { vertical: 'middle', wrapText: true } } });
  ws.views = [{ state: 'frozen', ySplit: h }];
  const data = [
    ['1', 'WRES', '2', ['2'], 'HIA 2', 'Use a shortlisting panel of at least two people, one of them from an ethnic minority background, for every Band 6 and above post in community nursing.', 'Head of Recruitment', 'Q1 2026/27', 'Done', 'Yes – was 25/03'],
    ['2', 'WDES', '2', [], 'HIA 2', 'Make the offer of interview adjustments a tick-box on every invitation email and report how many were asked for.', 'Recruitment Systems Lead', 'Q2 2026/27', 'In progress', 'No'],
    ['3', 'Both', '7 / 5', ['7'], 'HIA 2', 'Run two cohorts of the Next Step career conversations programme, one offered first to ethnic minority staff and one to disabled staff.', 'Head of Leadership Development', 'Q3 2026/27', 'Planned', 'No'],
    ['4', 'WRES', '3', ['3'], 'HIA 6', 'Put every proposed formal disciplinary case through the Just and Learning Culture checklist and report outcomes by ethnicity each quarter.', 'Head of Employee Relations', 'Q1 2026/27', 'Done', 'Yes – was 25/06'],
    ['5', 'WDES', '3', [], 'HIA 6', 'Pause any capability process until an occupational health review and an adjustments conversation have taken place.', 'Head of Employee Relations', 'Q2 2026/27', 'In progress', 'No'],
    ['6', 'Both', '5 / 4a', ['5'], 'HIA 6', 'Give district nurses and therapists who work alone in patients’ homes a one-step way to report racist or disability-related abuse from patients or relatives.', 'Lone Working and Security Lead', 'Q2 2026/27', 'Delayed', 'Yes – was 25/09'],
    ['7', 'WRES', '6, 8', ['6', '8'], 'HIA 6', 'Train every team leader in the Civility and Respect toolkit and track completion by locality.', 'Organisational Development Lead', 'Q3 2026/27', 'In progress', 'No'],
    ['8', 'WDES', '8', [], 'HIA 4', 'Hold a central budget for workplace adjustments so that teams no longer pay for equipment out of their own budgets.', 'Deputy Director of Finance', 'Q1 2026/27', 'Done', 'Yes – was 25/11'],
    ['9', 'WDES', '9a', [], 'HIA 4', 'Fund two hours a month of protected time for members of the Disability and Long-Term Conditions Network.', 'Associate Director of People', 'Q1 2026/27', 'Done', 'No'],
    ['10', 'WRES', '1', ['1'], 'HIA 3', 'Publish the ethnicity pay gap for the trust and for each staff group in the annual equality report.', 'Workforce Information Manager', 'Q4 2026/27', 'Planned', 'No'],
    ['11', 'Both', '9 / 10', ['9'], 'HIA 1', 'Report the ethnicity and disability profile of the Board and the senior leadership team to the People Committee twice a year.', 'Company Secretary', 'Q2 2026/27', 'Planned', 'No'],
    ['12', 'WRES', '7', ['7'], 'HIA 5', 'Give internationally educated nurses and allied health professionals a named clinical supervisor and a six-month development plan from their first day.', 'International Recruitment Lead', 'Q1 2026/27', 'Done', 'Yes – was 25/12'],
  ];
  const C1 = { alignment: { horizontal: 'center', vertical: 'top' } };
  for (const [no, std, ind, inds, hia, action, lead, due, st, cf] of data)
    p.action([no, std, ind, hia, action, lead, due, st, cf], { ref: no, indicators: inds, action, lead, due, status: st, rag: WORDS[st][1] }, { border: false, styles: [C1, C1, C1, C1, {}, {}, {}, {}, { font: { size: 10 }, color: 'FF595959' }] });
  const first = h + 1, last = p.r;
  makeTable(p, 'tblEquality', h, last, 'TableStyleLight9');
  const QS = ['Q1', 'Q2', 'Q3', 'Q4'].map((q) => `${q} 2026/27`).join(',');
  for (let r = first; r <= last; r++) {
    ws.getCell(`B${r}`).dataValidation = { type: 'list', allowBlank: false, showErrorMessage: true, formulae: ['"WRES,WDES,Both"'] };
    ws.getCell(`D${r}`).dataValidation = { type: 'list', allowBlank: true, showErrorMessage: true, formulae: ['"HIA 1,HIA 2,HIA 3,HIA 4,HIA 5,HIA 6"'] };
    ws.getCell(`G${r}`).dataValidation = { type: 'list', allowBlank: true, showErrorMessage: true, formulae: [`"${QS}"`] };
    ws.getCell(`H${r}`).dataValidation = { type: 'list', allowBlank: true, showErrorMessage: true, formulae: ['"Planned,In progress,Delayed,Done"'] };
  }
  ws.addConditionalFormatting({ ref: `H${first}:H${last}`, rules: Object.entries(WORDS).filter(([, v]) => v[0]).map(([w, [fill]], i) => ({ type: 'cellIs', operator: 'equal', formulae: [`"${w}"`], priority: i + 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: fill } } } })) });
  p.blank();
  p.line(['Status: Done (blue), In progress (green), Delayed (amber), Planned (not yet due – no colour). Actions carried forward keep their 2025/26 number in the last column for reference.'], { merge: ['A', 'I'], style: { font: { size: 10 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust), Aptos Narrow 11, ONE JOINT WRES + WDES PLAN. Sheet 'Equality standards 26-27': teal trust name, title 'WRES and WDES action plan 2026/27 – one plan for race and disability equality', an italic approval line (Inclusion Steering Group 9 April 2026; last reviewed 11 June 2026), a grey KEY LINE explaining the 'Indicator / metric' column, a blank row, then an EXCEL TABLE 'tblEquality' (TableStyleLight9, banded rows, filter buttons) with header 'No. | Standard | Indicator / metric | HIA | Action | Lead | Due (quarter) | Status | From 2025/26 plan?' (row 6, frozen) and twelve rows (7–18). Standard ('WRES' / 'WDES' / 'Both'), HIA ('HIA 1'…'HIA 6'), Due ('Q1 2026/27'…) and Status are drop-down lists. The Indicator / metric cell holds BARE NUMBERS: a WRES indicator on a WRES row, a WDES metric on a WDES row, 'WRES / WDES' on a Both row ('7 / 5', '5 / 4a', '9 / 10'). Status cells are coloured only by 'cell value equal to' conditional formats (Done light blue, In progress light green, Delayed light yellow; Planned none). The last column says whether the action was carried forward and its OLD number ('Yes – was 25/03'). A status key line under the table. Judgement calls: the plan is read as the WRES plan (the file's standard; the workbook names both standards); EVERY ROW IS AN ACTION (none ambiguous) – the WDES rows stay actions with indicators []; the bare number on a WDES row is a WDES metric, NOT a WRES indicator (rows 8, 11 – '2' and '3' – give []); on a Both row only the part before '/' is the WRES indicator ('7 / 5' → ['7'], not 5; '9 / 10' → ['9']); indicators never from the HIA; ref = No., never the old 2025/26 number; due = the quarter as chosen; status = the word, rag = the colour its conditional format shows (Done → blue, In progress → green, Delayed → amber, Planned → null); progress ''; the approval and review dates are no dues; theme null.", { ragCol: 'H', mode: 'word', words: Object.fromEntries(Object.entries(WORDS).map(([w, v]) => [w, v[1]])), cfWords: { col: 'H' }, notFrom: ['B', 'C', 'D', 'I'], joint: { stdCol: 'B', indCol: 'C', both: 'Both' }, hia: { col: 'D', re: 'HIA ([1-6])' }, table77: { name: 'tblEquality', headerRow: h }, dv: ['B', 'D', 'G', 'H'], fieldCols: { lead: 'F', due: 'G', status: 'H', ref: 'A' }, forbidden: ['9 April 2026', '11 June 2026'] });
}
