// holdout60-wres-2025-26-lynchmere: integrated acute and community trust; quirks: indicators WRITTEN OUT IN FULL in their column and one
// action WITHDRAWN and STRUCK THROUGH but left in the table.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Lynchmere Health and Care NHS Trust';
  const font = { name: 'Arial', size: 10 };
  const p = new Plan(book, { name: 'holdout60-wres-2025-26-lynchmere', sheet: 'Action plan 2025-26', standard: 'WRES', period: '2025-26', trust, widths: [9, 34, 60, 28, 18, 26], font });
  p.line([`${trust} – Workforce Race Equality Standard action plan 2025-26`], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['Owned by the Chief People Officer. Progress is reported to the People and Culture Committee every quarter.'], { merge: ['A', 'F'] });
  p.blank();
  p.header(['Action no.', 'Indicator', 'Action', 'Executive lead', 'Due by', 'Status'], { style: { fill: C.nhs, color: C.white } });
  const IND = {
    1: 'Indicator 1 – Workforce by pay band', 2: 'Indicator 2 – Relative likelihood of appointment from shortlisting', 3: 'Indicator 3 – Entry into the formal disciplinary process',
    4: 'Indicator 4 – Access to non-mandatory training and CPD', 5: 'Indicator 5 – Harassment, bullying or abuse from patients, relatives or the public',
    6: 'Indicator 6 – Harassment, bullying or abuse from staff', 7: 'Indicator 7 – Equal opportunities for career progression or promotion', 9: 'Indicator 9 – Board membership',
  };
  const F = { 'On track': C.goodG, 'At risk': C.neutralA, 'Off track': C.badR };
  const RG = { 'On track': 'green', 'At risk': 'amber', 'Off track': 'red' };
  const acts = [
    ['1', 1, 'Set ethnicity representation goals for Bands 8a to VSM in each care group, in line with the NHS model employer aims.', 'Chief People Officer', D(2025, 9, 30), 'On track'],
    ['2', 2, 'Move all Band 7 and above recruitment onto the anonymised shortlisting module of the applicant system.', 'Chief People Officer', D(2025, 12, 31), 'At risk'],
    ['3', 3, 'Extend the pre-formal case review to community services, so that every referral is checked before an investigation starts.', 'Chief People Officer', D(2025, 10, 31), 'On track'],
    ['4', 4, 'Commission a CPD equality audit of how study leave and course funding are shared across community teams.', 'Chief Nurse', D(2025, 11, 30), 'Withdrawn – combined with action 7'],
    ['5', 5, 'Roll out the zero-tolerance statement and the racist abuse reporting card to community nursing bases.', 'Chief Nurse', D(2026, 1, 31), 'On track'],
    ['6', 6, 'Train all ward and team managers in the trust\'s civility and respect framework, with a module on racism between colleagues.', 'Chief Operating Officer', D(2026, 3, 31), 'Off track'],
    ['7', 7, 'Launch a talent conversation for every BME member of staff at Bands 5 to 7, with CPD funding ring-fenced for agreed plans.', 'Chief People Officer', D(2026, 3, 31), 'At risk'],
    ['8', 9, 'Run a board development session on inclusive leadership and publish the board\'s ethnicity in the annual report.', 'Director of Corporate Affairs', D(2026, 3, 31), 'On track'],
  ];
  for (const [n, i, a, l, d, s] of acts) {
    const gone = s.startsWith('Withdrawn');
    const st = gone ? { strike: true, color: 'FF808080' } : {};
    p.action([n, IND[i], a, l, d, s], { ref: n, indicators: [String(i)], action: a, lead: l, due: shown(d, 'd mmmm yyyy'), status: s, rag: RG[s] ?? null },
      { style: st, styles: [{}, {}, {}, {}, { numFmt: 'd mmmm yyyy' }, gone ? { strike: false, italic: true, color: 'FF808080' } : { fill: F[s] }] });
  }
  p.blank();
  p.line(['Action 4 was withdrawn at the July 2025 committee; its CPD audit is now part of action 7.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an integrated acute and community trust): a merged title with the trust name and plan, an ownership line, a blank row, an NHS-blue header 'Action no. | Indicator | Action | Executive lead | Due by | Status', eight actions, a blank row and an italic note about action 4. Quirks: the Indicator column WRITES EACH INDICATOR OUT IN FULL ('Indicator 2 – Relative likelihood of appointment from shortlisting'), and action 4 is WITHDRAWN – its row left in the table but STRUCK THROUGH in grey, with the status 'Withdrawn – combined with action 7' in grey italic. Status words on light fills (On track green, At risk amber, Off track red). Dates real, shown d mmmm yyyy. Judgement calls: indicators = the number in the Indicator cell; the withdrawn row is still a row of the plan and is read as an action with its status as written (rag null – no fill); the note under the table is not an action and its July 2025 is no due; ref = Action no.; theme null; no progress column.", { cols: { ref: 'A', ind: 'B', action: 'C', lead: 'D', due: 'E', status: 'F' }, mode: 'fill', ragCol: 6 });
}
