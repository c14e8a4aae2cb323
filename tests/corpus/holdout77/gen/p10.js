// holdout77-wdes-2025-26-morwick: SPECIALIST CHILDREN'S hospital, Calibri 10, three sheets: a 'Dashboard' FIRST (counts by High Impact Action
// and status – COUNTIFS formulas over the plan's table, cached results – and an 'Updated' date), the plan 'WDES plan' as an EXCEL TABLE
// 'tblMorwickWDES' (TableStyleMedium9, banded rows) 'ID | WDES metric | Also supports (WRES) | HIA | Action | Accountable director | Lead |
// Start | Due | % complete | Status | Evidence', and a HIDDEN 'Lists' sheet behind the Status drop-down (named range StatusList). Real dates
// 'd mmm yyyy'; % complete with DATA BARS; Status coloured by 'text contains' rules; evidence hyperlinks.
import { Book, Plan, C, D, shown, colLetter } from './lib.js';
const F = 'd mmm yyyy';
const WORDS = { Complete: [C.lightblue, 'blue'], 'On track': [C.goodG, 'green'], 'At risk': [C.neutralA, 'amber'], 'Off track': [C.badR, 'red'], 'Not started': [null, null] };
const SP = 'https://morwickchildrens.sharepoint.com/sites/PeopleTeam/WDES/2025-26/';
const HIAS = ['HIA 1', 'HIA 2', 'HIA 3', 'HIA 4', 'HIA 5', 'HIA 6'];
export async function build() {
  const book = new Book();
  const trust = 'Morwick Children’s Hospital NHS Foundation Trust';
  const data = [
    ['M01', '1', ['1'], '1', 'HIA 2', 'Run a “Count me in” declaration week with the Enable Network and update ESR records on the spot.', 'Chief People Officer', 'Workforce Systems Manager', D(2025, 10, 1), D(2025, 10, 31), 1, 'Complete', ['Campaign summary', 'Count%20me%20in%20summary.pdf']],
    ['M02', '2', ['2'], '2', 'HIA 2', 'Add a Disability Confident interview-offer check to the TRAC shortlisting screen.', 'Chief People Officer', 'Recruitment Manager', D(2025, 11, 1), D(2026, 1, 31), 0.6, 'On track', null],
    ['M03', '3', ['3'], '3', 'HIA 6', 'Send every capability case through an adjustments review by occupational health before the first formal meeting.', 'Chief People Officer', 'Head of Employee Relations', D(2025, 10, 1), D(2025, 12, 31), 0.4, 'At risk', null],
    ['M04', '4a, 4b', ['4a', '4b'], '5, 6', 'HIA 6', 'Give ward and outpatient staff a short guide and a Datix category for harassment from parents and visitors aimed at a colleague’s disability.', 'Chief Nurse', 'Security and Violence Reduction Lead', D(2025, 11, 1), D(2026, 2, 28), 0.3, 'On track', ['Draft guide v2', 'Harassment%20guide%20v2.docx']],
    ['M05', '5', ['5'], '7', 'HIA 2', 'Launch a disabled staff leadership cohort of 15 places on the trust’s Rising Leaders programme.', 'Chief People Officer', 'Head of Leadership and OD', D(2026, 1, 1), D(2026, 3, 31), 0, 'Not started', null],
    ['M06', '6', ['6'], '—', 'HIA 4', 'Train managers to hold a health and wellbeing conversation that covers presenteeism and flexible working with staff who have long-term conditions.', 'Chief Nurse', 'Head of Staff Wellbeing', D(2025, 10, 1), D(2026, 3, 31), 0.2, 'On track', null],
    ['M07', '7', ['7'], '—', 'HIA 6', 'Publish a “you said, we did” summary after each Enable Network meeting.', 'Chief People Officer', 'EDI Lead', D(2025, 9, 1), D(2025, 12, 31), 1, 'Complete', ['You said, we did – December', 'You%20said%20we%20did%20Dec%2025.pdf']],
    ['M08', '8', ['8'], '—', 'HIA 4', 'Replace paper adjustment requests with an online Workplace Adjustments Passport and track the time to a decision.', 'Chief People Officer', 'Workplace Adjustments Coordinator', D(2025, 9, 1), D(2025, 11, 30), 0.5, 'Off track', null],
    ['M09', '9a, 9b', ['9a', '9b'], '—', 'HIA 1', 'Ask each executive director to sponsor one Enable Network priority and report back at the network’s annual meeting.', 'Chief Executive', 'EDI Lead', D(2025, 10, 1), D(2026, 3, 31), 0.7, 'On track', null],
    ['M10', '10', ['10'], '9', 'HIA 1', 'Publish the Board’s disability declaration rate and include disability in the next board recruitment campaign.', 'Chair', 'Company Secretary', D(2026, 1, 1), D(2026, 3, 31), 0, 'Not started', null],
    ['M11', '—', [], '—', 'HIA 3', 'Work out a disability pay gap for the first time from ESR data.', 'Chief Finance Officer', 'Head of Workforce Information', D(2025, 12, 1), D(2026, 3, 31), 0.25, 'At risk', ['ESR data check', 'ESR%20disability%20data%20check.xlsx']],
  ];
  // ---- Dashboard (first sheet) ----
  const db = book.wb.addWorksheet('Dashboard');
  [22, 10, 11, 11, 10, 11, 12].forEach((w, i) => { db.getColumn(i + 1).width = w; });
  const f10 = { name: 'Calibri', size: 10 };
  const put = (addr, v, font = {}, fill) => { const c = db.getCell(addr); c.value = v; c.font = { ...f10, ...font }; if (fill) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } }; };
  put('A1', trust, { bold: true, size: 14, color: { argb: C.teal } });
  put('A2', 'Workforce Disability Equality Standard – action plan 2025/26: dashboard', { bold: true, size: 11 });
  put('A3', 'Updated:', { italic: true }); put('B3', D(2026, 1, 14), { italic: true }); db.getCell('B3').numFmt = 'dd/mm/yyyy';
  const cols = ['High Impact Action', 'Actions', 'Complete', 'On track', 'At risk', 'Off track', 'Not started'];
  cols.forEach((t, i) => put(`${colLetter(i + 1)}5`, t, { bold: true, color: { argb: C.white } }, C.teal));
  const counts = {};
  HIAS.forEach((hia, k) => {
    const r = 6 + k; const grp = data.filter((d) => d[4] === hia); put(`A${r}`, hia);
    put(`B${r}`, { formula: `COUNTIFS(tblMorwickWDES[HIA],"${hia}")`, result: grp.length });
    ['Complete', 'On track', 'At risk', 'Off track', 'Not started'].forEach((st, j) => put(`${colLetter(3 + j)}${r}`, { formula: `COUNTIFS(tblMorwickWDES[HIA],"${hia}",tblMorwickWDES[Status],"${st}")`, result: grp.filter((d) => d[11] === st).length }));
    counts[r] = String(k + 1);
  });
  put('A12', 'Total', { bold: true }); put('B12', { formula: 'SUM(B6:B11)', result: data.length }, { bold: true });
  put('A14', 'HIA 5 (international recruits) has no WDES action this year. Open the “WDES plan” sheet for the actions.', { italic: true });
  // ---- the plan ----
  const p = new Plan(book, { name: 'holdout77-wdes-2025-26-morwick', sheet: 'WDES plan', standard: 'WDES', period: '2025-26', trust, widths: [7, 10, 12, 8, 54, 22, 30, 12, 12, 11, 12, 26], font: { name: 'Calibri', size: 10 } });
  const ws = p.ws;
  p.line([`${trust} – WDES action plan 2025/26`], { merge: ['A', 'L'], style: { bold: true, font: { size: 13 }, color: C.teal } });
  p.line(['“Also supports (WRES)” shows the WRES indicator the same action helps with; it is for information. Status is picked from the list; the Enable Network reviews progress every other month.'], { merge: ['A', 'L'], height: 28, style: { italic: true } });
  p.blank();
  const h = p.header(['ID', 'WDES metric', 'Also supports (WRES)', 'HIA', 'Action', 'Accountable director', 'Lead', 'Start', 'Due', '% complete', 'Status', 'Evidence'], { border: false, style: { alignment: { vertical: 'middle', wrapText: true } } });
  ws.views = [{ state: 'frozen', ySplit: h, xSplit: 1 }];
  const CC = { alignment: { horizontal: 'center', vertical: 'top' } };
  for (const [id, met, inds, wres, hia, action, acc, lead, start, due, pc, st, ev] of data) {
    const link = ev ? { text: ev[0], hyperlink: SP + ev[1] } : null;
    p.action([id, met, wres, hia, action, acc, lead, start, due, pc, st, link], { ref: id, indicators: inds, action, lead, due: shown(due, F), status: st, rag: WORDS[st][1] }, { border: false, styles: [{}, CC, CC, CC, {}, {}, {}, { numFmt: F }, { numFmt: F }, { numFmt: '0%' }, {}, { color: 'FF0563C1', font: { underline: true } }] });
  }
  const first = h + 1, last = p.r;
  const columns = []; const rows = [];
  for (let c = 1; c <= 12; c++) columns.push({ name: String(ws.getRow(h).getCell(c).value), filterButton: true });
  for (let r = first; r <= last; r++) { const row = []; for (let c = 1; c <= 12; c++) { const v = ws.getRow(r).getCell(c).value; row.push(v === undefined ? null : v); } rows.push(row); }
  ws.addTable({ name: 'tblMorwickWDES', displayName: 'tblMorwickWDES', ref: `A${h}`, headerRow: true, totalsRow: false, style: { theme: 'TableStyleMedium9', showRowStripes: true }, columns, rows });
  ws.addConditionalFormatting({ ref: `J${first}:J${last}`, rules: [{ type: 'dataBar', priority: 1, minLength: 0, maxLength: 100, gradient: true, cfvo: [{ type: 'num', value: 0 }, { type: 'num', value: 1 }], color: { argb: 'FF63BE7B' } }] });
  ws.addConditionalFormatting({ ref: `K${first}:K${last}`, rules: Object.entries(WORDS).filter(([, v]) => v[0]).map(([w, [fill]], i) => ({ type: 'containsText', operator: 'containsText', text: w, priority: i + 2, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: fill } } } })) });
  for (let r = first; r <= last; r++) {
    ws.getCell(`K${r}`).dataValidation = { type: 'list', allowBlank: true, showErrorMessage: true, formulae: ['StatusList'] };
    ws.getCell(`D${r}`).dataValidation = { type: 'list', allowBlank: true, showErrorMessage: true, formulae: [`"${HIAS.join(',')}"`] };
  }
  // ---- hidden lists ----
  const ls = book.wb.addWorksheet('Lists', { state: 'hidden' });
  ls.getCell('A1').value = 'Status';
  Object.keys(WORDS).forEach((w, i) => { ls.getCell(`A${i + 2}`).value = w; });
  book.wb.definedNames.add(`Lists!$A$2:$A$${Object.keys(WORDS).length + 1}`, 'StatusList');
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist children's hospital foundation trust), Calibri 10, three sheets. 'Dashboard' comes FIRST: the trust, 'Workforce Disability Equality Standard – action plan 2025/26: dashboard', 'Updated: 14/01/2026', a teal count table 'High Impact Action | Actions | Complete | On track | At risk | Off track | Not started' with one row per HIA (COUNTIFS formulas over the plan's table, cached results – HIA 5 counts 0) and a Total, and a note; no actions there. 'WDES plan' (the plan): a teal title, an italic line saying 'Also supports (WRES)' is for information, a blank row, then an EXCEL TABLE 'tblMorwickWDES' (TableStyleMedium9, banded rows, filter buttons) with header 'ID | WDES metric | Also supports (WRES) | HIA | Action | Accountable director | Lead | Start | Due | % complete | Status | Evidence' (row 4, frozen) and eleven actions (rows 5–15). Start and Due are real dates shown 'd mmm yyyy'; % complete carries DATA BARS; Status is a drop-down fed by the named range StatusList on the HIDDEN 'Lists' sheet and coloured by 'text contains' conditional formats (Complete light blue, On track light green, At risk light yellow, Off track light red; Not started none); Evidence cells are hyperlinks. Judgement calls: the plan is on the second sheet; the dashboard's HIA rows are counts, not actions; indicators from 'WDES metric' only ('4a, 4b' → ['4a','4b']; '9a, 9b' → ['9a','9b']; '—' → []) – never the 'Also supports (WRES)' numbers (M04 '5, 6', M05 '7', M10 '9') nor the HIA; lead = Lead, never the Accountable director; due = Due as displayed, never Start; % complete and its bars are no status; status = the word, rag from its conditional colour (Not started → null); progress '' (no update column; the evidence link names are not updates); the dashboard's 'Updated' date is no due; ref = ID; theme null.", { ragCol: 'K', mode: 'word', words: Object.fromEntries(Object.entries(WORDS).map(([w, v]) => [w, v[1]])), cfWords: { col: 'K' }, notFrom: ['C', 'D', 'F', 'H', 'J', 'L'], crossRef: { metricCol: 'B', otherCols: ['C'] }, indRe: { col: 'B', re: '(10|[1-9][ab]?)' }, hia: { col: 'D', re: 'HIA ([1-6])' }, table77: { name: 'tblMorwickWDES', headerRow: h }, dv: ['D', 'K'], links: ['L'], fieldCols: { lead: 'G', due: 'I', status: 'K', ref: 'A' }, hiaCounts: { sheet: 'Dashboard', rows: counts, hiaCol: 'D', cols: { B: 'all', C: ['Complete'], D: ['On track'], E: ['At risk'], F: ['Off track'], G: ['Not started'] } }, forbidden: ['14/01/2026'] });
}
