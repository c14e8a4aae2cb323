// holdout75-wdes-2026-27-lathwaite: university hospitals FT; the WDES plan kept IN THE ICS INCLUSION DASHBOARD'S RETURN TEMPLATE,
// whose import maps fixed column letters, so the header row just reads 'Col A' … 'Col H' (the mapping lives in the dashboard, not the
// workbook). Col H carries the EDI Improvement Plan high impact action ('HIA 3'), not a metric. Status from a drop-down list.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Lathwaite University Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout75-wdes-2026-27-lathwaite', sheet: 'Return', standard: 'WDES', period: '2026-27', trust, widths: [12, 8, 60, 36, 11, 12, 38, 8], font: { name: 'Arial', size: 10 } });
  p.line([`${trust} – WDES action plan 2026/27 – ICS inclusion dashboard return`], { style: { bold: true, font: { size: 12 } } });
  p.line(['Do not insert, delete or move columns. Return to the ICS Inclusion Hub by the 10th working day after each quarter end.'], { style: { italic: true, color: C.darkred } });
  const cols = ['Col A', 'Col B', 'Col C', 'Col D', 'Col E', 'Col F', 'Col G', 'Col H'];
  const hr = p.header(cols, { style: { fill: C.grey, alignment: { horizontal: 'center' } } });
  const FILL = { 'On track': C.goodG, Complete: 'FFBDD7EE', 'At risk': C.neutralA, 'Off track': C.badR, 'Not started': null };
  const RAG = { 'On track': 'green', Complete: 'blue', 'At risk': 'amber', 'Off track': 'red', 'Not started': null };
  const rows = [
    ['LUH-WD-01', '1', 'Close the gap between disability declared in ESR (6.8%) and in the staff survey (24%) with a declaration week in each clinical division.', 'Head of Workforce Information', 'Q2 26/27', 'On track', 'Week planned for September.', 'HIA 3'],
    ['LUH-WD-02', '2', 'Show shortlisters what an applicant needs at interview, in place of the guaranteed-interview tick box, and check appointment rates after six months.', 'Head of Resourcing', 'Q1 26/27', 'Complete', 'Live on Trac since May.', 'HIA 2'],
    ['LUH-WD-03', '3', 'Check at the start of every capability process that reasonable adjustments have been offered, and audit a sample twice a year.', 'Deputy Director of People (Employee Relations)', 'Q3 26/27', 'Not started', '', 'HIA 6'],
    ['LUH-WD-04', '4a', 'Extend body-worn cameras and a record flag for repeated abuse to the emergency department and the acute medical unit.', 'Head of Security', 'Q4 26/27', 'At risk', 'Funding bid in the capital round.', 'HIA 6'],
    ['LUH-WD-05', '4b', 'Train managers to recognise and act on disability-related bullying, using scenarios written with the network.', 'Head of Organisational Development', 'Q3 26/27', 'On track', 'Three scenarios written.', 'HIA 6'],
    ['LUH-WD-06', '5', 'Open the talent pool for Band 7 and above to disabled staff by self-nomination, with access coaching.', 'Head of Leadership and Talent', 'Q4 26/27', 'Off track', 'Coaching contract not yet awarded.', 'HIA 2'],
    ['LUH-WD-07', '8', 'Cut the average time from an adjustment request to the adjustment being in place to 30 days, reported monthly.', 'Head of Occupational Health and Wellbeing', 'Q4 26/27', 'On track', 'Average now 41 days (was 63).', 'HIA 5'],
    ['LUH-WD-08', '9a; 9b', 'Fund two paid co-chair sessions a month for the disability network and a yearly network conference.', 'Chief People Officer', 'Q1 26/27', 'Complete', 'In the 26/27 budget.', 'HIA 4'],
    ['LUH-WD-09', '10', 'Add lived experience of disability to the Board skills matrix and to the next non-executive director advert.', 'Company Secretary', 'Q3 26/27', 'Not started', '', 'HIA 1'],
  ];
  const first = p.r + 1;
  for (const r of rows) {
    const [ref, met, act, own, q, st, prog] = r;
    p.action(r, { ref, indicators: met.split('; '), action: act, lead: own, due: q, status: st, rag: RAG[st], progress: prog }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, { alignment: { horizontal: 'center' } }, FILL[st] ? { fill: FILL[st] } : {}, {}, { alignment: { horizontal: 'center' } }] });
  }
  for (let r = first; r <= p.r; r++) p.ws.getCell(`F${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['Lists!$A$2:$A$6'] };
  p.ws.views = [{ state: 'frozen', ySplit: hr, xSplit: 1 }];
  const lists = book.wb.addWorksheet('Lists', { state: 'hidden' });
  ['Status', 'Not started', 'On track', 'At risk', 'Off track', 'Complete'].forEach((v, i) => { lists.getCell(`A${i + 1}`).value = v; });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional university hospitals FT), Arial 10. The plan is kept IN THE ICS INCLUSION DASHBOARD'S RETURN TEMPLATE: the dashboard imports fixed column letters, so the template's header row reads only 'Col A' … 'Col H' and the mapping lives in the dashboard, not in the workbook. Sheet 'Return': a bold title naming the trust, the plan and the return (row 1), a dark-red italic instruction about not moving columns and the quarterly return deadline (row 2), the grey header row 3 'Col A | Col B | … | Col H' (frozen with column A), nine actions. A hidden 'Lists' sheet feeds the drop-down on Col F. What the contents show: Col A = the trust's action reference ('LUH-WD-01'), Col B = the WDES metric ('4a', '9a; 9b'), Col C = the action, Col D = the lead's job title, Col E = the target quarter ('Q2 26/27'), Col F = the status from the drop-down, filled in soft RAG colours (none on 'Not started'), Col G = progress, Col H = the EDI Improvement Plan HIGH IMPACT ACTION the work maps to ('HIA 3'). Judgement calls: ref = Col A; indicators from Col B only – Col H's HIA numbers are not metrics (they differ from Col B on most rows); lead = Col D; due = Col E as written; status = Col F as written, rag from its fill (light blue Complete → blue; 'Not started' unfilled → null); progress = Col G where filled; theme null. The return deadline in row 2 is no due.", { mode: 'fill', ragCol: 6, crossRef: { metricCol: 'B', otherCols: ['H'] }, fieldCols: { ref: 'A', action: 'C', lead: 'D', due: 'E', status: 'F', progress: 'G' }, headerSays: { A: 'Col A', B: 'Col B', C: 'Col C', D: 'Col D', E: 'Col E', F: 'Col F', G: 'Col G', H: 'Col H' }, notFrom: ['H'] });
}
