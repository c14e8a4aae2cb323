// holdout45-wres-2021-22-seacombe: an acute teaching trust's WRES plan as taken to the January Board – 'Original due' beside 'Current due'
// (carried-forward rows show last year's date with '(2020-21 plan)'), 'Previous RAG (Sept 21 Board)' beside 'Current RAG (Jan 22 Board)',
// a Movement column of arrows / 'New', and a second tab holding LAST YEAR'S CLOSED ACTIONS.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Seacombe University Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout45-wres-2021-22-seacombe', sheet: 'Current plan', standard: 'WRES', period: '2021-22', trust, widths: [9, 46, 8, 24, 16, 11, 13, 13, 10, 40], font: { name: 'Arial', size: 9 } });
  p.line([`${trust} – WRES Action Plan 2021/22`], { merge: ['A', 'J'], style: { bold: true, font: { size: 12 }, color: C.white, fill: C.nhs } });
  p.line(['Progress report to the Trust Board, 27 January 2022 (previous report: 30 September 2021). c/f = carried forward from the 2020/21 plan.'], { merge: ['A', 'J'], style: { italic: true } });
  p.header(['Ref', 'Action', 'WRES', 'Lead', 'Original due', 'Current due', 'Previous RAG (Sept 21 Board)', 'Current RAG (Jan 22 Board)', 'Movement', 'Update for Board'], { style: { fill: C.paleblue, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } }, height: 38 });
  const F = { Green: C.green, Amber: C.amber, Red: C.red, Complete: C.lightblue };
  const PF = { Green: C.goodG, Amber: C.neutralA, Red: C.badR, Complete: C.paleblue };
  const R = { Green: 'green', Amber: 'amber', Red: 'red', Complete: 'blue' };
  const mon = (d) => `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()]}-${String(d.getUTCFullYear()).slice(2)}`;
  const rows = [
    ['S20/3 (c/f)', 'Run the Inclusive Recruiter training for all recruiting managers in the surgery and medicine divisions.', '2', 'Associate Director of Resourcing', 'Mar-21 (2020-21 plan)', D(2021, 9, 30), 'Amber', 'Green', '↑', 'Surgery complete; medicine at 84%.'],
    ['S20/6 (c/f)', 'Set up an independent panel to review every formal disciplinary investigation involving a BME member of staff.', '3', 'Director of People', 'Dec-20 (2020-21 plan)', D(2021, 12, 31), 'Red', 'Amber', '↑', 'Panel terms of reference agreed; first sitting in February.'],
    ['S21/1', 'Launch a leadership pathway for BME staff at Bands 6 to 8a, each participant sponsored by an executive.', '7', 'Head of Leadership and OD', D(2022, 1, 31), D(2022, 3, 31), 'Green', 'Amber', '↓', 'Launch moved to March because the provider changed.'],
    ['S21/2', 'Set divisional targets for BME representation at Band 8a and above and report them in the quarterly divisional performance reviews.', '1', 'Chief People Officer', D(2021, 9, 30), D(2021, 9, 30), 'Green', 'Complete', '↑', 'Targets in every divisional review from Q2.'],
    ['S21/3', 'Give every BME doctor in training a named educational mentor from outside their specialty.', '4', 'Director of Medical Education', D(2022, 3, 31), D(2022, 3, 31), 'Amber', 'Amber', '↔', 'Mentors found for 60% of trainees.'],
    ['S21/4', 'Agree with the police how staff who suffer racist abuse from patients are supported, including prosecution where the member of staff wants it.', '5', 'Director of Estates and Facilities', D(2021, 12, 31), D(2021, 12, 31), 'Green', 'Green', '↔', 'Joint protocol with the police signed in November.'],
    ['S21/5', 'Train a Freedom to Speak Up champion in each division to support BME staff raising concerns about colleagues.', '6, 8', 'Freedom to Speak Up Guardian', D(2021, 11, 30), D(2022, 2, 28), 'Amber', 'Red', '↓', 'Recruitment of champions held up by the Omicron wave; training now in February.'],
    ['S21/6', 'Add a WRES session, led by the BME staff network, to the Board development programme.', '9', 'Director of Corporate Affairs', D(2021, 10, 31), D(2021, 10, 31), 'Green', 'Complete', '↑', 'Session held on 14 October.'],
    ['S21/7', 'Run reverse mentoring between members of the BME staff network and the executive team.', '7', 'Chief Executive', D(2022, 3, 31), D(2022, 3, 31), '—', 'Green', 'New', 'Added at the September Board review; six pairs matched.'],
  ];
  const ragCells = {};
  for (const [ref, a, ind, lead, od, cd, pr, cr, mv, up] of rows) {
    const r = p.action([ref, a, ind, lead, od, cd, pr, cr, mv, up], { ref: ref.replace(' (c/f)', ''), indicators: ind.split(', '), action: a, lead, due: mon(cd), status: cr, rag: R[cr], progress: up }, { styles: [{ bold: true }, {}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, od instanceof Date ? { numFmt: 'mmm-yy' } : { color: 'FF595959' }, { numFmt: 'mmm-yy', bold: true }, PF[pr] ? { fill: PF[pr], color: 'FF595959', alignment: { horizontal: 'center', vertical: 'top' } } : { alignment: { horizontal: 'center', vertical: 'top' } }, { fill: F[cr], bold: true, alignment: { horizontal: 'center', vertical: 'top' } }, { alignment: { horizontal: 'center', vertical: 'top' }, font: { size: 11 } }, {}] });
    ragCells[r] = 'H';
  }
  p.blank();
  p.line(['Actions closed in 2020/21 are on the "Closed 2020-21" tab. Complete actions stay on this tab until the year-end report in May 2022.'], { merge: ['A', 'J'], style: { italic: true, font: { size: 8 } } });
  // second tab: last year's closed actions (not this year's plan)
  const ws2 = book.wb.addWorksheet('Closed 2020-21');
  [9, 50, 8, 24, 11, 44].forEach((w, i) => { ws2.getColumn(i + 1).width = w; });
  ws2.getCell('A1').value = 'Closed actions – WRES Action Plan 2020/21 (closed at the year-end review, May 2021)'; ws2.getCell('A1').font = { name: 'Arial', size: 11, bold: true };
  const h2 = ['Ref', 'Action', 'WRES', 'Lead', 'Closed', 'Evidence'];
  h2.forEach((v, i) => { const c = ws2.getRow(3).getCell(i + 1); c.value = v; c.font = { name: 'Arial', size: 9, bold: true }; c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: C.grey } }; });
  const closed = [
    ['S20/1', 'Refresh the ethnicity data held on ESR through a staff self-service campaign.', '1', 'Head of Workforce Information', D(2021, 2, 28), 'Not stated reduced to 3%.'],
    ['S20/2', 'Add a BME network member to all Band 8a and above interview panels.', '2', 'Associate Director of Resourcing', D(2021, 3, 31), '92% of panels compliant in Q4.'],
    ['S20/4', 'Publish non-mandatory training uptake by ethnicity twice a year.', '4', 'Head of Education', D(2021, 1, 31), 'First report to the People Committee in January 2021.'],
    ['S20/5', 'Launch a zero-tolerance poster campaign in emergency and outpatient areas.', '5', 'Director of Nursing', D(2020, 11, 30), 'Campaign ran November 2020.'],
    ['S20/7', 'Appoint an executive sponsor for the BME staff network.', '9', 'Chief Executive', D(2020, 9, 30), 'Chief Nurse appointed as sponsor.'],
  ];
  closed.forEach((row, i) => row.forEach((v, j) => { const c = ws2.getRow(4 + i).getCell(j + 1); c.value = v; c.font = { name: 'Arial', size: 9, color: { argb: 'FF595959' } }; c.alignment = { wrapText: true, vertical: 'top' }; if (v instanceof Date) c.numFmt = 'dd/mm/yyyy'; }));
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute teaching trust), a two-tab workbook: 'Current plan' (gold) and 'Closed 2020-21'. On the current tab: a blue title bar naming the trust and plan, a line naming the Board meeting this report goes to (27 January 2022) and the previous one (30 September 2021) and explaining 'c/f', ONE header row (row 3) 'Ref | Action | WRES | Lead | Original due | Current due | Previous RAG (Sept 21 Board) | Current RAG (Jan 22 Board) | Movement | Update for Board'. Two actions CARRIED FORWARD from 2020/21 come first, ref 'S20/3 (c/f)', 'S20/6 (c/f)', their Original due typed as text with last year's date ('Mar-21 (2020-21 plan)'); the rest are S21/1–S21/7. Current due is filled on every row (same as the original where unchanged, later where moved – S21/1 Jan-22 → Mar-22, S21/5 Nov-21 → Feb-22). Previous RAG words on pale fills in grey font, Current RAG words on strong fills (Green / Amber / Red / Complete blue); Movement holds ↑ ↓ ↔ or 'New' (S21/7, added at the September review, '—' for its previous RAG). A footnote points to the other tab. The 'Closed 2020-21' tab lists five actions of LAST YEAR'S plan closed at its year-end review. Judgement calls: the gold reads the 'Current plan' tab; the closed tab is last year's record, not this plan's actions; carried-forward rows ARE this year's actions; ref without the '(c/f)' tag ('S20/3' – the tag is a carry-forward marker explained in row 2, not part of the reference; the 'S20/' prefix already shows last year's numbering); due = CURRENT DUE (mmm-yy), never the original; status = Current RAG word, rag = its fill; the previous RAG is history; Movement arrows and 'New' are not statuses; progress = Update for Board; indicators from WRES ('6, 8' → ['6','8']); the Board dates are not dues; no theme rows.", { ragCells, dueFrom: { orig: 'E', rev: 'F' }, latest: { field: 'status', cols: ['H'] }, forbidden: ['↑', '↓', '↔', 'New'] });
}
