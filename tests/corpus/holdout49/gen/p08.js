// holdout49-wres-2021-22-tarnside: a primary-care collaborative's WRES plan whose progress is NOTES APPENDED IN ONE CELL, each line
// starting with a date and the writer's initials, oldest first; priority rows; leads as initials with a who's-who list under the plan.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Tarnside Primary Care Collaborative';
  const p = new Plan(book, { name: 'holdout49-wres-2021-22-tarnside', sheet: 'Race equality plan', standard: 'WRES', period: '2021-22', trust, widths: [5, 50, 10, 12, 14, 62] });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 }, color: C.purple } });
  p.line(['Workforce race equality plan 2021–22 (WRES) – for the 14 member practices and the collaborative\'s hub team'], { merge: ['A', 'F'], style: { bold: true } });
  p.blank();
  p.header(['#', 'What we will do', 'Who', 'By', 'WRES indicator', 'Progress notes (add a new line each time: date, initials, note)'], { style: { fill: C.lilac } });
  const pri = [
    ['Priority 1 – Knowing our workforce', [
      ['1', 'Collect ethnicity for every salaried GP, nurse, ARRS role and admin team member across the member practices.', 'RK', 'Sept 21', '1', '12/07/21 RK – template sent to all practice managers.\n20/09/21 RK – 11 of 14 practices returned.\n15/12/21 RK – all 14 returned; not stated 7%.'],
      ['2', 'Build a shared recruitment pack with inclusive adverts and a standard interview scoring sheet.', 'JO', 'Dec 21', '2', '02/08/21 JO – draft pack agreed with practice managers\' forum.\n08/11/21 JO – pack live on the shared drive.'],
    ]],
    ['Priority 2 – Treating people fairly', [
      ['3', 'Agree a collaborative-wide grievance and disciplinary route so that small practices get independent HR advice.', 'DM', 'Mar 22', '3', '10/09/21 DM – HR advice contract scoped.\n17/01/22 DM – contract out to tender; decision February.'],
      ['4', 'Offer racism-awareness training to reception and care navigator teams who face abuse from patients.', 'SP', 'Jan 22', '5', '04/10/21 SP – trainer booked.\n29/11/21 SP – first two sessions held (31 staff).\n24/01/22 SP – sessions paused, Omicron; rebooked March.'],
      ['5', 'Write a zero-tolerance statement on racist abuse for every practice waiting room and website.', 'SP', 'Oct 21', '5', '18/10/21 SP – statement agreed and sent to practices.'],
      ['6', 'Set up a peer support group for BME staff across the collaborative, meeting online every month.', 'JO', 'Nov 21', '6, 8', ''],
    ]],
    ['Priority 3 – Opportunities and leadership', [
      ['7', 'Ring-fence two places on the PCN leadership course for BME staff.', 'DM', 'Mar 22', '4', '01/12/21 DM – places agreed with the training hub.'],
      ['8', 'Invite a BME clinician to join the collaborative board as an associate member.', 'Chair', 'Mar 22', '9', '14/02/22 Chair – expressions of interest invited; closes 11 March.'],
    ]],
  ];
  const secs = [];
  for (const [head, acts] of pri) {
    secs.push(p.line([head], { merge: ['A', 'F'], style: { bold: true, color: C.purple } }));
    for (const [n, act, who, by, ind, notes] of acts) p.action([n, act, who, by, ind, notes], { ref: n, indicators: ind.split(', '), theme: head, action: act, lead: who, due: by, progress: notes }, { height: notes ? 15 * notes.split('\n').length + 4 : undefined });
  }
  p.blank();
  p.line(['Who\'s who:'], { style: { bold: true } });
  for (const w of ['RK – Rachel Kaur, Workforce Lead (hub team)', 'JO – James Okafor, Practice Manager, Beckside Surgery', 'DM – Dawn Mellor, Business Manager', 'SP – Sunita Patel, Training Hub Lead']) p.line(['', w]);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional primary-care collaborative of GP practices): the collaborative (row 1, purple), the plan line for 2021–22 naming the member practices and hub team (row 2), a blank row, one lilac header '# | What we will do | Who | By | WRES indicator | Progress notes (add a new line each time: date, initials, note)' (row 4), three purple PRIORITY rows ('Priority 1 – Knowing our workforce' …) over eight actions, and under a blank row a 'Who's who:' list decoding the initials. PROGRESS IS RECORDED AS NOTES APPENDED IN ONE CELL: each Progress notes cell holds one to three lines, OLDEST FIRST, each starting with a date and the writer's initials ('20/09/21 RK – 11 of 14 practices returned.'); one cell is empty. No status column and no colours. Judgement calls: progress = the whole cell as written, all its dated lines in their order (the latest is the last line; earlier lines are kept, not dropped); status '' on every row – no status is stated, and words inside the notes ('paused', 'live') are not turned into a status; rag null; completed '' – the dates in the notes are when each note was written, not completion dates, and none is a due; lead = Who as written ('RK', 'Chair') – the who's-who list decodes the initials but the gold keeps the cell as written; due = By as typed ('Sept 21'); indicators from the WRES indicator column ('6, 8' → ['6','8']); ref = #; theme = the priority row above; the who's-who lines are not actions.", { sections: secs, progressCol: 'F' });
}
