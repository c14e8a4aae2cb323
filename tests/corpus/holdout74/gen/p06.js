// holdout74-wres-2022-23-kirkbrough: large acute teaching FT, the EDI team's working tracker at Q2: three theme rows; under two of them a
// STAFF-VOICE QUOTE row from the listening events sits in the Action column; the author's red 'TO DO (KR): …' reminder is left in the grid
// under theme 1. Exec lead beside Action lead; B/G/A/R letters on fills; frozen at the header and the Action column, filter buttons.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Kirkbrough Teaching Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout74-wres-2022-23-kirkbrough', sheet: 'Tracker', standard: 'WRES', period: '2022-23', trust, widths: [7, 8, 54, 20, 26, 10, 42, 7], font: { name: 'Calibri', size: 10 } });
  const ws = p.ws;
  p.line([`${trust} – WRES Action Plan 2022-23 (tracker)`], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 } } });
  p.line(['Q2 position, 30 September 2022. This version reviewed with the Race Equality Network co-chairs on 11 October 2022.'], { merge: ['A', 'H'], style: { italic: true } });
  p.line(['RAG:  B = complete   G = on track   A = at risk   R = off track'], { merge: ['A', 'H'], style: { font: { size: 9 } } });
  const hdr = p.header(['Ref', 'WRES ind.', 'Action', 'Exec lead', 'Action lead', 'Due', 'Q2 update', 'RAG'], { style: { fill: C.navy, color: C.white }, height: 18 });
  const F = { B: C.blue, G: C.green, A: C.amber, R: C.red }; const RG = { B: 'blue', G: 'green', A: 'amber', R: 'red' };
  const ig = {}; const secs = []; let theme = null;
  const sec = (t) => { theme = t; secs.push(p.line([t], { merge: ['A', 'H'], border: true, style: { bold: true, fill: C.paleblue, font: { size: 11 } } })); };
  const act = (ref, ind, a, exec, lead, due, upd, rag) => p.action([ref, ind, a, exec, lead, due, upd, rag], { ref, indicators: ind.split(', '), theme, action: a, lead, due, status: rag, rag: RG[rag], progress: upd },
    { styles: [{}, { alignment: { horizontal: 'center' } }, {}, { color: 'FF595959' }, {}, {}, {}, { fill: F[rag], bold: true, alignment: { horizontal: 'center' }, color: rag === 'B' ? C.white : undefined }] });
  const quote = (t) => { const r = p.line(['', '', t], { border: true, styles: [{}, {}, { italic: true, color: C.purple, fill: 'FFF3EEF8' }] }); ig[r] = 'staff-voice quote row'; return r; };
  sec('Theme 1 – Data and accountability');
  act('1.1', '1', 'Publish a quarterly race equality dashboard for each clinical division showing ethnic minority staff by band, starters and leavers.', 'Chief People Officer', 'Head of Workforce Information', 'Jun 2022', 'Dashboard published for Q1; divisions now review it at performance meetings.', 'B');
  act('1.2', '1', 'Agree a target with each division for ethnic minority representation at Band 8a and above by March 2025, and report progress to the People Committee.', 'Chief People Officer', 'Divisional Directors of Operations', 'Dec 2022', 'Draft targets: Medicine 14%, Surgery 11%, Women’s & Children’s 12%.', 'A');
  const todo = p.line(['', '', 'TO DO (KR): check the indicator 1 figures with the ESR team before this goes to the Board – the targets in 1.2 use the draft return.'], { border: true, styles: [{}, {}, { bold: true, color: C.red }] });
  ig[todo] = 'author to-do row';
  act('1.3', '9', 'Include a race equality objective in every executive director’s appraisal for 2022-23.', 'Chief Executive', 'Director of Corporate Governance', 'Jul 2022', 'Objectives set for all nine executive directors.', 'B');
  sec('Theme 2 – Recruitment and progression');
  const q1 = quote('“I have acted up as a Band 7 for two years and have never been interviewed for the substantive post.” – staff nurse, Race Equality Network listening event, June 2022');
  act('2.1', '2', 'Use de-personalised shortlisting (name, age and photograph hidden on TRAC) for every post at Band 6 and above.', 'Chief People Officer', 'Head of Recruitment', 'Sep 2022', 'Switched on from 1 September.', 'B');
  act('2.2', '2', 'Train 120 inclusive recruitment champions to sit on Band 7 and above panels, at least half of them from ethnic minority backgrounds.', 'Chief Nurse', 'Lead Nurse for Workforce', 'Mar 2023', '68 champions trained so far.', 'G');
  act('2.3', '7', 'Run two cohorts of the “Ready Now” programme for ethnic minority staff at Bands 5 to 7, each participant matched with a senior sponsor.', 'Chief People Officer', 'Head of Leadership & OD', 'Jan 2023', 'Cohort 1 started in September with 22 staff; cohort 2 recruiting.', 'G');
  act('2.4', '4', 'Audit access to CPD funding by ethnicity in the nursing and AHP professions and close any gap found.', 'Chief Nurse', 'Head of Education', 'Nov 2022', 'Audit delayed by the move to the new learning system.', 'R');
  sec('Theme 3 – Culture and belonging');
  const q2 = quote('“When a patient calls me names, the answer is usually ‘ignore it, they’re unwell’.” – healthcare support worker, listening event, July 2022');
  act('3.1', '5', 'Bring in a procedure for staff to follow after racist abuse from patients or visitors, including a letter to the patient from the divisional director.', 'Chief Nurse', 'Head of Patient Experience', 'Oct 2022', 'Letter template agreed; procedure goes to the policy group on 18 October.', 'A');
  act('3.2', '6, 8', 'Introduce civility and respect training for ward and department managers, co-delivered by members of the Race Equality Network.', 'Chief People Officer', 'Head of Leadership & OD', 'Mar 2023', 'Pilot in Surgery booked for November.', 'G');
  act('3.3', '3', 'Have every disciplinary case involving an ethnic minority colleague reviewed by the Deputy Chief People Officer before a hearing is arranged.', 'Chief People Officer', 'Deputy Chief People Officer', 'Jun 2022', 'In place; seven cases reviewed, three closed informally.', 'B');
  ws.views = [{ state: 'frozen', ySplit: hdr, xSplit: 3 }];
  ws.autoFilter = `A${hdr}:H${hdr}`;
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional acute teaching FT), the EDI team's working tracker at Q2. Sheet 'Tracker': title with the trust, an italic position / review line, a RAG key, the navy header 'Ref | WRES ind. | Action | Exec lead | Action lead | Due | Q2 update | RAG' (row ${hdr}; frozen at the header and after the Action column; filter buttons), three pale-blue THEME rows with ten actions. In-grid non-action rows: row ${todo} (author to-do row) – a bold red 'TO DO (KR): check the indicator 1 figures with the ESR team before this goes to the Board …' typed in the Action column: the author's own reminder, not an action of the plan, and it changes nothing in 1.2; row ${q1} and row ${q2} (staff-voice quote rows) – a purple italic quotation from a listening event in the Action column at the top of themes 2 and 3 ('“I have acted up as a Band 7 for two years …” – staff nurse, …'): what staff said, not actions, and not themes (the theme is the theme row above). Judgement calls: theme = the theme row above; indicators from 'WRES ind.' ('6, 8' → both); lead = Action lead, NEVER the Exec lead; due = Due as typed; ref = Ref; progress = the Q2 update; status = the letter, rag from its fill (B on blue = complete). The review date in the line above the header is no due.`,
    { mode: 'fill', ragCol: 8, sections: secs, notFrom: ['D'], forbidden: ['11 October 2022', '30 September 2022', 'KR'], inGrid: ig });
}
