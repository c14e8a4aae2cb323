// holdout68-wres-2016-17-pendlebury: acute trust; LAST YEAR'S REVIEW IN COLUMNS A–D AND THIS YEAR'S PLAN IN G–L ON THE SAME ROWS
// but NOT ALIGNED: the two tables start on different rows, have different lengths and different headers.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Pendlebury and Crossgate Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout68-wres-2016-17-pendlebury', sheet: 'Sheet1', standard: 'WRES', period: '2016-17', trust, widths: [8, 34, 30, 12, 3, 3, 6, 10, 46, 22, 12, 18], font: { name: 'Arial', size: 9 } });
  const ws = p.ws; const cell = (a, v, st = {}) => { const c = ws.getCell(a); c.value = v; c.alignment = { wrapText: true, vertical: 'top' }; c.font = { name: 'Arial', size: 9, ...st.font }; if (st.fill) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: st.fill } }; if (st.border !== false) c.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } }; };
  // row 1-2 titles
  cell('A1', `${trust}`, { font: { bold: true, size: 12 }, border: false });
  cell('G1', 'WRES ACTION PLAN 2016/17', { font: { bold: true, size: 12, color: { argb: C.darkred } }, border: false });
  cell('G2', 'Agreed at Workforce and OD Committee 21 June 2016', { font: { italic: true }, border: false });
  cell('A3', 'For reference: review of 2015/16 WRES actions', { font: { bold: true, italic: true, color: { argb: 'FF595959' } }, border: false });
  // plan header on row 4, review header on row 5
  const ph = ['Action No', 'Indicator', 'Action', 'Lead', 'By', 'Progress at Dec 2016'];
  ph.forEach((h, i) => cell(`${'GHIJKL'[i]}4`, h, { font: { bold: true, color: { argb: C.white } }, fill: C.darkred }));
  const rh = ['Ind.', '2015/16 action', 'Outcome', 'Met?'];
  rh.forEach((h, i) => cell(`${'ABCD'[i]}5`, h, { font: { bold: true }, fill: C.grey }));
  const review = [
    ['1', 'Improve ethnicity recording on ESR.', 'Not stated now 4.2% (was 9.8%).', 'Yes'],
    ['2', 'Unconscious bias training for recruiting managers.', '96 managers trained.', 'Partly'],
    ['3', 'Analyse disciplinary cases by ethnicity.', 'Analysis done; BME staff 1.9 times more likely.', 'Yes'],
    ['5', 'Support staff abused by patients.', 'Not started.', 'No'],
    ['7', 'Promote the BME staff network.', 'Network relaunched March 2016.', 'Yes'],
    ['9', 'Report WRES to Board.', 'Reported July 2015.', 'Yes'],
  ];
  review.forEach((v, i) => v.forEach((x, j) => cell(`${'ABCD'[j]}${6 + i}`, x, { font: { color: { argb: 'FF595959' } } })));
  const plan = [
    ['1.1', '1', 'Ask all staff to check their equality details on ESR self-service, through payslip messages.', 'Head of Workforce Systems', 'Sep-16', 'Payslip message sent August.'],
    ['2.1', '2', 'Put a BME or independent panel member on every interview panel for Band 7 and above.', 'Head of Recruitment', 'Oct-16', 'Started in medicine; other divisions from January.'],
    ['2.2', '2', 'Look at shortlisting data by ethnicity for each division every quarter.', 'Workforce Information Manager', 'Dec-16', 'Q1 and Q2 done.'],
    ['3.1', '3', 'Have an HR business partner and a BME network rep review each case before it goes to a formal hearing.', 'Deputy Director of HR', 'Jul-16', 'In place.'],
    ['5.1', '5', 'Write guidance for staff on what to do when a patient is racially abusive and how the trust will support them.', 'Head of Security and Safety', 'Nov-16', 'Draft with staff side.'],
    ['7.1', '7', 'Run a "Stepping Up" leadership course for BME staff in Bands 5 to 7.', 'Head of OD', 'Mar-17', 'Cohort of 16 started November.'],
    ['7.2', '7', 'Ask every division to name a BME career mentor.', 'Divisional Directors', 'Jan-17', ''],
    ['9.1', '9', 'Invite the BME network chair to present to the Board once a year.', 'Trust Secretary', 'Feb-17', 'Booked for February.'],
  ];
  const rows = [];
  plan.forEach((v, i) => { v.forEach((x, j) => cell(`${'GHIJKL'[j]}${5 + i}`, x)); rows.push(5 + i); });
  cell('A13', 'Met? – Yes / Partly / No, as reported to the Committee in April 2016.', { font: { italic: true, size: 8 }, border: false });
  p.r = 14;
  cell('G14', 'Progress column updated by the Equality and Diversity Lead each quarter.', { font: { italic: true, size: 8 }, border: false });
  p.nonActionRows = [1, 2, 3, 4, 13, 14]; p.headerRows = [4];
  // actions on rows 5..12: row 5 also carries the review header; rows 6..11 carry review rows beside the plan
  plan.forEach((v, i) => p.actions.push({ row: rows[i], ref: v[0], indicator: v[1], indicators: [v[1]], theme: null, action: v[2], lead: v[3], due: v[4], status: '', rag: null, progress: v[5], outcome: '', completed: '', dueSource: 'column' }));
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust), a single 'Sheet1' as a workforce team keeps it. Layout: the trust name in A1; this year's title 'WRES ACTION PLAN 2016/17' in G1 and an agreement line in G2; in A3 an italic 'For reference: review of 2015/16 WRES actions'. THE TWO TABLES SIT SIDE BY SIDE BUT DO NOT LINE UP: this year's plan header 'Action No | Indicator | Action | Lead | By | Progress at Dec 2016' is on ROW 4 in G:L (dark red) with its eight actions on rows 5–12; last year's review header 'Ind. | 2015/16 action | Outcome | Met?' is on ROW 5 in A:D (grey) with six grey-font rows 6–11; two narrow empty spacer columns E:F; a key line for 'Met?' under the review (A13) and a note under the plan (G14). Judgement calls: the plan is 2016/17 (title G1) – every row that holds a G:L plan row is an action row, even row 5 which also carries the review's header and rows 6–11 which carry last year's review beside the action (the review cells never give a gold field: 'Met?' is not a status, 'Outcome' is not this action's outcome); rows 1–4, 13 and 14 are non-action; headerRows = [4] only (the review header shares row 5 with an action). ref = Action No ('2.1'); indicators = Indicator; lead = Lead; due = By as shown ('Sep-16' text); status '' and rag null (no status column; 'Progress at Dec 2016' is progress, the one empty cell gives ''); no theme.", { notFrom: ['A', 'B', 'C', 'D'], actionCols: [{ rows: [5, 12], col: 'I' }], fieldCols: [{ rows: [5, 12], cols: { ref: 'G', lead: 'J', due: 'K', progress: 'L' } }] });
}
