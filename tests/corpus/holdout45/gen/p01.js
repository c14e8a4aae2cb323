// holdout45-wres-2018-19-brackenford: an acute FT's WRES plan kept as a STATUS-PER-MEETING grid – one status column per meeting the plan
// went to (Workforce Committee in July, then four Trust Boards), headed by the meeting and its date under a merged band; the March Board
// column only part-filled; one action added at the November Board ('—' in the earlier meeting columns); a 'Comments (latest)' column.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Brackenford Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout45-wres-2018-19-brackenford', sheet: 'WRES 2018-19', standard: 'WRES', period: '2018-19', trust, widths: [8, 10, 46, 20, 12, 13, 13, 13, 13, 13, 44] });
  p.line([trust], { merge: ['A', 'K'], style: { bold: true, font: { size: 14, color: { argb: C.nhs } } } });
  p.line(['Workforce Race Equality Standard (WRES) – action plan 2018/19: position reported to each meeting'], { merge: ['A', 'K'], style: { bold: true, font: { size: 11 } } });
  p.line(['The status of each action is recorded for every meeting that receives the plan. Key: Complete = blue; On track = green; Some slippage = amber; Off track / not started = red. Completed actions stay on the plan until the year-end report.'], { merge: ['A', 'K'], height: 28, style: { italic: true } });
  p.blank();
  const head = { fill: C.navy, color: C.white, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
  const h1 = p.header(['Ref', 'WRES indicator', 'Action', 'Executive lead', 'Target date', 'Status reported to each meeting', '', '', '', '', 'Comments (latest)'], { style: head });
  p.ws.mergeCells(`F${h1}:J${h1}`);
  for (const c of ['A', 'B', 'C', 'D', 'E', 'K']) p.ws.mergeCells(`${c}${h1}:${c}${h1 + 1}`);
  p.header(['', '', '', '', '', 'Workforce Committee\n12/07/2018', 'Trust Board\n27/09/2018', 'Trust Board\n29/11/2018', 'Trust Board\n31/01/2019', 'Trust Board\n28/03/2019', ''], { style: head, height: 30 });
  const F = { 'Complete': C.lightblue, 'On track': C.lightgreen, 'Some slippage': C.amber, 'Off track': C.red, 'Not started': C.red };
  const R = { 'Complete': 'blue', 'On track': 'green', 'Some slippage': 'amber', 'Off track': 'red', 'Not started': 'red' };
  const rows = [
    ['B18/1', '1', 'Publish a breakdown of the workforce by ethnicity and Agenda for Change band for every division, refreshed each quarter.', 'Director of Workforce', D(2018, 9, 30), ['On track', 'Complete', '', '', ''], 'Divisional dashboards on the intranet since September, refreshed each quarter by workforce information.'],
    ['B18/2', '2', 'Put a trained panel member from a BME background on every interview panel for posts at Band 7 and above.', 'Director of Workforce', D(2018, 12, 31), ['On track', 'On track', 'Some slippage', 'Some slippage', 'On track'], 'Pool of 46 trained panel members; 81% of Band 7+ panels in Jan–Mar met the standard.'],
    ['B18/3', '3', 'Have a second senior manager review every disciplinary case involving a BME member of staff before a formal investigation starts.', 'Chief Nurse', D(2018, 10, 31), ['Not started', 'On track', 'On track', 'Complete', ''], 'Pre-investigation check in place in all divisions from January; Employee Relations audits it monthly.'],
    ['B18/4', '4', 'Monitor access to non-mandatory training and CPD funding by ethnicity and report it to the Workforce Committee twice a year.', 'Director of Workforce', D(2019, 3, 31), ['Not started', 'Not started', 'Some slippage', 'Off track', 'Off track'], 'The learning system cannot yet report by ethnicity; a manual extract is planned for April.'],
    ['B18/5', '5 & 6', 'Launch a zero-tolerance campaign on abuse of staff by patients and visitors, with an incident category for racist abuse.', 'Chief Operating Officer', D(2019, 1, 31), ['On track', 'On track', 'On track', 'On track', ''], 'Posters and the new Datix category launched in October; evaluation after the 2018 staff survey results.'],
    ['B18/6', '7', 'Set up reverse mentoring between members of the BME staff network and Board members.', 'Chief Executive', D(2018, 12, 31), ['On track', 'On track', 'Complete', '', ''], 'Eight pairs finished the first cohort; a second cohort starts in May 2019.'],
    ['B18/7', '9', 'Agree with the Council of Governors how to widen the ethnic diversity of non-executive and governor appointments.', 'Trust Secretary', D(2019, 3, 31), ['Not started', 'Some slippage', 'Some slippage', 'On track', 'On track'], 'Search agency briefed for the two non-executive vacancies; governor elections in June.'],
    ['B18/8', '8', 'Offer a confidential listening service, with the Freedom to Speak Up Guardian, for BME staff who report discrimination from colleagues.', 'Director of Workforce', D(2019, 3, 31), ['—', '—', 'Not started', 'On track', 'On track'], 'Added at the November Board after the autumn pulse survey. Twelve contacts since the service opened.'],
  ];
  const ragCells = {}; const cols = ['F', 'G', 'H', 'I', 'J'];
  for (const [ref, ind, a, lead, due, st, com] of rows) {
    let last = -1; st.forEach((s, i) => { if (s && s !== '—') last = i; });
    const styles = [{}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, { numFmt: 'dd/mm/yyyy' }, ...st.map((s) => (F[s] ? { fill: F[s], alignment: { horizontal: 'center', vertical: 'top', wrapText: true } } : { color: 'FF808080', alignment: { horizontal: 'center', vertical: 'top' } })), {}];
    const r = p.action([ref, ind, a, lead, due, ...st, com], { ref, indicators: ind.split(' & '), action: a, lead, due: `${String(due.getUTCDate()).padStart(2, '0')}/${String(due.getUTCMonth() + 1).padStart(2, '0')}/${due.getUTCFullYear()}`, status: st[last], rag: R[st[last]], progress: com }, { styles });
    ragCells[r] = cols[last];
  }
  p.blank();
  p.line(['Approved by the Trust Board on 31 May 2018. Year-end report to the Workforce Committee in July 2019 with the 2019 WRES data.'], { merge: ['A', 'K'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute foundation trust). Title, subtitle and a key paragraph (rows 1–3), then a TWO-ROW HEADER (rows 5–6): Ref | WRES indicator | Action | Executive lead | Target date merged down over both rows, a merged band 'Status reported to each meeting' over F:J with one column per meeting beneath it ('Workforce Committee 12/07/2018', 'Trust Board 27/09/2018', '… 29/11/2018', '… 31/01/2019', '… 28/03/2019'), and 'Comments (latest)' in K. Each meeting cell holds a status word on a fill (key in row 3: Complete blue, On track green, Some slippage amber, Off track / Not started red). The March 2019 column is only part-filled: actions that were complete or not yet updated have it blank. Action B18/8 was added at the November Board and has '—' (grey, no fill) under the two earlier meetings. An approval line sits under the table. Judgement calls: status = the word in the LATEST MEETING COLUMN THAT HAS ONE (a blank March cell means the last reported position stands – B18/1 'Complete' from the September Board, B18/3 'Complete' from January, B18/5 'On track' from January, B18/6 'Complete' from November); rag = that cell's fill; earlier meetings' statuses are history, not fields; the meeting dates in the header are not dues; due = Target date as displayed (dd/mm/yyyy); progress = Comments (latest); 'Executive lead' is the lead; '5 & 6' gives ['5','6']; B18/8 is an action of the plan like the others (added in year) – its '—' cells are not statuses; the approval date and the July year-end report are not dues; no theme rows (theme null).", { ragCells, latest: { field: 'status', cols, skip: ['—'] } });
}
