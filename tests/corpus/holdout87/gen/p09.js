// holdout87-wdes-2025-26-wyvernbrook: community and primary care provider, a TWO-YEAR WDES plan 2025–2027 kept as TWO ROWS PER ACTION –
// one per plan year – with the ref, metric, action, lead and measure MERGED over both rows and a year, milestone, date and status on each.
// Due = the second (final) year's date; status = this year's.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wyvernbrook Community Healthcare NHS Trust';
  const p = new Plan(book, { name: 'holdout87-wdes-2025-26-wyvernbrook', sheet: 'WDES plan 25-27', standard: 'WDES', period: '2025-26', trust, widths: [6, 9, 40, 22, 9, 34, 12, 14, 30, 30], font: { name: 'Aptos Narrow', size: 10 } });
  p.line([`${trust} · WDES action plan 2025/26 – 2026/27`], { merge: ['A', 'J'], style: { bold: true, font: { size: 13 }, color: C.teal } });
  p.line(['Two-year plan agreed by the Inclusion Steering Group in September 2025. Each action has a milestone for each year; the status shown is for 2025/26 (as at December 2025).'], { merge: ['A', 'J'], height: 26, style: { italic: true } });
  p.blank();
  p.header(['Ref', 'Metric', 'Action', 'Lead', 'Year', 'Milestone', 'By', 'Status', 'How we will know', 'Update (Dec 2025)'], { style: { fill: C.teal, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  const F = { 'On track': C.goodG, 'Some risk': C.neutralA, 'Off track': C.badR, Complete: C.lightblue, 'Not yet due': C.grey };
  const R = { 'On track': 'green', 'Some risk': 'amber', 'Off track': 'red', Complete: 'blue', 'Not yet due': null };
  const DF = 'dd mmm yy';
  const rows = [
    ['W1', '1', 'Replace the equality monitoring questions in ESR self-service with plain-English wording agreed with the Access Ability network, and remind staff twice a year.', 'Workforce Systems Manager', ['Wording changed; first reminder sent', D(2025, 12, 31), 'Complete'], ['ESR declaration reaches 9%', D(2027, 3, 31)], 'Declaration in ESR up from 5.4% to 9%', 'New wording live 3 November; reminder sent with payslips.'],
    ['W2', '2', 'Train shortlisting managers in the guaranteed interview scheme and check every vacancy\'s shortlist against it before interviews are booked.', 'Resourcing Lead', ['Check built into the recruitment system', D(2026, 3, 31), 'On track'], ['Audit of a full year of vacancies', D(2027, 3, 31)], 'Relative likelihood of appointment between 0.8 and 1.25', 'System change tested; go-live February.'],
    ['W3', '4a', 'Give district nurses, therapists and health visitors working alone in people\'s homes a way to flag a home where they have been abused, shared with the whole team.', 'Head of Community Nursing', ['Flag live in the community clinical system', D(2026, 3, 31), 'Some risk'], ['Flags reviewed with each team', D(2026, 12, 31)], 'Disabled staff harassment from patients / public below 25%', 'Supplier has quoted; funding decision at January Executive.'],
    ['W4', '4b', 'Publish how to report harassment and what happened as a result, in the staff bulletin each quarter.', 'Head of Communications', ['First "You reported, we acted" article', D(2026, 1, 31), 'Off track'], ['Quarterly article', D(2027, 3, 31)], 'More disabled staff report their last experience of harassment', 'Not started – communications capacity; re-planned for February.'],
    ['W5', '6', 'Agree a "managing health at work" conversation guide that keeps disability-related absence separate from attendance triggers.', 'Senior HR Business Partner', ['Guide agreed with staff side', D(2026, 3, 31), 'On track'], ['Guide used in every sickness review', D(2027, 3, 31)], 'Fewer disabled staff feel pressure to come to work when unwell (staff survey)', 'Second draft with staff side.'],
    ['W6', '9a, 9b', 'Fund the Access Ability network\'s chair for one day a week and give the network a seat on the Inclusion Steering Group.', 'Director of People & Culture', ['Chair\'s time funded', D(2025, 10, 31), 'Complete'], ['Network sets its own two-year priorities', D(2026, 9, 30)], 'Engagement gap closes to 0.2', 'Funded from 1 October.'],
    ['W7', '10', 'Include a disabled member of staff on the panel for the next two non-executive appointments.', 'Trust Secretary', ['—', '', 'Not yet due'], ['Two appointments made with a disabled panel member', D(2027, 3, 31)], 'Board has at least one member who shares lived experience of disability', ''],
  ];
  for (const [ref, met, act, lead, y1, y2, know, upd] of rows) {
    const st = y1[2];
    const r = p.action([ref, met, act, lead, '2025/26', y1[0], y1[1] || '', st, know, upd], { ref, indicators: met.split(', '), action: act, lead, due: shown(y2[1], DF), status: st, rag: R[st], progress: upd, outcome: know }, { styles: [{ bold: true }, { alignment: { horizontal: 'center' } }, {}, {}, {}, {}, { numFmt: DF }, { fill: F[st] }, {}, {}] });
    p.line(['', '', '', '', '2026/27', y2[0], y2[1], 'Not yet due', '', ''], { border: true, styles: [{}, {}, {}, {}, { color: 'FF595959' }, { color: 'FF595959' }, { numFmt: DF, color: 'FF595959' }, { fill: C.grey }, {}, {}] });
    for (const c of ['A', 'B', 'C', 'D', 'I', 'J']) p.ws.mergeCells(`${c}${r}:${c}${r + 1}`);
  }
  p.blank();
  p.line(['Key: On track (green) · Some risk (amber) · Off track (red) · Complete (blue) · Not yet due (grey). Year 2 statuses are set in April 2026.'], { merge: ['A', 'J'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community and primary care provider). A TWO-YEAR plan kept as TWO ROWS PER ACTION. Sheet 'WDES plan 25-27': a title naming the trust and 'WDES action plan 2025/26 – 2026/27', an italic line (agreed September 2025; a milestone for each year; status for 2025/26 as at December 2025), a blank row, the header 'Ref | Metric | Action | Lead | Year | Milestone | By | Status | How we will know | Update (Dec 2025)' (row 4, frozen), then seven actions of two rows each: Ref, Metric, Action, Lead, How we will know and Update MERGED over both rows; the upper row is the 2025/26 year (milestone, By date, this year's status), the lower row the 2026/27 year (milestone, By date, 'Not yet due' on grey); a key line at the end. Judgement calls: the plan's period is its FIRST year as stated (2025/26 – 2026/27) → '2025-26'; each action is ONE action on its upper row – the lower 2026/27 row is a non-action row of the same action; due = the By date of the FINAL year (the lower row), a real date shown 'dd mmm yy' ('31 Mar 27', '31 Dec 26', '30 Sep 26'), never the upper row's Year 1 date; status = the 2025/26 status on the upper row, rag from its fill (Complete on light blue → blue; W7's 'Not yet due' on grey → null); the lower row's 'Not yet due' is no status; the milestones are yearly steps and give no field; outcome = How we will know; progress = the Dec 2025 update ('' for W7); ref = Ref; indicators from Metric ('9a, 9b' → both); theme null. The key line is no action; 'April 2026' there is no due.", { mode: 'fill', ragCol: 8, pairs: { merged: ['A', 'B', 'C', 'D', 'I', 'J'], lower: { due: 'G' } }, notFrom: ['F'], forbidden: ['April 2026'] });
}
