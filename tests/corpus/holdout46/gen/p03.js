// holdout46-wres-2018-19-skelmoor: an ambulance trust's WRES actions kept as a JOINT LOG of its Joint Partnership Forum with the trade unions.
// Issues are raised by staff side, management or the BME network; the forum records the agreed action, joint management / staff-side leads,
// a target date, the JPF meeting that agreed it and a filled status. Two items reached NO AGREEMENT and were referred on – no action.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Skelmoor Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout46-wres-2018-19-skelmoor', sheet: 'JPF WRES log', standard: 'WRES', period: '2018-19', trust, widths: [9, 14, 44, 48, 30, 13, 12, 12], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust} – Joint Partnership Forum`], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard – joint action log 2018-19'], { merge: ['A', 'H'], style: { bold: true } });
  p.line(['Management side lead: Director of Workforce', undefined, undefined, 'Staff side lead: Staff Side Chair (UNISON)'], { merge: [['A', 'C'], ['D', 'H']] });
  p.line(['Items stay on the log until both sides agree they are complete. Items with no agreement are referred as shown and stay for the record.'], { merge: ['A', 'H'], style: { italic: true } });
  p.header(['Item', 'Raised by', 'Issue raised', 'Agreed action', 'Joint leads (management / staff side)', 'Target date', 'Agreed at JPF', 'Status'], { style: { fill: C.navy, color: C.white } });
  const FILL = { Complete: C.goodG, Open: C.neutralA, Overdue: C.badR };
  const rows = [
    ['JPF-01', 'Staff side', 'BME staff are more likely to enter formal disciplinary (WRES indicator 3).', 'Every disciplinary referral involving a BME colleague to be reviewed by a trained HR business partner and a staff-side representative before an investigation is commissioned.', 'Head of Employee Relations / UNISON Branch Secretary', D(2018, 9, 30), 'Jun-18', 'Complete'],
    ['JPF-02', 'BME network', 'Very few BME paramedics progress to team leader.', 'Open the clinical team leader development programme to paramedics with two years\' service and reserve places for BME applicants through positive action.', 'Head of Education / GMB Regional Organiser', D(2018, 12, 31), 'Jun-18', 'Open'],
    ['JPF-03', 'Staff side', 'Crews report racist abuse from the public but nothing happens after they report it (WRES indicator 5).', 'Agree a joint statement with the police on prosecuting racist abuse of ambulance staff, and give crews a debrief after every reported incident.', 'Head of Security / Unite Convenor', D(2018, 11, 30), 'Jul-18', 'Overdue'],
    ['JPF-04', 'Management', 'Shortlisting data for emergency care assistant posts is incomplete.', 'Record ethnicity at each stage of recruitment on the applicant tracking system and report it to the forum each quarter.', 'Recruitment Manager / Staff Side Chair', D(2018, 10, 31), 'Jul-18', 'Complete'],
    ['JPF-05', 'Staff side', 'BME colleagues say they are excluded from overtime and acting-up opportunities on some stations.', 'Publish all acting-up opportunities on the intranet and audit overtime allocation on four stations.', 'Area Operations Managers / UNISON Branch Secretary', D(2019, 1, 31), 'Sep-18', 'Open'],
    ['JPF-06', 'BME network', 'Staff do not trust the grievance process when the complaint is about a manager (WRES indicator 6).', 'Train a pool of independent investigators from outside the line of management, including BME investigators.', 'Head of Employee Relations / GMB Regional Organiser', D(2019, 3, 31), 'Sep-18', 'Open'],
    ['JPF-07', 'Staff side', 'Release for BME network meetings is refused on operational grounds.', 'No agreement – staff side asked for protected release; management position is release subject to rota cover. Referred to Trust Board, October 2018.', '—', undefined, 'Sep-18', 'Referred'],
    ['JPF-08', 'Management', 'Board membership does not reflect the communities we serve (WRES indicator 9).', 'Use a search agency with a record of diverse shortlists for the next two non-executive appointments.', 'Company Secretary / Staff Side Chair', D(2019, 3, 31), 'Nov-18', 'Open'],
    ['JPF-09', 'Staff side', 'Unconscious bias training should be mandatory for all managers.', 'No agreement – management will include bias in the new manager programme instead of a separate mandatory course. Referred to the Workforce Committee, December 2018.', '—', undefined, 'Nov-18', 'Referred'],
    ['JPF-10', 'BME network', 'Exit interviews do not ask about race or discrimination.', 'Add questions on discrimination and bullying to the exit questionnaire and report leavers\' reasons by ethnicity twice a year.', 'Workforce Information Lead / Unite Convenor', D(2019, 2, 28), 'Jan-19', 'Open'],
  ];
  const noAg = [];
  for (const [ref, by, issue, act, leads, due, jpf, st] of rows) {
    const vals = [ref, by, issue, act, leads, due, jpf, st];
    const styles = [{}, {}, {}, {}, {}, { numFmt: 'dd/mm/yyyy' }, {}, FILL[st] ? { fill: FILL[st] } : {}];
    if (act.startsWith('No agreement')) { noAg.push(p.line(vals, { border: true, styles })); continue; }
    const ind = /WRES indicator (\d)/.exec(issue);
    p.action(vals, { ref, action: act, lead: leads, due: `${String(due.getUTCDate()).padStart(2, '0')}/${String(due.getUTCMonth() + 1).padStart(2, '0')}/${due.getUTCFullYear()}`, status: st, rag: { Complete: 'green', Open: 'amber', Overdue: 'red' }[st], indicators: ind ? [ind[1]] : [] }, { styles });
  }
  p.blank();
  p.line(['Key: Complete (green) – both sides agree the action is done; Open (amber) – in progress; Overdue (red) – past its target date; Referred – no agreement, sent to the body named.'], { merge: ['A', 'H'], style: { italic: true } });
  p.line(['Next JPF: 14 March 2019'], { merge: ['A', 'C'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an ambulance trust) kept as a JOINT LOG of the Joint Partnership Forum (management and trade unions): title naming the trust and the forum, log title, a line naming the management-side and staff-side leads (two merged cells), an italic note on how items stay on the log, then a navy header on row 5 'Item | Raised by | Issue raised | Agreed action | Joint leads (management / staff side) | Target date | Agreed at JPF | Status', ten items, a blank row, a key line and the next meeting date. Each item records who raised it (staff side, management, BME network), the issue, the action both sides agreed, JOINT leads written 'management lead / trade-union lead', a real target date (dd/mm/yyyy), the month of the JPF that agreed it (mmm-yy text) and a status word on a fill (Complete green, Open amber, Overdue red). Two items (JPF-07, JPF-09) reached NO AGREEMENT: their 'Agreed action' cell records the two positions and where the item was referred, leads '—', no target date, status 'Referred' unfilled. Judgement calls: the no-agreement items are NOT actions (nothing was agreed to be done; they stay on the log for the record) – plain non-action rows; action = 'Agreed action', never the issue; lead = the joint-leads cell as written, both sides kept ('Head of Employee Relations / UNISON Branch Secretary'); ref = the item code; due = the target date as shown, never the JPF month; indicators only where the issue names a WRES indicator ('(WRES indicator 3)' → ['3']), otherwise []; status = the word, rag = its fill. The management-side / staff-side leads above the table, the next-meeting date and the key are context.", { mode: 'fill', ragCol: 'H', fieldCols: { ref: 'A', lead: 'E', due: 'F', status: 'H' }, indicatorsFrom: 'C', noAgreement: { col: 'D', rows: noAg }, forbidden: ['Director of Workforce', 'Staff Side Chair (UNISON)', 'Jun-18', 'Jul-18', 'Sep-18', 'Nov-18', 'Jan-19', '14 March 2019'], notFrom: ['B', 'C', 'G'] });
}
