// holdout91-wres-2018-19-ebbesworth: community trust, last year's plan rolled forward: the 'Lead 2017/18' column kept, and a colleague
// added a column at the right half-way through the year, 'New lead 18/19 (if changed)', filled only where the lead changed (one '?').
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ebbesworth Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout91-wres-2018-19-ebbesworth', sheet: 'Action plan', standard: 'WRES', period: '2018-19', trust, widths: [5, 10, 48, 26, 12, 11, 40, 24], font: { name: 'Arial', size: 9 } });
  p.line([`${trust}`], { merge: ['A', 'G'], style: { bold: true, font: { size: 11 } } });
  p.line(['WRES action plan 2018-19 (rolled forward from 2017-18) – v0.4'], { merge: ['A', 'G'], style: { bold: true } });
  p.blank();
  const h = p.header(['No', 'Indicator', 'Action', 'Lead 2017/18', 'Due', 'RAG', 'Progress (Sept 2018)'], { style: { fill: C.tan } });
  const hc = p.ws.getCell(`H${h}`); hc.value = 'New lead 18/19 (if changed)'; hc.font = { name: 'Calibri', size: 11, bold: true }; hc.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: C.yellow } }; hc.alignment = { wrapText: true, vertical: 'top' };
  const F = { Green: C.green, Amber: C.amber, Red: C.red, Complete: C.blue };
  const RAG = { Green: 'green', Amber: 'amber', Red: 'red', Complete: 'blue' };
  const rows = [
    ['1', '1', 'Report BME representation by band for each locality (North, South, City) to the Workforce Group every quarter.', 'Head of Workforce Planning', 'Quarterly', 'Green', 'Q1 report done; Q2 due October.', ''],
    ['2', '2', 'Train all Band 7 team leads who recruit in fair shortlisting before they sit on a panel.', 'Recruitment & Retention Manager', 'Dec 2018', 'Amber', '31 of 58 team leads trained.', 'Head of Resourcing'],
    ['3', '2', 'Include a BME panel member from another locality on every interview for Band 8a posts and above.', 'Associate Director of HR', 'Sept 2018', 'Complete', 'In place since June. Panel pool of 19 people.', ''],
    ['4', '3', 'Track every formal disciplinary by ethnicity and locality and review the numbers at the Employee Relations meeting each month.', 'Employee Relations Manager', 'Ongoing', 'Green', 'Running since May.', 'Senior HR Business Partner (ER)'],
    ['5', '4', 'Ring-fence five places on the community leadership programme for BME staff at Bands 5–6.', 'Head of Learning and Development', 'Jan 2019', 'Red', 'Programme postponed – provider withdrew.', '?'],
    ['6', '5', 'Give district nurses who visit alone a lone-worker device with a red alert, and a route to report racist abuse in people\'s homes.', 'Head of Health & Safety', 'Nov 2018', 'Amber', 'Devices ordered for City locality.', ''],
    ['7', '6', 'Run a bullying and harassment advice line staffed by trained volunteers, with ethnicity monitoring of calls.', 'Freedom to Speak Up Guardian', 'Mar 2019', 'Green', 'Eight advisers trained; line opens 1 October.', ''],
    ['8', '7', 'Hold a reverse mentoring scheme pairing BME staff with members of the executive team.', 'Director of Workforce & OD', 'Feb 2019', 'Amber', 'Five pairs so far.', 'Chief People Officer'],
    ['9', '9', 'Ask the Council of Governors to set a target for a diverse shortlist for the next two non-executive appointments.', 'Trust Secretary', 'Mar 2019', 'Green', 'On the governors\' agenda for November.', ''],
  ];
  for (const [no, ind, a, lead, due, rag, prog, nl] of rows) {
    const r = p.action([no, ind, a, lead, due, rag, prog], { ref: no, indicators: [ind], action: a, lead: nl || lead, due, status: rag, rag: RAG[rag], progress: prog },
      { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, {}, { fill: F[rag], bold: true }, {}] });
    if (nl) { const c = p.ws.getCell(`H${r}`); c.value = nl; c.font = { name: 'Calibri', size: 11 }; c.alignment = { wrapText: true, vertical: 'top' }; }
  }
  p.blank();
  p.line(['Status: Complete (blue), Green on track, Amber at risk, Red off track.  Owner of this document: EDI Manager.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust) rolled forward from last year and found half-way through 2018-19. Sheet 'Action plan', Arial 9: trust name, title 'WRES action plan 2018-19 (rolled forward from 2017-18) – v0.4', a blank row, a tan header 'No | Indicator | Action | Lead 2017/18 | Due | RAG | Progress (Sept 2018)' (row 4) and, in column H, a header ADDED LATER BY SOMEONE ELSE – 'New lead 18/19 (if changed)' in Calibri 11 on a yellow fill, unbordered – filled on only four rows (row 6 'Head of Resourcing', row 8 'Senior HR Business Partner (ER)', row 9 '?', row 12 'Chief People Officer'). Nine numbered actions, then a blank row and an italic status key / document owner line. Judgement calls: lead = the 'New lead 18/19' cell where it is filled (its header says it is there only when the lead changed), otherwise last year's lead in 'Lead 2017/18' still stands – row 9's '?' means the lead changed and is not yet known, so lead '?' as written (the old lead no longer holds); the 'EDI Manager' in the closing line owns the document, not an action; due as typed ('Quarterly', 'Ongoing', 'Dec 2018'); status = the RAG word, rag from its fill (Complete on blue → blue); progress = Progress (Sept 2018); ref = No; theme null.", { mode: 'fill', ragCol: 6, leadIfChanged: { newCol: 'H', oldCol: 'D' }, forbidden: ['EDI Manager'] });
}
