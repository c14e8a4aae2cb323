// holdout68-wdes-2022-23-hollinsmoor: mental health trust; a LIVE TRACKER whose closed actions are moved to a grey block at the
// bottom – some closed last year (D21 refs, 2021/22 plan), some closed this year (D22 refs).
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Hollinsmoor Mental Health NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout68-wdes-2022-23-hollinsmoor', sheet: 'Tracker', standard: 'WDES', period: '2022-23', trust, widths: [9, 10, 50, 24, 12, 14, 46], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust} – WDES action plan 2022/23 (live tracker)`], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } } });
  p.line(['Owner: Disability Equality Steering Group. Last updated 9 January 2023.'], { merge: ['A', 'G'] });
  p.line(['Closed actions are greyed and moved to the bottom of the sheet so the open list stays short. Do not delete closed rows – the auditors ask for them.'], { merge: ['A', 'G'], style: { italic: true, color: 'FF7F7F7F' }, height: 30 });
  p.blank();
  p.header(['Ref', 'Metric', 'Action', 'Lead', 'Due', 'Status', 'Update'], { style: { fill: C.purple, color: C.white } });
  const S = { 'On track': C.lightgreen, 'At risk': C.amber, 'Delayed': C.red, 'Not started': C.palegrey };
  const open = [
    ['D22-01', '1', 'Run a "count me in" campaign so that staff update their disability status on ESR, with a target of 6% declared by March 2023.', 'Head of Workforce Information', 'Mar-23', 'On track', 'Declaration up from 3.1% to 4.6% since September.'],
    ['D22-02', '2', 'Make the guaranteed interview scheme visible on every NHS Jobs advert and check shortlisting against it each quarter.', 'Recruitment Manager', 'Dec-22', 'At risk', 'Advert wording changed; quarterly check not yet set up.'],
    ['D22-03', '4a', 'Add a disability question to the violence and aggression incident form so that abuse of disabled staff can be counted.', 'Health and Safety Lead', 'Feb-23', 'Delayed', 'Datix change queued behind the system upgrade.'],
    ['D22-05', '7', 'Train every ward and team manager in holding a reasonable adjustments conversation, using the new passport.', 'Learning and Development Lead', 'Mar-23', 'On track', '212 of 340 managers trained.'],
    ['D22-06', '8', 'Set up a central fund for reasonable adjustments so that teams do not have to find the money from their own budget.', 'Deputy Director of Finance', 'Jan-23', 'At risk', 'Paper to the Finance Committee in February.'],
    ['D21-07', '9a', 'Publish the disabled staff network\'s "lived experience" stories and invite members to speak at team meetings.', 'Chair, Disabled Staff Network', 'Mar-23', 'Not started', 'Carried over from 2021/22; network chair changed in November.'],
    ['D22-08', '10', 'Bring a Board member with lived experience of disability into the steering group as co-chair.', 'Company Secretary', 'Mar-23', 'On track', 'Two non-executives have expressed interest.'],
  ];
  for (const [ref, m, a, l, d, s, u] of open) p.action([ref, m, a, l, d, s, u], { ref, indicators: [m], action: a, lead: l, due: d, status: s, rag: { 'On track': 'green', 'At risk': 'amber', Delayed: 'red' }[s] ?? null, progress: u }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, { fill: S[s] }], height: 44 });
  p.blank();
  p.line(['CLOSED ACTIONS'], { merge: ['A', 'G'], style: { bold: true, fill: 'FFA6A6A6', color: C.white } });
  const G = { color: 'FF808080' };
  const closed = [
    ['D22-04', '5', 'Give staff who need it the option of a quiet room or later slot for their appraisal, and say so in the appraisal policy.', 'Head of HR Policy', 'Oct-22', 'Closed', 'Closed 20/10/22 – policy approved by JNCC.'],
    ['D22-09', '6', 'Remove the question on sickness absence from the application form for internal promotions.', 'Recruitment Manager', 'Sep-22', 'Closed', 'Closed 02/09/22 – form changed.'],
    ['D21-01', '1', 'Add "prefer not to say" reminders to the annual ESR self-service prompt.', 'Head of Workforce Information', 'Jun-21', 'Closed', 'Closed 30/06/21.'],
    ['D21-03', '3', 'Review capability cases involving disabled staff for the past two years.', 'Employee Relations Manager', 'Dec-21', 'Closed', 'Closed 14/01/22 – no disproportion found; repeat in 2023.'],
    ['D21-05', '7', 'Write a reasonable adjustments passport with the disabled staff network.', 'Chair, Disabled Staff Network', 'Mar-22', 'Closed', 'Closed 28/03/22 – passport launched.'],
  ];
  for (const [ref, m, a, l, d, s, u] of closed) {
    const vals = [ref, m, a, l, d, s, u]; const st = { style: { ...G, fill: C.grey }, height: 30, styles: [{}, { alignment: { horizontal: 'center' } }] };
    if (ref.startsWith('D22')) p.action(vals, { ref, indicators: [m], action: a, lead: l, due: d, status: s, rag: null, progress: u, completed: u.match(/\d\d\/\d\d\/\d\d/)[0] }, st);
    else p.line(vals, { ...st, border: true });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health trust) kept as a LIVE TRACKER: title 'WDES action plan 2022/23 (live tracker)', an owner / last-updated line, an italic note saying closed actions are greyed and moved to the bottom, a blank row, one purple header 'Ref | Metric | Action | Lead | Due | Status | Update' (row 5), seven open actions with status words on fills (On track light green, At risk amber, Delayed red, Not started pale grey), a blank row, a grey 'CLOSED ACTIONS' band and five greyed rows (grey fill, grey font, status 'Closed', the closure date inside the update text). Judgement calls: the plan is 2022/23, and the refs say which year each action belongs to – the closed block mixes two D22 actions CLOSED DURING THIS YEAR (they are this plan's actions, done: status 'Closed', rag null because grey is no RAG colour, progress = the update, completed = the date written in it) and three D21 actions closed in 2021/22 (last year's plan, kept for audit: non-action rows). The open D21-07 row is carried over from 2021/22 and is still open in this year's list, so it IS a current action (ref 'D21-07' as written). 'Not started' on pale grey has rag null. Metric column gives the indicator as written ('4a', '9a'). Due as shown ('Mar-23'). No theme.", { mode: 'fill', ragCol: 'F' });
}
