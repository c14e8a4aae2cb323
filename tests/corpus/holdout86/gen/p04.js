// holdout86-wdes-2022-23-brenchmoor: community trust tracker with no metric column: the metric lives only in the action ID ('M4b.1',
// 'M9.1'); leads as INITIALS decoded in a key under the table; a Y/N 'Co-produced with DAWN?' column; real dd/mm/yyyy dates; a status
// drop-down with no colour.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Brenchmoor Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout86-wdes-2022-23-brenchmoor', sheet: 'Tracker', standard: 'WDES', period: '2022-23', trust, widths: [9, 56, 9, 12, 14, 14, 40], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust} – WDES action tracker 2022/23`], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } } });
  p.line(['IDs: M = WDES metric, then the action number. DAWN = Disability and Wellbeing Network.'], { merge: ['A', 'G'], style: { italic: true, color: 'FF7F7F7F' } });
  p.header(['ID', 'Action', 'Lead', 'Due', 'Co-produced with DAWN?', 'Status', 'Latest position'], { style: { fill: C.teal, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: 3 }];
  const rows = [
    ['M1.1', 'Refresh the "Tell us about you" page on ESR self-service with plain-English wording and a screen-reader check.', 'JB', D(2022, 7, 31), 'Y', 'Complete', 'Live from July; 96 updates in the first month.'],
    ['M1.2', 'Report disability declaration by locality (North, Central, Coastal) at every quarterly Workforce Board.', 'JB', D(2022, 9, 30), 'N', 'Complete', 'In the Q2 pack.'],
    ['M2.1', 'Include a DAWN member on shortlisting and interview panels for all Band 6+ district nursing and therapy posts.', 'RT', D(2022, 12, 31), 'Y', 'In progress', '22 of 35 panels so far.'],
    ['M4b.1', 'Run "difficult conversations" workshops for team leaders on handling disability-related conflict in the team.', 'KO', D(2023, 1, 31), 'Y', 'In progress', 'Three of five workshops held.'],
    ['M4b.2', 'Follow up every Datix report of manager bullying by a disabled member of staff within 10 working days.', 'KO', D(2022, 10, 31), 'N', 'Not started', 'Needs a Datix field – raised with Governance.'],
    ['M6.1', 'Write to every line manager about the adjusted sickness triggers in the Supporting Attendance policy and add a check to the case review form.', 'PH', D(2022, 11, 30), 'N', 'In progress', 'Letter sent; form change with IT.'],
    ['M8.1', 'Agree a 6-week standard from request to adjustment in place and track it monthly.', 'PH', D(2023, 3, 31), 'Y', 'In progress', 'Baseline: 11 weeks on average.'],
    ['M9.1', 'Give the DAWN chair 2 days a month protected time and a budget for network events.', 'SC', D(2022, 6, 30), 'Y', 'Complete', 'Agreed by Executive Team in June.'],
  ];
  const first = p.r + 1;
  for (const [id, act, lead, due, cop, st, pos] of rows) {
    const ind = /^M(\d+[ab]?)\./.exec(id)[1];
    p.action([id, act, lead, due, cop, st, pos], { ref: id, indicators: [ind], action: act, lead, due: shown(due, 'dd/mm/yyyy'), status: st, progress: pos }, { styles: [{}, {}, { alignment: { horizontal: 'center' } }, { numFmt: 'dd/mm/yyyy' }, { alignment: { horizontal: 'center' } }, {}, {}] });
  }
  p.ws.dataValidations.add(`F${first}:F${p.r}`, { type: 'list', allowBlank: true, formulae: ['"Not started,In progress,Complete,On hold"'] });
  p.ws.dataValidations.add(`E${first}:E${p.r}`, { type: 'list', allowBlank: true, formulae: ['"Y,N"'] });
  p.blank();
  p.line(['Leads:'], { style: { bold: true } });
  p.line(['JB', 'Jo Bramwell, Workforce Information Lead'], { merge: ['B', 'D'] });
  p.line(['RT', 'Raj Thakkar, Resourcing Manager'], { merge: ['B', 'D'] });
  p.line(['KO', 'Kemi Okafor, OD Practitioner'], { merge: ['B', 'D'] });
  p.line(['PH', 'Paula Hennessy, HR Business Partner'], { merge: ['B', 'D'] });
  p.line(['SC', 'Simon Carraway, Director of People (executive sponsor)'], { merge: ['B', 'D'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust). Sheet 'Tracker': title naming the trust, a grey italic line explaining the IDs ('M = WDES metric, then the action number') and DAWN, the teal header 'ID | Action | Lead | Due | Co-produced with DAWN? | Status | Latest position' (row 3, frozen), eight actions, then a 'Leads:' key giving each set of initials a name and role. There is NO metric column: the metric is only in the ID. Due is a real date shown dd/mm/yyyy; Status and the Y/N column are drop-down lists; nothing is coloured. Judgement calls: ref = the ID; indicators from the ID's metric part ('M4b.1' → 4b, 'M9.1' → 9 written without a letter, kept as 9); lead = the initials as written in the Lead column (the key below decodes them, but the plan's lead cell is the initials); the 'Co-produced with DAWN?' Y/N is no status; status as written, rag null (no colour anywhere); progress = Latest position; theme null; the key rows are not actions and name no lead of their own.", { notFrom: ['E'], forbidden: ['Y', 'N', 'Jo Bramwell, Workforce Information Lead', 'Simon Carraway, Director of People (executive sponsor)'] });
}
