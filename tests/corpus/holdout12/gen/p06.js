// holdout12-wres-2023-24-harbury: a front 'Summary' sheet (WRES figures table, actions-by-status counts as COUNTIF
// formulas) and the plan on the SECOND sheet; Start and Finish dates (gold due = Finish), frozen header.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const sum = book.wb.addWorksheet('Summary');
  const p = new Plan(book, { name: 'holdout12-wres-2023-24-harbury', sheet: 'Action Plan 2023-24', standard: 'WRES', period: '2023-24', trust: 'Harbury Vale NHS Foundation Trust', widths: [24, 56, 26, 12, 12, 14, 44], font: { name: 'Arial', size: 10 } });
  // Summary sheet
  [34, 12, 12, 12, 40].forEach((w, i) => { sum.getColumn(i + 1).width = w; });
  const put = (r, vals, o = {}) => vals.forEach((v, i) => { const c = sum.getRow(r).getCell(i + 1); if (v !== null) c.value = v; c.font = { name: 'Arial', size: 10, ...(o.bold ? { bold: true } : {}) }; if (o.fill) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: o.fill } }; if (o.fmt && typeof v === 'number') c.numFmt = o.fmt; });
  put(1, ['Harbury Vale NHS Foundation Trust'], { bold: true }); sum.getRow(1).getCell(1).font = { name: 'Arial', size: 14, bold: true };
  put(2, ['Workforce Race Equality Standard 2023 – summary of results and action plan']);
  put(4, ['WRES indicator', '2022', '2023', 'Change', 'Comment'], { bold: true, fill: C.paleblue });
  const rows = [['1. BME staff at Band 8a and above', 0.092, 0.104, 'Up 1.2 points'], ['2. Relative likelihood – appointment from shortlisting', 1.48, 1.39, 'Improving'], ['3. Relative likelihood – formal disciplinary', 1.62, 1.71, 'Worse'], ['4. Relative likelihood – non-mandatory training', 1.04, 0.98, 'No adverse impact'], ['5. Harassment from patients/public (BME)', 0.311, 0.296, ''], ['6. Harassment from staff (BME)', 0.287, 0.262, ''], ['7. Equal opportunities for progression (BME)', 0.441, 0.472, ''], ['8. Discrimination from manager/colleague (BME)', 0.162, 0.151, ''], ['9. Board – BME voting members', 0.071, 0.143, '2 of 14']];
  rows.forEach(([a, b, c, d], i) => { const pct = b < 1 && i !== 1 && i !== 2 && i !== 3; put(5 + i, [a, b, c, null, d], { fmt: pct ? '0.0%' : '0.00' }); const cell = sum.getRow(5 + i).getCell(4); cell.value = { formula: `C${5 + i}-B${5 + i}`, result: c - b }; cell.numFmt = pct ? '+0.0%;-0.0%;0.0%' : '+0.00;-0.00;0.00'; cell.font = { name: 'Arial', size: 10 }; });
  put(15, ['Actions by status (from the Action Plan sheet)'], { bold: true });
  put(16, ['Status', 'Number'], { bold: true, fill: C.paleblue });
  const counts = { Complete: 3, 'On track': 4, 'At risk': 2, 'Not started': 2 };
  Object.entries(counts).forEach(([k, n], i) => { put(17 + i, [k]); const c = sum.getRow(17 + i).getCell(2); c.value = { formula: `COUNTIF('Action Plan 2023-24'!F:F,A${17 + i})`, result: n }; c.font = { name: 'Arial', size: 10 }; });
  put(21, ['Total']); sum.getRow(22).getCell(1).value = 'Approved by the Board of Directors, 26 October 2023.'; sum.getRow(21).getCell(2).value = { formula: 'SUM(B17:B20)', result: 11 };
  // Plan sheet
  p.line(['WRES Action Plan 2023/24'], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.line(['Status: Complete (green) | On track (light green) | At risk (amber) | Not started (red) – see the Summary sheet for the 2023 data.'], { merge: ['A', 'G'], style: { italic: true } });
  p.header(['WRES indicator', 'Action', 'Lead', 'Start', 'Finish', 'Status', 'Update'], { style: { fill: C.paleblue } });
  p.ws.views = [{ state: 'frozen', ySplit: 3 }];
  const F = { Complete: [C.green, 'green'], 'On track': [C.lightgreen, 'green'], 'At risk': [C.amber, 'amber'], 'Not started': [C.red, 'red'] };
  const act = (ind, inds, action, lead, start, fin, s, upd) => p.action([ind, action, lead, start, fin, s, upd], { indicators: inds, action, lead, due: fin instanceof Date ? shown(fin, 'dd/mm/yyyy') : fin, status: s, rag: F[s][1], progress: upd },
    { styles: [{}, {}, {}, start instanceof Date ? { numFmt: 'dd/mm/yyyy' } : {}, fin instanceof Date ? { numFmt: 'dd/mm/yyyy' } : {}, { fill: F[s][0] }] });
  act('1 – Representation', ['1'], 'Agree representation targets for BME staff at Band 8a and above for each division, using the Model Employer trajectory.', 'Deputy Chief People Officer', D(2023, 11, 1), D(2024, 3, 31), 'On track', 'Targets shared with divisional boards in January.');
  act('1 – Representation', ['1'], 'Publish a "routes to senior roles" guide and hold career clinics for Band 5–7 staff.', 'Head of Talent', D(2023, 11, 1), D(2024, 2, 29), 'Complete', 'Four clinics held, 126 attendees.');
  act('2 – Recruitment', ['2'], 'Require inclusive recruitment champions on every Band 8a+ interview panel and audit compliance quarterly.', 'Head of Resourcing', D(2023, 10, 1), D(2024, 3, 31), 'At risk', 'Champion pool too small for medicine; second training cohort booked.');
  act('2 – Recruitment', ['2'], 'Remove the requirement for a degree from job descriptions where it is not essential.', 'Head of Resourcing', D(2023, 12, 1), D(2024, 6, 30), 'Not started', '');
  act('3 – Disciplinary', ['3'], 'Review every case before it enters the formal process using the just culture decision tree, with a trained independent reviewer.', 'Head of Employee Relations', D(2023, 10, 1), 'Ongoing', 'On track', 'Reviews in place; relative likelihood to be re-measured in March.');
  act('3 – Disciplinary', ['3'], 'Complete a deep dive into the 2023 disciplinary data with the Race Equality Network.', 'Head of Employee Relations', D(2023, 11, 15), D(2024, 1, 31), 'Complete', 'Report to People Committee, February 2024.');
  act('5 & 6 – Harassment', ['5', '6'], 'Launch the "Hate has no place here" campaign and the sexual safety and anti-racism charter.', 'Director of Communications', D(2023, 11, 1), D(2024, 1, 31), 'Complete', 'Launched 20 November.');
  act('5 & 6 – Harassment', ['5', '6'], 'Train managers in civility and restorative conversations (target 80% of Band 7+ managers).', 'Head of OD', D(2023, 12, 1), D(2024, 9, 30), 'On track', '41% trained.');
  act('7 – Progression', ['7'], 'Reopen the reciprocal mentoring programme for senior leaders and BME staff.', 'Head of Talent', D(2024, 1, 8), D(2024, 7, 31), 'On track', 'Cohort 3 recruited.');
  act('8 – Discrimination', ['8'], 'Introduce a "Speak up about racism" route through the Freedom to Speak Up Guardian with quarterly themed reports.', 'Freedom to Speak Up Guardian', D(2024, 1, 1), D(2024, 3, 31), 'Not started', 'Delayed until the new Guardian starts in March.');
  act('9 – Board', ['9'], 'Include EDI objectives in every Board member\'s appraisal for 2023/24 (EDI Improvement Plan HIA 1).', 'Chair', D(2023, 10, 1), D(2024, 3, 31), 'At risk', 'Objectives set for executives; NED appraisals due April.');
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating a workbook with a FRONT 'Summary' SHEET and the plan on the SECOND sheet 'Action Plan 2023-24' (gold sheet). The Summary sheet (not gold) has the trust name, a WRES 2022/2023 table with percentages and ratios (0.0% / 0.00 formats, a 'Change' formula column), an 'Actions by status' table whose counts are COUNTIF formulas over the plan sheet, a Total and an approval line – none of it is on the gold sheet. The plan sheet has no trust name: a title 'WRES Action Plan 2023/24', an italic key line (Complete green, On track light green, At risk amber, Not started red), and the header 'WRES indicator | Action | Lead | Start | Finish | Status | Update' frozen at row 3. Indicator cells are 'N – short title' repeated on every row ('5 & 6 – Harassment' → ['5','6']). Start and Finish are real dates shown dd/mm/yyyy; gold due = FINISH (the Start date is not a deadline); one Finish is the text 'Ongoing'. Status words filled; 'On track' light green → rag green. No refs; theme null.", { ragCol: 'F', mode: 'fill' });
}
