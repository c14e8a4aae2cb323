// holdout77-wres-2025-26-holmbury: ACUTE TEACHING trust, Aptos Narrow 11. A 'Summary by High Impact Action' count block of COUNTIFS
// formulas (cached results) above an EXCEL TABLE 'tblWRES2526' (TableStyleMedium2, banded rows) 'Ref | HIA | WRES indicator | Action |
// Executive sponsor | Action lead | Due | Status | Evidence'; HIA and Status chosen from drop-down lists; Status coloured ONLY by
// conditional formats, the 'Not on track' rule first (red) so that the later 'On track' rule (green) does not win on it; real due dates
// dd/mm/yyyy; evidence cells are hyperlinks to the People Directorate SharePoint site.
import { Book, Plan, C, D, shown, colLetter } from './lib.js';
const F = 'dd/mm/yyyy';
const WORDS = { 'Not on track': [C.badR, 'red'], Complete: [C.lightblue, 'blue'], 'On track': [C.goodG, 'green'], 'At risk': [C.neutralA, 'amber'], 'Not started': [null, null] };
const SP = 'https://holmburyhospitals.sharepoint.com/sites/PeopleDirectorate/WRES/2025-26/';
function makeTable(p, name, headerRow, lastRow, style) {
  const ws = p.ws; const columns = []; const rows = [];
  for (let c = p.startCol; c <= p.lastCol; c++) columns.push({ name: String(ws.getRow(headerRow).getCell(c).value), filterButton: true });
  for (let r = headerRow + 1; r <= lastRow; r++) { const row = []; for (let c = p.startCol; c <= p.lastCol; c++) { const v = ws.getRow(r).getCell(c).value; row.push(v === undefined ? null : v); } rows.push(row); }
  ws.addTable({ name, displayName: name, ref: `${colLetter(p.startCol)}${headerRow}`, headerRow: true, totalsRow: false, style: { theme: style, showRowStripes: true }, columns, rows });
}
export async function build() {
  const book = new Book();
  const trust = 'Holmbury University Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout77-wres-2025-26-holmbury', sheet: 'WRES 2025-26', standard: 'WRES', period: '2025-26', trust, widths: [9, 9, 12, 58, 22, 30, 12, 14, 30], font: { name: 'Aptos Narrow', size: 11 } });
  const ws = p.ws;
  p.line(['OFFICIAL'], { style: { bold: true, color: 'FF7F7F7F', font: { size: 9 } } });
  p.line([trust], { merge: ['A', 'I'], style: { bold: true, font: { size: 16 }, color: C.nhs } });
  p.line(['Workforce Race Equality Standard (WRES) action plan 2025/26 – mapped to the High Impact Actions of the NHS EDI Improvement Plan'], { merge: ['A', 'I'], style: { bold: true, font: { size: 12 } } });
  p.line(['Built from our WRES 2025 data return and the 2024 NHS Staff Survey. Approved by the People and Culture Committee on 18 September 2025. Pick the Status from the drop-down list – the cell colours itself.'], { merge: ['A', 'I'], height: 30, style: { italic: true } });
  p.blank();
  p.line(['Summary by High Impact Action'], { merge: ['A', 'D'], style: { bold: true, color: C.nhs } });
  const sh = p.header(['High Impact Action', '', '', '', 'Actions', 'Complete', 'On track', 'At risk / not on track', 'Not started'], { merge: ['A', 'D'], style: { fill: C.paleblue } });
  // the action rows are known before the formulas are written: count them first (cached results)
  const data = [
    ['W25-01', 'HIA 1', 'Ind 9', ['9'], 'Set every board member a measurable EDI objective for 2025/26, with race representation in the senior leadership pipeline as one of the measures, and review it at the mid-year appraisal.', 'Chair', 'Company Secretary', D(2025, 10, 31), 'Complete', ['Board objectives 2025-26.docx', 'Board%20objectives%202025-26.docx']],
    ['W25-02', 'HIA 2', 'Ind 2', ['2'], 'Remove names, dates of birth and places of education from TRAC shortlisting packs for every Band 7 and above post.', 'Chief People Officer', 'Head of Resourcing', D(2025, 11, 30), 'On track', ['TRAC change request CR-1187', 'TRAC%20CR-1187.pdf']],
    ['W25-03', 'HIA 2', 'Ind 2', ['2'], 'Put a trained inclusion panel member on every interview panel for Band 8a and above, drawn from a pool of 60 volunteers.', 'Chief People Officer', 'Inclusive Recruitment Lead', D(2026, 1, 31), 'Not on track', null],
    ['W25-04', 'HIA 2', 'Ind 4 & 7', ['4', '7'], 'Open the Stepping Up leadership programme to 30 Black, Asian and minority ethnic colleagues at Bands 5–7 and follow their promotions for two years.', 'Chief People Officer', 'Head of Leadership and OD', D(2026, 3, 31), 'On track', ['Stepping Up cohort list', 'Stepping%20Up%20cohort%202025.xlsx']],
    ['W25-05', 'HIA 3', 'Ind 1', ['1'], 'Publish our first ethnicity pay gap report beside the gender pay gap report, broken down by staff group.', 'Chief Finance Officer', 'Head of Workforce Information', D(2026, 3, 31), 'At risk', null],
    ['W25-06', 'HIA 4', '—', [], 'Offer health checks to Band 2–4 colleagues through Occupational Health on all three sites and report uptake by ethnicity.', 'Chief Nurse', 'Head of Occupational Health and Wellbeing', D(2026, 3, 31), 'Not started', null],
    ['W25-07', 'HIA 5', 'Ind 6 & 7', ['6', '7'], 'Give every internationally educated nurse and midwife a named pastoral buddy for their first six months, with check-ins at three and six months.', 'Chief Nurse', 'Lead Nurse for International Recruitment', D(2025, 12, 31), 'Complete', ['Buddy scheme evaluation', 'IEN%20buddy%20evaluation.pptx']],
    ['W25-08', 'HIA 5', 'Ind 7', ['7'], 'Run career clinics for internationally educated Band 5 nurses with more than two years’ service, including a route to Band 6.', 'Chief Nurse', 'Practice Development Lead', D(2026, 2, 28), 'Not started', null],
    ['W25-09', 'HIA 6', 'Ind 5', ['5'], 'Launch a zero-tolerance campaign on racist abuse from patients and visitors in the Emergency Department and the Acute Medical Unit, with a clear route to call security.', 'Chief Operating Officer', 'Violence Prevention and Reduction Lead', D(2025, 12, 31), 'On track', ['Campaign materials', 'ED%20zero%20tolerance%20campaign/']],
    ['W25-10', 'HIA 6', 'Ind 3', ['3'], 'Require an independent senior manager to check every case before a Black, Asian or minority ethnic colleague enters a formal disciplinary process.', 'Chief People Officer', 'Head of Employee Relations', D(2025, 10, 31), 'Complete', ['Pre-formal check audit Q2', 'Pre-formal%20check%20audit%20Q2.pdf']],
    ['W25-11', 'HIA 6', 'Ind 6 & 8', ['6', '8'], 'Train all ward and department managers in Civility Saves Lives and a new route for reporting discrimination by colleagues.', 'Chief People Officer', 'Head of Organisational Development', D(2026, 3, 31), 'At risk', null],
  ];
  const HIAS = [['1', 'HIA 1 – Board and senior leader objectives'], ['2', 'HIA 2 – Recruitment and talent management'], ['3', 'HIA 3 – Pay gaps'], ['4', 'HIA 4 – Health inequalities in our workforce'], ['5', 'HIA 5 – International recruits'], ['6', 'HIA 6 – Bullying, harassment and discrimination']];
  const hdrRow = sh + HIAS.length + 2; // the table header comes after the count rows and one blank row
  const countRows = {};
  for (const [n, label] of HIAS) {
    const grp = data.filter((d) => d[1] === `HIA ${n}`); const cnt = (sts) => grp.filter((d) => sts.includes(d[8])).length;
    const rng = (col) => `tblWRES2526[${col}]`; const crit = `"HIA ${n}"`;
    const r = p.line([label, '', '', '', { formula: `COUNTIFS(${rng('HIA')},${crit})`, result: grp.length }, { formula: `COUNTIFS(${rng('HIA')},${crit},${rng('Status')},"Complete")`, result: cnt(['Complete']) }, { formula: `COUNTIFS(${rng('HIA')},${crit},${rng('Status')},"On track")`, result: cnt(['On track']) }, { formula: `COUNTIFS(${rng('HIA')},${crit},${rng('Status')},"At risk")+COUNTIFS(${rng('HIA')},${crit},${rng('Status')},"Not on track")`, result: cnt(['At risk', 'Not on track']) }, { formula: `COUNTIFS(${rng('HIA')},${crit},${rng('Status')},"Not started")`, result: cnt(['Not started']) }], { merge: ['A', 'D'], border: true, styles: [{}, {}, {}, {}, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }] });
    countRows[r] = n;
  }
  p.blank();
  const h = p.header(['Ref', 'HIA', 'WRES indicator', 'Action', 'Executive sponsor', 'Action lead', 'Due', 'Status', 'Evidence'], { border: false, style: { alignment: { vertical: 'middle', wrapText: true } } });
  if (h !== hdrRow) throw new Error('header row moved');
  ws.views = [{ state: 'frozen', ySplit: h, xSplit: 1 }];
  for (const [ref, hia, ind, inds, action, sponsor, lead, due, st, ev] of data) {
    const link = ev ? { text: ev[0], hyperlink: SP + ev[1] } : null;
    p.action([ref, hia, ind, action, sponsor, lead, due, st, link], { ref, indicators: inds, action, lead, due: shown(due, F), status: st, rag: WORDS[st][1] }, { border: false, styles: [{}, { alignment: { horizontal: 'center', vertical: 'top' } }, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, {}, { numFmt: F }, {}, { color: 'FF0563C1', font: { underline: true } }] });
  }
  const first = h + 1, last = p.r;
  makeTable(p, 'tblWRES2526', h, last, 'TableStyleMedium2');
  for (let r = first; r <= last; r++) {
    ws.getCell(`B${r}`).dataValidation = { type: 'list', allowBlank: true, showErrorMessage: true, formulae: ['"HIA 1,HIA 2,HIA 3,HIA 4,HIA 5,HIA 6"'] };
    ws.getCell(`H${r}`).dataValidation = { type: 'list', allowBlank: true, showErrorMessage: true, errorTitle: 'Status', error: 'Please pick a status from the list.', formulae: ['"Not started,On track,At risk,Not on track,Complete"'] };
  }
  ws.addConditionalFormatting({ ref: `H${first}:H${last}`, rules: Object.entries(WORDS).filter(([, v]) => v[0]).map(([w, [fill]], i) => ({ type: 'containsText', operator: 'containsText', text: w, priority: i + 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: fill } } } })) });
  p.blank();
  p.line(['Status colours: Complete – blue; On track – green; At risk – amber; Not on track – red; Not started – no colour.'], { merge: ['A', 'I'], style: { font: { size: 9 } } });
  p.line(['Evidence links open the People Directorate SharePoint site (staff only). Next review: People and Culture Committee, January 2026.'], { merge: ['A', 'I'], style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute teaching trust), Aptos Narrow 11. Sheet 'WRES 2025-26': an 'OFFICIAL' marking (row 1), the trust name, the title (WRES 2025/26 mapped to the EDI Improvement Plan's High Impact Actions), an italic approval line (People and Culture Committee, 18 September 2025), a blank row, then a 'Summary by High Impact Action' COUNT BLOCK – a caption (row 6), its header 'High Impact Action | Actions | Complete | On track | At risk / not on track | Not started' (row 7) and six HIA rows (8–13) whose numbers are COUNTIFS formulas over the table (cached results) – a blank row, and an EXCEL TABLE 'tblWRES2526' (TableStyleMedium2, banded rows, filter buttons) with header 'Ref | HIA | WRES indicator | Action | Executive sponsor | Action lead | Due | Status | Evidence' (row 15, frozen) and eleven actions (rows 16–26). HIA and Status carry drop-down lists; the Status cells have no fill of their own and are coloured only by 'text contains' conditional formats, in this priority: 'Not on track' light red, 'Complete' light blue, 'On track' light green, 'At risk' light yellow; 'Not started' has no rule. Evidence cells are hyperlinks to SharePoint documents (display text = the document name). Two foot lines (status key; evidence and next review). Judgement calls: the count block's six HIA rows are a summary, not actions (their numbers are counts, not indicators or statuses) and its header is a header row; indicators from 'WRES indicator' only ('Ind 4 & 7' → ['4','7']; '—' → []), never from the HIA column; lead = Action lead, never the Executive sponsor; due as displayed (dd/mm/yyyy); status = the word as chosen; rag = the colour its conditional format shows – 'Not on track' contains the words 'on track' but its own red rule comes first, so red, not green; 'Not started' shows no colour (rag null); the evidence link's document name is no progress (progress ''); the approval date and the January 2026 review are no dues; theme null (HIA is a per-row column).", { ragCol: 'H', mode: 'word', words: Object.fromEntries(Object.entries(WORDS).map(([w, v]) => [w, v[1]])), cfWords: { col: 'H' }, notFrom: ['B', 'E', 'I'], indRe: { col: 'C', re: '(\\d)' }, hia: { col: 'B', re: 'HIA ([1-6])' }, table77: { name: 'tblWRES2526', headerRow: h }, dv: ['B', 'H'], links: ['I'], fieldCols: { lead: 'F', due: 'G', status: 'H', ref: 'A' }, hiaCounts: { rows: countRows, hiaCol: 'B', cols: { E: 'all', F: ['Complete'], G: ['On track'], H: ['At risk', 'Not on track'], I: ['Not started'] } }, forbidden: ['18 September 2025', 'January 2026'] });
}
