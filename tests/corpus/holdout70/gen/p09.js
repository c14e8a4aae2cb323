// holdout70-wdes-2023-24-mardenfold: 111 and integrated urgent care provider; header in row 2 under a one-cell title, a 'What the 2023
// data told us' column, a Y/N 'Works for night & home workers?' column (context), dates dd/mm/yy with one 'TBC', a status picked from a
// drop-down list (no colours) and a comments column of dated initials.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Mardenfold Urgent Care NHS Trust';
  const p = new Plan(book, { name: 'holdout70-wdes-2023-24-mardenfold', sheet: 'WDES 23-24', standard: 'WDES', period: '2023-24', trust, widths: [8, 30, 46, 12, 22, 10, 13, 34], font: { name: 'Calibri', size: 10 } });
  p.line([`${trust} (NHS 111 and Clinical Assessment Service) – Workforce Disability Equality Standard action plan 2023-24`], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } }, height: 30 });
  p.header(['Metric', 'What the 2023 data told us', 'Action', 'Works for night & home workers?', 'Owner', 'Due', 'Status', 'Comments'], { style: { fill: C.yellow }, height: 30 });
  const rows = [
    ['1', 'Only 4.1% of health advisors have declared a disability.', 'Add a disability declaration step to the induction week for every new health advisor and service advisor cohort.', 'Y', 'Induction & Onboarding Lead', D(2023, 9, 30), 'Complete', '[RT 02/10] Live for the September cohort.'],
    ['2', 'Disabled applicants 0.7 times as likely to be appointed.', 'Offer a paid trial shift with a buddy, instead of a role-play, to disabled applicants for call-handling roles.', 'Y', 'Recruitment Manager', D(2023, 12, 31), 'In progress', '[RT 15/11] Two trial shifts so far.'],
    ['4a', 'Abuse from callers reported by 58% of disabled staff.', 'Publish the call-termination policy for abusive callers and brief all shift leads on backing staff who use it.', 'Y', 'Head of Clinical Operations', D(2023, 8, 31), 'Complete', ''],
    ['4b', '', 'Add disability awareness to the team leader call-quality coaching sessions.', 'N', 'Quality & Audit Manager', D(2024, 1, 31), 'Not started', '[SK 08/12] Needs a night-shift version.'],
    ['5', 'Disabled staff less confident about progression (39% v 51%).', 'Create clinical advisor shadowing for disabled health advisors interested in becoming clinicians.', 'N', 'Clinical Education Lead', 'TBC', 'Parked', '[SK 08/12] Parked until the CAS restructure is agreed.'],
    ['7', '', 'Run quarterly “ask the exec” calls at 02:00 and 14:00 so night and home workers can join.', 'Y', 'Chief Operating Officer', D(2024, 3, 31), 'In progress', ''],
    ['8', '33% say adjustments are not in place.', 'Issue ergonomic home-working kits and noise-cancelling headsets within ten days of an adjustment being agreed.', 'Y', 'Facilities & Home Working Manager', D(2024, 2, 29), 'In progress', '[RT 15/11] 19 kits sent; average 12 days.'],
    ['9a', '', 'Survey disabled staff on shift patterns and rota flexibility, and share findings with the rota team.', 'Y', 'Workforce Planning Lead', D(2024, 3, 31), 'Not started', ''],
  ];
  const fmtd = (d) => `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCFullYear()).slice(2)}`;
  const first = p.r + 1;
  for (const r of rows) {
    const [met, why, act, yn, own, due, st, com] = r;
    p.action(r, { indicators: [met], action: act, lead: own, due: due instanceof Date ? fmtd(due) : due, status: st, progress: com }, { styles: [{ alignment: { horizontal: 'center' } }, { italic: true }, {}, { alignment: { horizontal: 'center' } }, {}, { numFmt: 'dd/mm/yy' }, {}, {}] });
  }
  for (let r = first; r <= p.r; r++) p.ws.getCell(`G${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Not started,In progress,Complete,Parked"'] };
  p.ws.views = [{ state: 'frozen', ySplit: 2 }];
  p.blank();
  p.line(['Comments: initials and date of the update (RT = Inclusion Officer, SK = Head of People). Metric 10 is in the Board development plan.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional NHS 111 / integrated urgent care provider). Sheet 'WDES 23-24': one merged title naming the trust and the plan (row 1), the yellow header 'Metric | What the 2023 data told us | Action | Works for night & home workers? | Owner | Due | Status | Comments' in row 2 (frozen), eight actions, and after a blank row an italic line decoding the comment initials. Due is a real date shown dd/mm/yy, once typed 'TBC'. Status is picked from a drop-down list (Not started / In progress / Complete / Parked) with no colour. Judgement calls: the 'What the 2023 data told us' column is the finding (context; blank where the finding above applies); the Y/N column is a check, not a status; lead = Owner; due as shown, 'TBC' kept as written; status = the chosen word, rag null (no colours); progress = the Comments cell as written, including its '[RT 02/10]' initials and date (those dates are update dates, not dues); no ref; indicators from Metric; theme null; the initials line names people who are not leads of any action, and its metric-10 remark is not an action.", { notFrom: ['B', 'D'], forbidden: ['Inclusion Officer', 'Head of People', 'Y', 'N'] });
}
