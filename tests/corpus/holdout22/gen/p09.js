// holdout22-wdes-2023-24-greatmoor: ORDINARY post-2023 WDES plan of a NEW-TOWN ACUTE trust – title, owner line; navy header 'No. |
// WDES metric | Action | Executive sponsor | Action lead | Deadline | Status | Update (Q3)' (frozen, autofilter; lead = Action
// lead); four grey merged HIGH IMPACT ACTION section rows (themes); 'M'-codes ('M4a', 'M9a & M9b'); dd/mm/yyyy; Completed blue /
// In progress green / Delayed amber filled, 'Not yet due' UNFILLED; key line below.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Greatmoor New Town Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout22-wdes-2023-24-greatmoor', sheet: 'WDES 2023-24', standard: 'WDES', period: '2023-24', trust, widths: [6, 13, 56, 24, 30, 12, 13, 40] });
  p.line([`${trust}: Workforce Disability Equality Standard action plan 2023-24`], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 }, color: C.navy } });
  p.line(['Plan owner: Chief People Officer. Mapped to the high impact actions of the NHS EDI Improvement Plan (June 2023).'], { merge: ['A', 'H'], style: { italic: true } });
  p.blank();
  const h = p.header(['No.', 'WDES metric', 'Action', 'Executive sponsor', 'Action lead', 'Deadline', 'Status', 'Update (Q3)'], { style: { fill: C.navy, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const S = { Completed: [C.blue, 'blue', C.white], 'In progress': [C.green, 'green'], Delayed: [C.amber, 'amber'], 'Not yet due': [null, null] };
  const F = 'dd/mm/yyyy';
  const secs = [
    ['High impact action 1 – Measurable EDI objectives for the Chair, Chief Executive and Board members', [
      ['M10', ['10'], 'Agree a disability equality objective for every Board member and review it at their 2023/24 appraisal.', 'Chair', 'Company Secretary', D(2024, 3, 31), 'In progress'],
      ['M9a & M9b', ['9a', '9b'], 'Hold a Board development session with the Disability and Neurodiversity Network on the 2023 WDES results.', 'Chief People Officer', 'Head of Inclusion', D(2023, 11, 30), 'Completed'],
    ]],
    ['High impact action 2 – Fair and inclusive recruitment and talent management', [
      ['M2', ['2'], 'Offer adjustments at every stage of recruitment, including assessment centres for the international and newly qualified nurse campaigns.', 'Chief Nurse', 'Head of Nursing Workforce', D(2023, 12, 31), 'Completed'],
      ['M5', ['5'], 'Track applications and appointments of disabled staff to internal Band 7 and 8a posts.', 'Chief People Officer', 'Head of Resourcing', D(2024, 3, 31), 'Delayed'],
      ['M3', ['3'], 'Require Occupational Health advice before a formal capability hearing for a disabled member of staff.', 'Chief People Officer', 'Head of Employee Relations', D(2024, 1, 31), 'In progress'],
    ]],
    ['High impact action 4 – Health inequalities within the workforce', [
      ['M8', ['8'], 'Launch a digital reasonable adjustments passport with a 30-day target for agreeing adjustments.', 'Chief People Officer', 'Health and Wellbeing Lead', D(2024, 2, 29), 'In progress'],
      ['M6', ['6'], 'Add questions on presenteeism to the wellbeing conversation guide used by line managers.', 'Chief People Officer', 'Health and Wellbeing Lead', D(2024, 3, 31), 'Not yet due'],
      ['M1', ['1'], 'Run a declaration campaign on ESR self-service with the Disability and Neurodiversity Network.', 'Chief People Officer', 'Workforce Information Manager', D(2023, 10, 31), 'Completed'],
    ]],
    ['High impact action 6 – Eliminate bullying, discrimination, harassment and physical violence', [
      ['M4a', ['4a'], 'Extend violence-reduction training and body-worn cameras to the urgent treatment centre.', 'Chief Operating Officer', 'Security Manager', D(2024, 3, 31), 'Delayed'],
      ['M4a/M4b', ['4a', '4b'], 'Record disability on the incident reporting form so that abuse and its reporting can be analysed.', 'Chief Nurse', 'Head of Patient Safety', D(2024, 1, 31), 'In progress'],
      ['M7', ['7'], 'Celebrate Disability History Month and tell staff stories in the weekly bulletin.', 'Director of Communications', 'Internal Communications Lead', D(2023, 12, 15), 'Completed'],
    ]],
  ];
  let n = 0;
  for (const [head, rows] of secs) {
    p.line([head], { merge: ['A', 'H'], border: true, style: { bold: true, fill: C.grey } });
    for (const [m, inds, action, sp, lead, due, st] of rows) {
      n++; const upd = { Completed: 'Done.', 'In progress': 'On track for the deadline.', Delayed: 'Behind plan; recovery agreed at the People Committee.', 'Not yet due': '' }[st];
      p.action([n, m, action, sp, lead, due, st, upd], { ref: String(n), indicators: inds, theme: head, action, lead, due: shown(due, F), status: st, rag: S[st][1], progress: upd }, { styles: [{}, {}, {}, {}, {}, { numFmt: F }, S[st][0] ? { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) } : {}] });
    }
  }
  p.ws.autoFilter = `A${h}:H${p.r}`;
  p.blank();
  p.line(['Status: Completed (blue); In progress (green); Delayed (amber); Not yet due (no colour).'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY post-2023 WDES plan of a NEW-TOWN ACUTE trust: a merged navy title naming trust and plan, an italic owner line ('Plan owner: Chief People Officer. Mapped to the high impact actions of the NHS EDI Improvement Plan (June 2023).'), a blank row, then a navy header 'No. | WDES metric | Action | Executive sponsor | Action lead | Deadline | Status | Update (Q3)' (row 4, frozen, autofilter). Four grey merged SECTION ROWS name high impact actions 1, 2, 4 and 6 ('High impact action 2 – Fair and inclusive recruitment and talent management'): gold theme = the section text. No. runs 1–11 as real numbers. Metrics as 'M'-codes from the 2021+ set ('M4a', 'M4a/M4b' = ['4a','4b'], 'M9a & M9b'), not in metric order. Executive sponsor is an executive; Action lead is the manager. Deadlines are real dates dd/mm/yyyy. Status words: Completed blue, In progress green, Delayed amber (filled), 'Not yet due' UNFILLED. Update (Q3) is progress, empty for the not-yet-due action. A key line sits below. Judgement calls: lead = Action lead, not Executive sponsor; HIA section rows are themes and carry no metric (the HIA number is not a metric); 'Not yet due' has no colour (rag null); the owner and key lines are not actions.", { ragCol: 'G', mode: 'fill', notFrom: ['D'] });
}
