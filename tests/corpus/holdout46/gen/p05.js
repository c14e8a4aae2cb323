// holdout46-wres-2024-25-coldharrow: a community trust's 'You said, we did' grid produced with its Ethnic Minority Staff Network for the
// network's annual meeting: two-row header ('Looking back 2023-24' over You said / We did, 'Looking forward 2024-25' over the next steps);
// each row = what staff said, what the trust did, and the next action with Who / By when / WRES; one row has no next step (business as usual).
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Coldharrow Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout46-wres-2024-25-coldharrow', sheet: 'You said we did', standard: 'WRES', period: '2024-25', trust, widths: [40, 44, 46, 26, 14, 10], font: { name: 'Calibri', size: 11 } });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 }, color: C.purple } });
  p.line(['You said, we did – race equality at work: what changed in 2023-24 and what we will do in 2024-25'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(["Produced with the Ethnic Minority Staff Network for the network's annual meeting, May 2024. 'You said' comes from the network's listening sessions and the 2023 NHS Staff Survey comments."], { merge: ['A', 'F'], height: 30, style: { italic: true } });
  p.header(['Looking back (2023-24)', undefined, 'Looking forward (2024-25)'], { merge: [['A', 'B'], ['C', 'F']], style: { fill: C.purple, color: C.white, alignment: { horizontal: 'center' } } });
  p.header(['You said', 'We did', 'What we will do next', 'Who', 'By when', 'WRES'], { style: { fill: C.lilac } });
  const rows = [
    ['"Nobody tells us about secondments – they go to people the manager already knows."', 'Advertised every secondment and acting-up post on the intranet from September 2023; 31 posts advertised.', 'Report who applies for and gets secondments by ethnicity every six months, starting with the October 2024 report.', 'Head of Workforce Planning', 'October 2024', '1, 7'],
    ['"Interview panels all look the same."', 'Trained 26 colleagues from the network as inclusive panel members.', 'Put a trained inclusive panel member on every interview for Band 7 and above.', 'Recruitment Lead', 'June 2024', '2'],
    ['"Patients in their own homes are racist to us and we have nobody to tell."', 'Added a racism option to the lone-working incident form and briefed district nursing teams.', 'Agree a letter, signed by the Chief Executive, that teams can send to patients or families who are racist to staff, and offer every staff member affected a debrief.', 'Director of Nursing and Quality', 'September 2024', '5'],
    ['"Investigations into Black staff take longer and feel harsher."', 'Started reviewing every case for ethnic minority colleagues before it went formal; formal cases fell from 14 to 8.', 'Nothing further – this is now part of business as usual.', '—', '—', '3'],
    ['"We want to learn to lead, not just to do the job."', 'Ran the first Reach Higher leadership course for 18 ethnic minority colleagues at Bands 5–7.', 'Run two more Reach Higher cohorts and give each participant a senior sponsor.', 'Head of Organisational Development', 'March 2025', '7'],
    ['"Managers do not know what to say when we raise racism."', 'Held four "Talking about race" sessions; 140 managers attended.', 'Make "Talking about race" part of the mandatory new-manager programme.', 'Head of Organisational Development', 'January 2025', '6, 8'],
    ['"The network needs time and a budget."', 'Agreed two hours a month of protected time for network members.', 'Give the network a budget of its own and a place at the Workforce Committee.', 'Chief People Officer', 'April 2024', '—'],
    ['"Internationally educated nurses are left on Band 5 for years."', 'Mapped the bands of all internationally educated nurses: 62% are still at Band 5 after three years.', 'Offer every internationally educated nurse a career conversation and a named development plan.', 'Deputy Director of Nursing', 'December 2024', '1'],
    ['"We never hear what the Board does with our feedback."', 'Network chair presented to the Board in November 2023.', 'Ask the Board to publish a short reply to each network report within a month.', 'Company Secretary', 'July 2024', '9'],
  ];
  const bau = [];
  for (const [said, did, next, who, when, w] of rows) {
    if (next.startsWith('Nothing further')) { bau.push(p.line([said, did, next, who, when, w], { border: true })); continue; }
    p.action([said, did, next, who, when, w], { action: next, lead: who, due: when, progress: did, indicators: w === '—' ? [] : w.split(', ') });
  }
  p.blank();
  p.line(['Thank you to everyone who came to a listening session or wrote to the network.'], { merge: ['A', 'F'], style: { italic: true } });
  p.line(['Contact the Ethnic Minority Staff Network through the staff intranet.'], { merge: ['A', 'F'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a community health trust) as a 'YOU SAID, WE DID' grid produced with the Ethnic Minority Staff Network: trust name, a title naming both years, an italic line on where 'You said' comes from, then a TWO-ROW header – row 4 'Looking back (2023-24)' merged over A:B and 'Looking forward (2024-25)' merged over C:F, row 5 'You said | We did | What we will do next | Who | By when | WRES' – nine rows, a blank row, a thank-you line and a contact line. Each row pairs a staff quote and last year's completed work with the next action. One row's next step is 'Nothing further – this is now part of business as usual.' with '—' for Who and By when. Judgement calls: the action is 'What we will do next' (the forward commitment with its Who and By when), never the quote or 'We did'; progress = 'We did' (the work already done on that issue); the business-as-usual row is NOT an action (it says there is nothing further to do) – a plain non-action row; lead = 'Who' as written, due = 'By when' as written; indicators from the WRES column in order ('1, 7' → ['1','7'], '6, 8' → ['6','8'], '—' → []); no status or RAG (rag null); no refs; theme null (the two-row header's bands are header, not themes).", { fieldCols: { lead: 'D', due: 'E', progress: 'B' }, indicatorsFrom: 'F', dataRows: bau, notFrom: ['A'] });
}
