// holdout66-wdes-2022-23-cresswold: a mental health trust's People and Culture Committee progress report on its WDES plan. The
// committee's comments from the last meeting are written as their own rows, in blue italic, in the Update column only; one row says an
// action was closed at an earlier meeting; one row points to an appendix; a one-line count of actions by status closes the grid.
import { Book, Plan } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Cresswold Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout66-wdes-2022-23-cresswold', sheet: 'WDES progress', standard: 'WDES', period: '2022-23', trust, widths: [6, 9, 52, 24, 12, 12, 50], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust} – People and Culture Committee`], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } } });
  p.line(['Agenda item 7b', undefined, 'WDES action plan 2022-23: progress report', undefined, '13 October 2022'], { style: { bold: true } });
  p.line(['Author: Equality and Inclusion Lead', undefined, undefined, 'Executive sponsor: Director of People'], {});
  p.blank();
  p.header(['Ref', 'WDES metric', 'Action', 'Lead', 'Due', 'Status', 'Update'], { style: { fill: 'FFB4C6E7' } });
  const comment = (t) => p.line([undefined, undefined, undefined, undefined, undefined, undefined, t], { border: true, style: { italic: true, color: 'FF2F5597' } });
  const act = ([ref, m, a, lead, due, st, upd]) => p.action([ref, m, a, lead, due, st, upd], { ref, indicators: m ? String(m).split(/\s*\/\s*/) : [], theme: null, action: a, lead, due, status: st, rag: null, progress: upd });
  act(['D1', '1', 'Run a campaign inviting staff to update their disability status on ESR, with a short film from the Disability Staff Network.', 'Workforce Systems Manager', 'Nov 2022', 'On track', 'Film recorded; campaign launches in November with payslip message.']);
  comment('Committee comment (July): members asked that the campaign explain why the data matters and how it is kept confidential.');
  act(['D2', '2', 'Offer a guaranteed interview to disabled applicants who meet the essential criteria, and audit adherence twice a year.', 'Head of Recruitment', 'Sep 2022', 'Complete', 'First audit: 97% adherence across 212 vacancies.']);
  act(['D3', '3', 'Add a reasonable-adjustments check to the capability policy before any formal stage begins.', 'Head of Employee Relations', 'Dec 2022', 'At risk', 'Policy redraft with staff side; agreement not yet reached.']);
  p.line(['D4', '4a', 'Closed at the July 2022 meeting – see minute PCC/22/41 (patient abuse reporting now covered by D5).', undefined, undefined, 'Closed'], { border: true, style: { color: 'FF7F7F7F' } });
  act(['D5', '4a / 4b', 'Give ward managers a short guide on supporting staff after abuse from patients, relatives or colleagues.', 'Associate Director of Nursing', 'Jan 2023', 'On track', 'Guide drafted with the network; piloting on two acute wards.']);
  comment('Committee comment (July): the guide should also cover community teams, not only inpatient wards.');
  act(['D6', '5', 'Map career conversations for disabled staff in appraisal and add a prompt to the appraisal form.', 'Learning and OD Manager', 'Mar 2023', 'On track', 'Prompt added to the new appraisal form from 1 October.']);
  act(['D7', '7', 'Launch a Reasonable Adjustments Passport that follows the staff member between teams.', 'Occupational Health Lead', 'Oct 2022', 'Off track', 'IT form not ready; paper version in use meantime.']);
  p.line([undefined, undefined, 'See Appendix B for the breakdown of metric 9a engagement scores by directorate and the network\'s written feedback.'], { border: true, style: { italic: true } });
  act(['D8', '9b', 'Fund protected time for the Disability Staff Network chair (one day a week) and a network budget.', 'Director of People', 'Apr 2022', 'Complete', 'Chair in post with protected time since May.']);
  act(['D9', '10', 'Offer a Board development session on disability inclusion led by network members.', 'Trust Secretary', 'Feb 2023', 'On track', 'Date agreed for the February Board seminar.']);
  comment('Committee comment (July): consider inviting a non-executive director to act as the network\'s Board champion.');
  p.blank();
  p.line(['Actions by status: Complete 2 · On track 4 · At risk 1 · Off track 1 · Closed 1'], { merge: ['A', 'G'], style: { bold: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health foundation trust): a People and Culture Committee progress report on the WDES action plan 2022-23. A title, an agenda line ('Agenda item 7b | WDES action plan 2022-23: progress report | 13 October 2022'), an author / executive sponsor line, then one header 'Ref | WDES metric | Action | Lead | Due | Status | Update' (row 5). Actions D1–D9 with status WORDS on plain cells (no colour). Between actions, the committee's COMMENTS from its last meeting sit as their own rows with text in the Update column only, in blue italic ('Committee comment (July): …'). Row D4 is grey text saying the action was 'Closed at the July 2022 meeting – see minute PCC/22/41 …' with 'Closed' in the Status column; an italic row in the Action column points to Appendix B; a merged line counts the actions by status under the grid. Judgement calls: the comment rows are NOT actions and NOT progress of the action above (progress is the action's own Update cell); the D4 row is NOT an action (it records that an action was closed and its work covered by D5 – no work is set out), so the plan has eight actions; the appendix pointer and the status count are not actions; the author and executive sponsor are not leads and the meeting date is no due; indicators from the WDES metric column using the 2022 metric codes ('4a / 4b' → ['4a','4b'], '9b' → ['9b']); no theme; status = the word as written; no colour anywhere, so rag null.", {});
}
