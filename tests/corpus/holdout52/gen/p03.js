// holdout52-wres-2021-22-quixhill: a small community trust's only HR manager keeps the figures on a first tab and the plan on a
// second. The plan starts in row 1 (no title); 'as above' typed in the Indicator and Lead cells; the RAG column mixes letters,
// words and fills (some filled, some not); the numbers 11–14 were typed down in advance and never used.
import { Book, Plan, C, D, shown, BORDER } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Quixhill Community Health NHS Trust';
  const data = book.wb.addWorksheet('WRES data 2021');
  const rows = [
    [`${trust} - WRES data (submitted Aug 2021) for our 2021/22 action plan`],
    [],
    ['Indicator', '2020', '2021', 'Better / worse'],
    ['1. BME staff % of workforce', '8.4%', '9.1%', 'better'],
    ['1. BME staff % at Band 8a+', '3.0%', '3.2%', 'same'],
    ['2. White vs BME appointed from shortlisting', '1.44', '1.63', 'worse'],
    ['3. BME vs White disciplinary', '1.05', '0.88', 'better'],
    ['4. White vs BME non-mandatory training', '1.10', '1.07', 'same'],
    ['5. B&H from patients (BME)', '24.9%', '27.3%', 'worse'],
    ['6. B&H from staff (BME)', '22.0%', '25.6%', 'worse'],
    ['7. Equal opps for progression (BME)', '78.1%', '74.4%', 'worse'],
    ['8. Discrimination from manager/colleague (BME)', '9.7%', '10.2%', 'same'],
    ['9. BME Board members (voting)', '0', '1', 'better'],
  ];
  rows.forEach((r, i) => { const row = data.getRow(i + 1); r.forEach((v, j) => { const c = row.getCell(j + 1); c.value = v; c.font = { name: 'Calibri', size: 11, bold: i === 0 || i === 2 }; if (i >= 2) c.border = BORDER; }); });
  [44, 10, 10, 14].forEach((w, i) => { data.getColumn(i + 1).width = w; });
  const p = new Plan(book, { name: 'holdout52-wres-2021-22-quixhill', sheet: 'Actions', standard: 'WRES', period: '2021-22', trust, widths: [6, 11, 54, 26, 13, 10, 34], font: { name: 'Calibri', size: 11 } });
  p.header(['No', 'Indicator', 'Action', 'Lead', 'Target date', 'RAG', 'Update'], { style: { fill: 'FFFFE699' } });
  const RAG = { G: C.green, A: C.amber, R: C.red, amber: C.amber };
  const ragOf = { G: 'green', A: 'amber', R: 'red', amber: 'amber', 'not started': null, '': null };
  const A = [
    ['1', '1', ['1'], 'Do a breakdown of BME staff by band for each service and share it with service managers', 'Kate Mbeki (HR Manager)', null, { d: D(2021, 9, 30), f: 'dd/mm/yyyy' }, ['G', true], 'Done - shared at Sept ops meeting'],
    ['2', 'as above', ['1'], "Include BME representation by band in the quarterly workforce report to the People Committee", 'as above', 'Kate Mbeki (HR Manager)', 'Q3', ['A', false], 'First report Dec, needs more work'],
    ['3', '2', ['2'], 'Recruiting managers to attend the refreshed fair recruitment training before sitting on a panel', 'Recruitment & Training Lead', null, 'end March 22', ['amber', true], '38 out of 60 managers done'],
    ['4', 'as above', ['2'], 'Trial anonymised application forms on TRAC for Band 5-7 posts', 'as above', 'Recruitment & Training Lead', '31.3.22', ['R', true], 'TRAC upgrade needed first - not started'],
    ['5', '5 & 6', ['5', '6'], "Relaunch the 'zero tolerance' message to patients in community clinics and on the website", 'Head of Comms', null, { d: D(2021, 11, 30), f: 'mmm-yy' }, ['G', false], 'Posters up in all 14 clinics'],
    ['6', 'as above', ['5', '6'], 'Train Freedom to Speak Up champions from our BME staff', 'as above', 'Head of Comms', 'Jan 22', ['', false], ''],
    ['7', '7', ['7'], 'Reverse mentoring for the executive team with BME staff', 'Chief Executive', null, { d: D(2022, 3, 1), f: 'dd/mm/yyyy' }, ['A', true], '3 pairs matched'],
    ['8', '8', ['8'], 'Add a question on discrimination to the exit interview form and report themes quarterly', 'Kate Mbeki (HR Manager)', null, 'Dec 21', ['G', true], ''],
    ['9', '9', ['9'], 'Ask the Board to set a BME representation target for NED recruitment', 'Chair', null, 'April 2022', ['not started', false], ''],
    ['10', 'all', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'Publish this plan and the WRES data on our website', 'Kate Mbeki (HR Manager)', null, 'by 31/10/21', ['G', true], 'Published 28/10/21'],
  ];
  for (const [no, indCell, inds, act, leadCell, leadRead, due, [rag, filled], upd] of A) {
    const isD = typeof due === 'object';
    const styles = [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, isD ? { numFmt: due.f, alignment: { horizontal: 'left' } } : {}, { alignment: { horizontal: 'center' }, ...(filled ? { fill: RAG[rag] } : {}) }, {}];
    p.action([Number(no), indCell, act, leadCell, isD ? due.d : due, rag, upd], { ref: no, indicators: inds, action: act, lead: leadRead || leadCell, due: isD ? shown(due.d, due.f) : due, status: rag, rag: ragOf[rag], progress: upd }, { styles, height: 32 });
  }
  for (const n of [11, 12, 13, 14]) p.line([n, '', '', '', '', '', ''], { border: true, styles: [{ alignment: { horizontal: 'center' } }] });
  p.blank();
  p.line(['Last updated 14/01/22 KM'], { style: { italic: true } });
  p.ws.views = [{ state: 'frozen', ySplit: 1 }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust) kept by the trust's only HR manager: the workbook's FIRST tab 'WRES data 2021' holds the figures (a title naming the trust and 'our 2021/22 action plan', then a small 'Indicator | 2020 | 2021 | Better / worse' table – data, no actions) and the plan is on the SECOND tab 'Actions', which has no title: the header 'No | Indicator | Action | Lead | Target date | RAG | Update' is row 1 (frozen). 'as above' is TYPED in the Indicator cell of rows 3, 5 and 7 and in the Lead cell of the same rows; indicators otherwise '1', '5 & 6', 'all'. Dates are mixed: real dates ('30/09/2021', 'Nov-21', '01/03/2022') and text ('Q3', 'end March 22', '31.3.22', 'Jan 22', 'Dec 21', 'April 2022', 'by 31/10/21'). The RAG column mixes letters and words, SOME FILLED AND SOME NOT ('G' green-filled on one row and unfilled on another, 'A' unfilled, 'amber' amber-filled, 'R' red-filled, 'not started' unfilled, one blank). Rows 12–15 hold only the numbers 11–14, typed in advance and never used; a 'Last updated 14/01/22 KM' line under the table. Judgement calls: 'as above' in Indicator or Lead means the row above's value – the gold carries that value (indicators ['1'], ['2'], ['5','6']; leads 'Kate Mbeki (HR Manager)', 'Recruitment & Training Lead', 'Head of Comms'); 'all' = the nine indicators; ref = the No; status = the RAG cell as typed, rag from the letter or word (G → green, A / amber → amber, R → red) whether or not the cell is filled, null for 'not started' and the blank cell; progress = Update; due as shown or typed; the data tab, the unused numbered rows and the last-updated line are not actions.", { mode: 'word', ragCol: 'F', words: { G: 'green', A: 'amber', R: 'red', amber: 'amber' }, offRow: { lead: [3, 5, 7] } });
}
