// holdout48-wdes-2024-25-sallowfield: follows a mental health trust's published committee annual report (Leeds and York Partnership NHS
// FT, 'Workforce Committee Annual Report – 2024-25', https://www.leedsandyorkpft.nhs.uk/about-us/board-of-directors/board-sub-committees/wcom-annual-report-2024-25):
// the committee name, 'Annual Report', 'Financial Year 1 April 2024 to 31 March 2025', '1. Period covered by this report', '2.
// Introduction' with 'On behalf of the Board of Directors the Committee will:' and its '- Seek assurance on …' duties. ASSUMED: the
// membership table, the section on the WDES action plan with the plan's year-end position and the committee's assurance level beside
// each action, and the conclusion and sign-off.
import { Book, Plan, C, D, shown, rich } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Sallowfield Specialist Cancer Centre NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout48-wdes-2024-25-sallowfield', sheet: 'Committee annual report', standard: 'WDES', period: '2024-25', trust, widths: [7, 14, 54, 26, 12, 40, 14], font: { name: 'Arial', size: 10 } });
  const M = ['A', 'G'];
  p.line([trust], { merge: M, style: { bold: true, color: C.nhs } });
  p.line(['The People and Culture Committee'], { merge: M, style: { bold: true, font: { size: 14 } } });
  p.line(['Annual Report'], { merge: M, style: { bold: true, font: { size: 12 } } });
  p.line(['Financial Year 1 April 2024 to 31 March 2025'], { merge: M });
  p.line(['1. Period covered by this report'], { merge: M, style: { bold: true } });
  p.line(['This report covers the work of the People and Culture Committee for the financial year 1 April 2024 to 31 March 2025.'], { merge: M });
  p.line(['2. Introduction'], { merge: M, style: { bold: true } });
  p.line(['The Committee is a sub-committee of the Board of Directors. It seeks assurance on all aspects of workforce strategy and on a working environment in which staff can give their best.'], { merge: M, height: 28 });
  p.line(['On behalf of the Board of Directors the Committee will:'], { merge: M });
  for (const t of ['- Seek assurance on progress against the NHS People Plan and the trust’s own People Strategy.', '- Seek assurance that the trust meets its legal and regulatory duties to its employees.', '- Oversee the workforce equality data, including the WRES and WDES, and the actions that follow from them.', '- Act as the Board’s Health and Wellbeing Champion.']) p.line([t], { merge: M });
  p.line(['3. Membership and attendance'], { merge: M, style: { bold: true } });
  p.header(['', 'Member', '', 'Role', 'Meetings attended'], { merge: ['B', 'C'], style: { fill: C.grey } });
  const mem = [
    p.line(['', 'Non-executive director', '', 'Chair', '6 of 6'], { border: true, merge: ['B', 'C'] }),
    p.line(['', 'Non-executive director', '', 'Member', '5 of 6'], { border: true, merge: ['B', 'C'] }),
    p.line(['', 'Chief People Officer', '', 'Executive lead', '6 of 6'], { border: true, merge: ['B', 'C'] }),
  ];
  p.line(['4. Workforce Disability Equality Standard – action plan 2024-25'], { merge: M, style: { bold: true } });
  p.line(['The Committee approved the WDES action plan in September 2024 and received a progress report at every meeting. The plan is set out below with its position at 31 March 2025 and the level of assurance the Committee took from the evidence.'], { merge: M, height: 28 });
  p.header(['Ref', 'WDES metric', 'Action', 'Executive lead', 'Due', 'Position at 31 March 2025', 'Assurance level'], { style: { fill: C.nhs, color: C.white } });
  const AF = { Substantial: C.green, Reasonable: C.yellow, Limited: C.red };
  const acts = [
    ['D1', '1', ['1'], 'Invite every colleague to check their disability record on ESR through the staff app, with a reminder at appraisal.', 'Chief People Officer', D(2024, 12, 31), 'Complete – declared rate up from 4.1% to 6.0%.', 'Substantial'],
    ['D2', '2', ['2'], 'Audit shortlisting for disabled applicants every six months and feed back to recruiting managers.', 'Chief People Officer', D(2025, 3, 31), 'Partly complete – first audit done; second moved to May.', 'Reasonable'],
    ['D3', '3', ['3'], 'Require an occupational health review before any formal capability meeting on ill-health grounds.', 'Director of Workforce', D(2024, 11, 30), 'Complete – policy amended and in use.', 'Substantial'],
    ['D4', '4a', ['4a'], 'Add disability to the incident reporting form for abuse from patients and relatives.', 'Chief Nurse', D(2025, 1, 31), 'Carried forward – system change delayed by supplier.', 'Limited'],
    ['D5', '5, 7', ['5', '7'], 'Hold a listening programme with the Disabled Staff Network and publish what changed as a result.', 'Director of Workforce', D(2025, 3, 31), 'Complete – three sessions, report published in March.', 'Reasonable'],
    ['D6', '8', ['8'], 'Introduce a reasonable adjustments passport and a central adjustments budget.', 'Chief Finance Officer', D(2024, 10, 31), 'Complete – passport live; budget of £40,000 agreed.', 'Substantial'],
    ['D7', '9b', ['9b'], 'Give the Disabled Staff Network chair a standing invitation to the Committee.', 'Chief People Officer', D(2024, 9, 30), 'Complete – attending since October.', 'Substantial'],
    ['D8', '10', ['10'], 'Hold a Board development session on disability inclusion with colleagues who have lived experience.', 'Chair of the Trust', D(2025, 2, 28), 'Carried forward – session booked for June 2025.', 'Limited'],
  ];
  for (const [ref, m, inds, a, lead, due, pos, asr] of acts) {
    const st = pos.split(' – ')[0];
    const [w, rest] = pos.split(' – ');
    p.action([ref, m, a, lead, due, rich({ text: `${w} – `, font: { bold: true } }, rest), asr], { ref, indicators: inds, action: a, lead, due: shown(due, 'dd/mm/yyyy'), status: st, progress: pos }, { styles: [{}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, { numFmt: 'dd/mm/yyyy' }, {}, { fill: AF[asr] }] });
  }
  p.line(['5. Conclusion'], { merge: M, style: { bold: true } });
  p.line(['The Committee is assured that the WDES action plan has been delivered in most areas. Two actions carry forward into the 2025-26 plan, which the Committee will approve in September 2025.'], { merge: M, height: 28 });
  p.line(['Chair of the People and Culture Committee, May 2025'], { merge: M, style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist cancer foundation trust) laid out like a real trust's published COMMITTEE ANNUAL REPORT (Leeds and York Partnership's Workforce Committee Annual Report 2024-25): the trust, the committee, 'Annual Report', 'Financial Year 1 April 2024 to 31 March 2025', numbered sections '1. Period covered by this report', '2. Introduction' with 'On behalf of the Board of Directors the Committee will:' and four '- Seek assurance …' duty lines, '3. Membership and attendance' with a small header 'Member | Role | Meetings attended' (row 15) and three member rows, '4. Workforce Disability Equality Standard – action plan 2024-25' with a paragraph, then the plan's header 'Ref | WDES metric | Action | Executive lead | Due | Position at 31 March 2025 | Assurance level' (row 21) over eight actions D1–D8, '5. Conclusion' and the chair's sign-off. The position cell starts with a BOLD word and a dash ('Complete – declared rate up …', 'Partly complete – …', 'Carried forward – …'), black and unfilled; the Assurance level ('Substantial' / 'Reasonable' / 'Limited') is the COMMITTEE's assurance rating, on green / yellow / red fills. Judgement calls: the committee's duty lines ('- Seek assurance on …') and the membership rows are not actions and the membership header is not the plan's header; status = the bold word before the dash in the position cell, progress = the whole position cell; rag null – the status cell has no colour and the coloured Assurance level rates the committee's confidence in the evidence, not the action's delivery (a 'Complete' action can carry 'Reasonable' assurance), so no rag is taken from it; indicators from the WDES metric column ('5, 7' → ['5','7']); due = Due as shown dd/mm/yyyy; the financial-year dates, the September approval and the sign-off date are not dues; theme null.", { forbidden: ['Substantial', 'Reasonable', 'Limited', 'May 2025'], dataRows: mem, mode: 'prefix', ragCol: 'F' });
}
