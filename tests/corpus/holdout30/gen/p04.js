// holdout30-wdes-2019-20-marlowbeck: an ambulance trust's disabled staff network ACTION LOG doubling as its first WDES plan: meeting-date rows
// between the actions, refs A1…, no due column, updates typed in; metrics only where an action names one.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Marlowbeck Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout30-wdes-2019-20-marlowbeck', sheet: 'Action log', standard: 'WDES', period: '2019-20', trust, widths: [7, 62, 24, 50], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'D'], style: { bold: true } });
  p.line(['Enable Network (disabled staff & carers) - action log, also our WDES plan for 2019-20'], { merge: ['A', 'D'] });
  const hr = p.header(['Ref', 'Action', 'Owner', 'Update'], { style: { fill: C.lilac } });
  const meets = [];
  const log = [
    ['Network meeting 17/06/2019', [
      ['A1', 'Write to the Director of Workforce asking for the WDES metrics to go to the Trust Board in public', 'Chair', 'Letter sent 20/6, on Board agenda for Sept', [], ''],
      ['A2', 'Find out how many EOC staff have a reasonable adjustment in place (feeds WDES metric 7)', 'Vice chair', 'HR say they do not hold this centrally', ['7'], ''],
      ['A3', 'Ask Occupational Health to talk to the network about fit notes and phased returns', 'Secretary', 'Booked for September meeting', [], ''],
    ]],
    ['Network meeting 02/09/2019', [
      ['A4', 'Agree with HR a fast track for adjustment equipment on stations, by end of March 2020', 'Chair + Head of HR Ops', 'Draft process seen by network 25/11', [], 'end of March 2020'],
      ['A5', 'Review the capability procedure with staff side so disabled staff are not pushed into formal stages (WDES metric 5)', 'Staff side rep (Unison)', '', ['5'], ''],
      ['A6', 'Promote the staff survey to crews on stations to raise the response rate from disabled staff', 'Comms + network members', 'Posters out, 38% response in the North sector', [], ''],
    ]],
    ['Network meeting 25/11/2019', [
      ['A7', 'Pilot an ESR self-service reminder so staff can update disability status (WDES metric 10 board data too)', 'Workforce information', '', ['10'], ''],
      ['A8', 'Set up a buddy scheme for disabled staff returning from long-term sickness, by end of March 2020', 'Vice chair', '', [], 'end of March 2020'],
    ]],
  ];
  for (const [m, acts] of log) {
    meets.push(p.line(['', m], { style: { bold: true, fill: C.palegrey }, border: true }));
    for (const [ref, a, l, up, inds, due] of acts) p.action([ref, a, l, up], { ref, indicators: inds, action: a, lead: l, due, progress: up, dueSource: due ? 'labelled' : null });
  }
  p.line(['', '(closed actions are moved to the Closed tab)'], { style: { italic: true } });
  const closed = book.wb.addWorksheet('Closed');
  closed.getCell('A1').value = 'Closed actions'; closed.getCell('A2').value = 'none yet';
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance trust) kept as a disabled staff network's ACTION LOG, which the network also calls its first WDES plan: sheet 'Action log' (a second sheet 'Closed' holds only 'Closed actions' / 'none yet'), trust and title merged A:D, one lilac header 'Ref | Action | Owner | Update' (row 3), then MEETING ROWS in grey ('Network meeting 17/06/2019') with the actions raised at that meeting under them (A1–A8), and an italic line about the Closed tab at the end. No due column and no status column. Judgement calls: the meeting rows record when an action was raised, they are neither themes nor dues – theme null, and the meeting date is never a due; due only where the action text states one ('…, by end of March 2020' → 'end of March 2020', dueSource 'labelled'), otherwise ''; indicators only where the action names a WDES metric ('(feeds WDES metric 7)' → ['7'], '(WDES metric 10 board data too)' → ['10']), [] for the rest – not guessed from wording; lead = Owner as written ('Chair + Head of HR Ops'); progress = Update as written, '' where empty; no status, rag null; the Closed tab and the closing line are not actions.", { forbidden: ['17/06/2019', '02/09/2019', '25/11/2019', 'Network meeting 17/06/2019', 'Network meeting 02/09/2019', 'Network meeting 25/11/2019'], dataRows: meets });
}
