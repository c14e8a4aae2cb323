// holdout45-wdes-2025-26-cheviot: an ICB's own-staff WDES plan with a DATED UPDATE COLUMN per review ('Update 15.05.25', 'Update 21.08.25',
// 'Update 20.11.25', 'Update Feb 26' still empty) beside ONE Status column updated in place; a version / executive sponsor block above the
// header; leads written as a name and team; an action added by the People Committee in July (empty first update).
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Cheviot and Tweed Integrated Care Board';
  const p = new Plan(book, { name: 'holdout45-wdes-2025-26-cheviot', sheet: 'WDES Action Plan', standard: 'WDES', period: '2025-26', trust, widths: [6, 9, 44, 24, 10, 12, 28, 28, 28, 18], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'J'], style: { bold: true, font: { size: 13, color: { argb: C.nhs } } } });
  p.line(['Workforce Disability Equality Standard – ICB staff action plan 2025/26'], { merge: ['A', 'J'], style: { bold: true } });
  p.line(['Executive sponsor:', '', 'Director of People and Culture'], { style: { bold: true }, styles: [{}, {}, { bold: false }] });
  p.line(['Version:', '', 'v4 – updated after the People Committee, 20/11/25'], { style: { bold: true }, styles: [{}, {}, { bold: false }] });
  p.line(['Status key:', '', 'On track (green)  ·  At risk (amber)  ·  Off track (red)  ·  Complete (blue). Add a new dated column at each review – do not overwrite earlier updates.'], { merge: ['C', 'J'], style: { bold: true }, styles: [{}, {}, { bold: false, italic: true }] });
  p.blank();
  p.header(['Ref', 'WDES metric', 'Action', 'Lead', 'Due', 'Status', 'Update 15.05.25', 'Update 21.08.25', 'Update 20.11.25', 'Update Feb 26'], { style: { fill: C.nhs, color: C.white, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } } });
  const F = { 'On track': C.lightgreen, 'At risk': C.amber, 'Off track': C.red, 'Complete': C.lightblue };
  const R = { 'On track': 'green', 'At risk': 'amber', 'Off track': 'red', 'Complete': 'blue' };
  const rows = [
    ['D1', '1', "Run a 'Why declare?' campaign for ICB staff with the Disability and Neurodiversity Network, aiming for fewer than 10% unknown.", 'Sam Hurworth, Workforce Intelligence', 'Sep-25', 'Complete', ['Campaign content agreed with the network.', 'Campaign ran in July; unknown now 9%.', '']],
    ['D2', '2', "Test the ICB's job adverts and assessment centres for accessibility, using the network's mystery-shopper panel.", 'Priya Nandakumar, Recruitment', 'Dec-25', 'On track', ['Panel of six recruited.', 'Two recruitment campaigns tested.', 'Report drafted; eight changes recommended.']],
    ['D3', '4a', "Publish a route for staff to report harassment by providers' staff or the public at ICB-hosted meetings and visits.", 'Head of Corporate Governance', 'Oct-25', 'At risk', ['Scoping.', 'Draft route with Legal.', 'Legal advice awaited; likely to slip to January.']],
    ['D4', '5', 'Make sure neurodivergent staff who ask for a workplace needs assessment have one within eight weeks.', 'Gill Armitage, OD', 'Mar-26', 'On track', ['Provider framework agreed.', 'Eleven assessments; average wait 6 weeks.', 'Nineteen assessments; average wait 5 weeks.']],
    ['D5', '6', 'Add a question on pressure to work when unwell to the ICB pulse survey and brief managers on the results.', 'Gill Armitage, OD', 'Jan-26', 'Off track', ['Not started.', 'Pulse survey paused during the ICB restructure.', 'Still paused – restructure consultation runs to December.']],
    ['D6', '7', "Hold quarterly 'Ask the Exec' sessions with the Disability and Neurodiversity Network.", 'Chief People Officer', 'Quarterly', 'On track', ['First session 28/04/25.', 'Second session 30/07/25.', 'Third session 29/10/25; 22 attended.']],
    ['D7', '9a', 'Agree protected time for the network leads and record it in their job plans.', 'Chief People Officer', 'Jul-25', 'Complete', ['Half a day a week agreed.', 'Recorded in the job plans of all three leads.', '']],
    ['D8', '3', "Add a disability check to the ICB's capability process before any stage one meeting.", 'Head of HR', 'Mar-26', 'On track', ['', 'Added by the People Committee on 10/07/25.', 'Policy change agreed in principle by the JCNC.']],
  ];
  const ragCells = {}; const U = ['G', 'H', 'I', 'J'];
  for (const [ref, ind, a, lead, due, st, ups] of rows) {
    const u = [...ups, '']; const lastUp = [...u].reverse().find((x) => x) || '';
    const r = p.action([ref, ind, a, lead, due, st, ...u], { ref, indicators: [ind], action: a, lead, due, status: st, rag: R[st], progress: lastUp }, { styles: [{ bold: true }, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, {}, { fill: F[st] }] });
    ragCells[r] = 'F';
  }
  p.blank();
  p.line(['Approved by the People Committee on 10/04/25. Progress is reported to the ICB Board through the People Committee each quarter.'], { merge: ['A', 'J'], style: { italic: true, font: { size: 8 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional integrated care board, its own staff): title, plan name, then a small label block in A / C – 'Executive sponsor: Director of People and Culture', 'Version: v4 – updated after the People Committee, 20/11/25', 'Status key: …' with an instruction to add a new dated column at each review – then ONE header row (row 7) 'Ref | WDES metric | Action | Lead | Due | Status | Update 15.05.25 | Update 21.08.25 | Update 20.11.25 | Update Feb 26'. There is ONE Status column, overwritten at each review (word on a fill: On track green, At risk amber, Off track red, Complete blue); the updates are kept as DATED COLUMNS, the February 2026 column drawn but empty. D1 and D7 were complete by August (nothing in November); D8 was added by the People Committee in July (empty May update). Leads are written as a name and team ('Sam Hurworth, Workforce Intelligence') or a post. An approval line under the table. Judgement calls: progress = the LATEST FILLED dated update (November for most, August for D1 and D7); earlier updates are history; status = the Status word, rag = its fill; the executive sponsor is not a lead of any action and the version / approval dates are not dues; D3's 'likely to slip to January' does not change its due (Oct-25 is still what the Due cell says); due as typed ('Sep-25', 'Quarterly'); lead as written (name and team kept together); indicators from the WDES metric column ('4a', '9a'); no theme rows.", { ragCells, latest: { field: 'progress', cols: U }, forbidden: ['Director of People and Culture', '20/11/25', '10/04/25'] });
}
