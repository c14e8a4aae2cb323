// holdout36-wres-2023-24-dunmorrow: an ambulance trust's WRES plan CO-OWNED with its race equality network: each action has a trust
// lead and a network partner, the trust writes its update, the network writes its own view beside it, and the status is the one agreed at
// the joint meeting (the two sides sometimes read the same action differently).
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Dunmorrow Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout36-wres-2023-24-dunmorrow', sheet: 'Joint plan 23-24', standard: 'WRES', period: '2023-24', trust, widths: [6, 10, 46, 22, 22, 12, 36, 36, 14], font: { name: 'Arial', size: 10 } });
  p.line([`${trust} and REACH (Race, Ethnicity and Culture Network)`], { merge: ['A', 'I'], style: { bold: true, font: { size: 13 } } });
  p.line(['Joint WRES action plan 2023-24'], { merge: ['A', 'I'], style: { bold: true, font: { size: 12 }, color: C.darkblue } });
  p.line(['This plan is owned jointly. Every action has a trust lead and a REACH partner. The trust lead writes the update in column G; REACH adds its own view in column H before each joint review. The status in column I is the one agreed at the joint review (last review: 14 February 2024).'], { merge: ['A', 'I'], height: 40 });
  p.blank();
  p.line(['', '', '', 'Who', '', '', 'What each side says', '', ''], { border: true, merge: [['D', 'E'], ['G', 'H']], style: { bold: true, fill: C.paleblue, alignment: { horizontal: 'center' } }, kind: 'header' });
  p.header(['No.', 'WRES indicator', 'Action', 'Trust lead', 'REACH partner', 'By', 'Trust update', 'REACH view', 'Agreed status'], { style: { fill: C.paleblue } });
  const SF = { Complete: C.green, 'In progress': C.amber, 'Not yet started': C.red, 'Partly complete': C.amber };
  const SR = { Complete: 'green', 'In progress': 'amber', 'Not yet started': 'red', 'Partly complete': 'amber' };
  const df = 'dd/mm/yy';
  const acts = [
    ['1', '2', 'Put a REACH member on every shortlisting and interview panel for paramedic team leader posts.', 'Head of Recruitment', 'REACH Vice-Chair', D(2023, 9, 30), 'Done for all 11 campaigns since June.', 'Agree – members say panels listened.', 'Complete'],
    ['2', '6', 'Launch a racism reporting button on the staff app that goes straight to the Freedom to Speak Up team.', 'Head of Digital Workforce', 'REACH Chair', D(2023, 12, 31), 'Button live in November; 19 reports so far.', 'Live, but most crews have not heard of it yet – needs a station roadshow.', 'Partly complete'],
    ['3', '5', 'Agree with the police how crews report racist abuse from patients, and brief every station.', 'Head of Security and Violence Reduction', 'REACH Secretary', D(2024, 3, 31), 'Protocol drafted with both forces.', 'We have not seen the draft yet.', 'In progress'],
    ['4', '3', 'Have an independent reviewer check every disciplinary investigation involving an ethnic minority colleague before a hearing is called.', 'Head of Employee Relations', 'REACH Vice-Chair', D(2023, 10, 31), 'Process in place from October.', 'Agree.', 'Complete'],
    ['5', '7', 'Run a career clinic at each hub for ethnic minority staff thinking about specialist paramedic roles.', 'Head of Clinical Education', 'REACH Events Lead', D(2024, 2, 29), 'Clinics at 4 of 6 hubs.', 'Hubs in the north still waiting.', 'In progress'],
    ['6', '4', 'Publish who gets funded CPD each year by ethnicity, grade and hub.', 'Head of Clinical Education', 'REACH Chair', D(2024, 3, 31), 'Data pulled; first table with the Director of People.', 'Asked to see it before it is published.', 'In progress'],
    ['7', '9', 'Pair each executive director with a REACH member for a year of reverse mentoring.', 'Chief Executive', 'REACH Chair', D(2023, 11, 30), 'Seven pairs set up and meeting.', 'Two pairs have not met since September.', 'Partly complete'],
    ['8', '1', 'Set a target for ethnic minority representation in the emergency operations centres and report it quarterly.', 'Director of People', 'REACH Secretary', D(2024, 3, 31), 'Not started – waiting for the workforce plan.', 'Disappointed this has slipped again.', 'Not yet started'],
  ];
  for (const [no, ind, act, lead, partner, due, tu, rv, st] of acts) {
    p.action([no, ind, act, lead, partner, due, tu, rv, st], { ref: no, indicators: [ind], action: act, lead, due: shown(due, df), status: st, rag: SR[st], progress: tu },
      { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, { italic: true }, { numFmt: df }, {}, { italic: true, color: 'FF7030A0' }, { fill: SF[st], bold: true }] });
  }
  p.blank();
  p.line(['Signed off at the joint review:', '', '', 'for the trust: Director of People', 'for REACH: Network Chair', '', '', '', ''], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an ambulance trust) CO-OWNED with its race equality network REACH: a title naming the trust AND the network, 'Joint WRES action plan 2023-24', an ownership paragraph (trust lead writes column G, REACH adds its view in column H, column I is the status agreed at the joint review), a blank row, a TWO-ROW HEADER (a band row 'Who' merged over D:E and 'What each side says' merged over G:H, then 'No. | WRES indicator | Action | Trust lead | REACH partner | By | Trust update | REACH view | Agreed status'), eight actions, and a sign-off line naming both sides' signatories. The REACH partner and REACH view are in italics (the view in purple font). Judgement calls: lead = the Trust lead (the accountable owner; the REACH partner is the network's co-owner and is not merged into the lead, and the sign-off line's 'Director of People' / 'Network Chair' are not leads); progress = the Trust update – the REACH view is the network's commentary, kept out of progress even where it disagrees (action 2's 'Partly complete' reflects it); status = the Agreed status word, rag = its fill (Complete green, In progress / Partly complete amber, Not yet started red); due = By as shown (dd/mm/yy); both header rows are headers; theme null.", { mode: 'fill', ragCol: 9, notFrom: ['E', 'H'] });
}
