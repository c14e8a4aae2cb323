// holdout36-wres-2019-20-hollinsmere: a mental health trust's WRES plan where the keeper MOVES FINISHED ACTIONS to a 'Closed actions'
// block under the open ones (same header repeated, a 'Date closed' column filled), so refs run out of order in both blocks.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Hollinsmere Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout36-wres-2019-20-hollinsmere', sheet: 'WRES AP 19-20', standard: 'WRES', period: '2019-20', trust, widths: [6, 9, 50, 24, 12, 13, 40, 12], font: { name: 'Verdana', size: 9 } });
  p.line([trust], { style: { bold: true, font: { size: 11 } } });
  p.line(['Workforce Race Equality Standard – action plan 2019/20'], { style: { bold: true, font: { size: 11 } } });
  p.line(['When an action is finished, cut the row and paste it into Closed actions below with the date closed. Open actions stay at the top.'], { merge: ['A', 'H'], style: { italic: true, color: 'FF595959' } });
  p.blank();
  const HDR = ['Ref', 'Indicator', 'Action', 'Lead', 'Due', 'Status', 'Update', 'Date closed'];
  p.line(['OPEN ACTIONS', '', '', '', '', '', '', ''], { merge: ['A', 'H'], style: { bold: true, color: C.white, fill: 'FF005EB8' } });
  p.header(HDR, { style: { fill: C.paleblue } });
  const df = 'dd/mm/yyyy';
  const SF = { 'On track': C.goodG, Delayed: C.neutralA, 'Not started': C.badR, Closed: C.grey };
  const SR = { 'On track': 'green', Delayed: 'amber', 'Not started': 'red' };
  const open = [
    ['2', '2', 'Train recruiting managers in inclusive shortlisting using anonymised case studies from our own vacancies.', 'Head of Recruitment', D(2019, 12, 31), 'On track', 'Four of six sessions run; 52 managers.'],
    ['4', '4', 'Monitor places on the leadership academy by ethnicity and ring-fence a share for BME staff if the gap persists.', 'Head of Learning and OD', D(2020, 3, 31), 'Delayed', 'Data gathered; ring-fence decision deferred to March.'],
    ['6', '6', 'Give every inpatient ward a named lead for supporting staff after a racist incident from a service user.', 'Deputy Director of Nursing', D(2020, 1, 31), 'On track', '21 of 28 wards have a named lead.'],
    ['7', '7', 'Run a “career surgery” each quarter for BME staff at Bands 2–6 with senior clinicians.', 'BME Staff Network Chair', D(2020, 3, 31), 'Not started', 'Dates to be agreed with the network.'],
    ['9', '9', 'Recruit a BME associate non-executive director through the NExT scheme.', 'Chair of the Trust', D(2020, 3, 31), 'On track', 'Interviews in February.'],
    ['1', '1', 'Set up a monthly ethnicity dashboard by band for each care group.', 'Head of Workforce Information', D(2020, 2, 28), 'Delayed', 'Dashboard built; care group access still being set up.'],
  ];
  for (const [ref, ind, act, lead, due, st, up] of open)
    p.action([ref, ind, act, lead, due, st, up, ''], { ref, indicators: [ind], action: act, lead, due: shown(due, df), status: st, rag: SR[st], progress: up }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: df }, { fill: SF[st] }] });
  p.blank();
  p.line(['CLOSED ACTIONS', '', '', '', '', '', '', ''], { merge: ['A', 'H'], style: { bold: true, color: C.white, fill: 'FF595959' } });
  p.header(HDR, { style: { fill: C.grey } });
  const closed = [
    ['5', '5', 'Publish a joint statement with service-user groups that racist abuse of staff will not be tolerated.', 'Director of Nursing', D(2019, 9, 30), 'Closed', 'Statement on all ward entrances and the website.', D(2019, 9, 12)],
    ['3', '3', 'Have a senior HR adviser review every proposed formal disciplinary case involving a BME member of staff before it starts.', 'Head of Employee Relations', D(2019, 7, 31), 'Closed', 'Check in place from July; 9 cases reviewed, 3 resolved informally.', D(2019, 7, 29)],
    ['8', '8', 'Add a question on discrimination to the quarterly staff Friends and Family Test.', 'Staff Engagement Lead', D(2019, 10, 31), 'Closed', 'Question asked from Q3.', D(2019, 11, 4)],
  ];
  for (const [ref, ind, act, lead, due, st, up, dc] of closed)
    p.action([ref, ind, act, lead, due, st, up, dc], { ref, indicators: [ind], action: act, lead, due: shown(due, df), status: st, rag: null, progress: up, completed: shown(dc, df) }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: df }, { fill: SF[st] }, {}, { numFmt: df }] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health FT; Verdana 9) whose keeper MOVES FINISHED ACTIONS DOWN: trust line, title, an italic instruction ('When an action is finished, cut the row and paste it into Closed actions below with the date closed…'), then a blue band 'OPEN ACTIONS' with the header 'Ref | Indicator | Action | Lead | Due | Status | Update | Date closed' and six open actions, a blank row, a grey band 'CLOSED ACTIONS' with the SAME HEADER REPEATED and three closed actions whose 'Date closed' is filled. Refs run out of order in both blocks (2, 4, 6, 7, 9, 1 then 5, 3, 8) because rows were cut and pasted. Status words on soft fills (On track pale green, Delayed pale amber, Not started pale red, Closed grey). Judgement calls: all nine rows are actions of the 2019/20 plan – the closed block is where finished actions are kept, not a separate or earlier plan; the 'OPEN ACTIONS' / 'CLOSED ACTIONS' bands group rows by status and are not themes (theme null); both header rows are headers; completed = Date closed as shown (dd/mm/yyyy), '' for open actions; due = Due as shown (never the date closed); status = the word, rag = its fill (On track green, Delayed amber, Not started red; Closed is on grey → rag null); refs as written, in sheet order; progress = Update.", { mode: 'fill', ragCol: 6, dueFrom: ['E'], completedFrom: { col: 'H', band: 13 } });
}
