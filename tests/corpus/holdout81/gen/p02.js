// holdout81-wdes-2019-20-wrexhope: mental health trust, first WDES plan; one 'Progress log' cell per action holding DATED ENTRIES
// stacked one a line, OLDEST FIRST ('add newest at the bottom'); a 'Last updated' real date; status from a drop-down, uncoloured.
import { Book, Plan, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wrexhope Mental Health NHS Trust';
  const p = new Plan(book, { name: 'holdout81-wdes-2019-20-wrexhope', sheet: 'WDES plan', standard: 'WDES', period: '2019-20', trust, widths: [5, 10, 42, 22, 12, 56, 12, 13], font: { name: 'Arial', size: 9 } });
  const ws = p.ws;
  p.line([`${trust}: Workforce Disability Equality Standard action plan 2019-20`], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line(['Owner: Equality & Inclusion Lead.  Log each update on a new line in column F with the date first; change “Last updated” when you do.'], { merge: ['A', 'H'], style: { italic: true, color: 'FF595959' } });
  p.blank();
  const hr = p.header(['No.', 'WDES metric', 'Action', 'Lead officer', 'Target date', 'Progress log (add newest at the bottom)', 'Last updated', 'Status'], { style: { fill: 'FFD9E1F2' } });
  ws.views = [{ state: 'frozen', ySplit: hr }];
  const rows = [
    [1, '1', 'Ask all staff to check their disability status on ESR self-service, with a short video from the Disability Forum chair.', 'Workforce Systems Manager', D(2019, 10, 31), '12/09/19 – Video filmed, launch held back until after the staff survey.\n08/11/19 – Launched; 214 records updated in the first fortnight.', D(2019, 11, 8), 'In progress'],
    [2, '2', 'Offer every disabled applicant who meets the essential criteria an interview, and tell recruiting managers why.', 'Head of Recruitment', D(2019, 9, 30), '30/07/19 – Guaranteed interview wording added to NHS Jobs adverts.\n16/09/19 – Recruiting manager briefing done in all three localities.\n02/12/19 – Audit of 60 campaigns: 4 applicants not interviewed, followed up.', D(2019, 12, 2), 'Complete'],
    [3, '3', 'Check whether capability processes for disabled staff started as sickness cases, and change the policy if so.', 'HR Business Partner (Secure Services)', D(2020, 1, 31), '21/10/19 – 23 capability cases pulled for review.', D(2019, 10, 21), 'In progress'],
    [4, '4', 'Give managers on inpatient wards a script for responding when a colleague reports harassment linked to a disability.', 'Head of Nursing (Inpatients)', D(2020, 3, 31), '', null, 'Not started'],
    [5, '5', 'Add a disability question to exit interviews and the band 5 to 6 progression review.', 'Head of Organisational Development', D(2019, 12, 31), '04/09/19 – Exit interview form changed.\n27/11/19 – Progression review form waiting for Staff Side comments; deadline missed.', D(2019, 11, 27), 'Delayed'],
    [6, '6', 'Tell managers not to count disability-related absence towards sickness triggers once an adjustment is agreed.', 'Deputy Director of Workforce', D(2019, 12, 31), '18/10/19 – Attendance policy change agreed at JNCC.\n14/01/20 – Manager bulletin issued; policy live.', D(2020, 1, 14), 'Complete'],
    [7, '7, 8', 'Set up a Reasonable Adjustments Passport and a central budget for equipment so teams do not pay for it.', 'Equality & Inclusion Lead', D(2020, 3, 31), '09/12/19 – Passport drafted with the Disability Forum.\n20/01/20 – £15k central budget agreed by the Executive Team.', D(2020, 1, 20), 'In progress'],
    [8, '9', 'Give the Disability Forum a seat on the Equality Committee and two hours a month of protected time for members.', 'Director of Workforce', D(2019, 9, 30), '26/09/19 – Agreed by the Executive Team.', D(2019, 9, 26), 'Complete'],
    [9, '10', 'Include disability in the board skills and diversity audit done by the Nominations Committee.', 'Trust Secretary', D(2020, 3, 31), '', null, 'Not started'],
  ];
  const first = p.r + 1;
  for (const r of rows) {
    const [no, met, act, lead, due, log, upd, st] = r;
    const lines = log ? log.split('\n') : [];
    p.action(r, { ref: String(no), indicators: met.split(', '), action: act, lead, due: due ? `${String(due.getUTCDate()).padStart(2, '0')}/${String(due.getUTCMonth() + 1).padStart(2, '0')}/${due.getUTCFullYear()}` : '', status: st, progress: lines.length ? lines[lines.length - 1] : '' }, { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: 'dd/mm/yyyy' }, {}, { numFmt: 'dd/mm/yy' }, {}] });
  }
  ws.dataValidations.add(`H${first}:H${p.r + 5}`, { type: 'list', allowBlank: true, formulae: ['"Not started,In progress,Delayed,Complete"'] });
  p.blank();
  p.line(['Reported to the Equality Committee on 5 February 2020; next review June 2020.'], { merge: ['A', 'H'], style: { italic: true } });
  const NOTES = "Original plan (fictional mental health trust), its first WDES plan (2019 metrics written without letters, so '4' and '9'). Sheet 'WDES plan': a title naming the trust, an italic owner / instructions line, a blank row, the header 'No. | WDES metric | Action | Lead officer | Target date | Progress log (add newest at the bottom) | Last updated | Status' (row 4, frozen), nine actions numbered 1–9, a blank row and an italic reporting line. Target date and Last updated are real dates (dd/mm/yyyy and dd/mm/yy). The Progress log holds DATED ENTRIES STACKED in one cell, one a line, oldest first as the column header says. Status comes from a drop-down (Not started / In progress / Delayed / Complete), no colour. Judgement calls: progress = the NEWEST entry of the log, i.e. its LAST line, written as it stands with its date ('08/11/19 – Launched; …'); rows with an empty log have progress ''; the dates inside the log and the Last updated date are never dues; due = Target date as displayed; status = the drop-down word, rag null (uncoloured); ref = No.; lead = Lead officer; indicators from 'WDES metric' ('7, 8' → both); theme null; the 'Owner' in the instructions line is the plan's owner, not a lead (action 7's lead is the same role only because its Lead officer cell says so); the committee and review dates in the last line are no dues.";
  await book.save(`${p.name}.xlsx`);
  p.saveGold(NOTES, { latest: { updCols: ['F'], stacked: 'oldest' }, notFrom: ['G'], forbidden: ['5 February 2020', 'June 2020'] });
}
