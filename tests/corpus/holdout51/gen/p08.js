// holdout51-wres-2025-26-dunnockvale: an ordinary mental health trust WRES plan. Quirks: a VERY NARROW first column 'Pri.' holding a
// priority number 1–3 (a number beside the action that is not an indicator), explained by a footnote under the table.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Dunnockvale Mental Health NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout51-wres-2025-26-dunnockvale', sheet: 'WRES Plan 2025-26', standard: 'WRES', period: '2025-26', trust, widths: [4, 58, 11, 30, 13, 42] });
  p.line([`${trust} | WRES Action Plan 2025-26`], { merge: ['A', 'F'], style: { bold: true, font: { size: 13, color: { argb: C.nhs } } } });
  p.blank();
  p.header(['Pri.', 'Action', 'WRES ind.', 'Lead', 'Target', 'Progress'], { style: { fill: C.nhs, color: C.white }, styles: [{ font: { size: 8 } }] });
  const acts = [
    ['1', 'Apply the trust\'s "just culture" checklist to every proposed formal case involving an ethnic minority colleague.', 'WRES 3', ['3'], 'Deputy Director of People', 'Q1 2025/26', 'Checklist in use since April.'],
    ['1', 'Publish appointment rates from shortlisting by ethnicity for each care group and agree a target with each.', 'WRES 2', ['2'], 'Head of Talent Acquisition', 'Q2 2025/26', ''],
    ['2', 'Extend the inpatient wards\' racism reporting pathway to community teams and crisis services.', 'WRES 5', ['5'], 'Head of Nursing, Community', 'Q3 2025/26', ''],
    ['1', 'Deliver anti-racism workshops for all Band 7 and 8a managers, with a follow-up session after three months.', 'WRES 6, 8', ['6', '8'], 'Head of Organisational Development', 'Q4 2025/26', '112 managers booked.'],
    ['3', 'Review how funding for external courses is allocated and report take-up by ethnicity to the People Committee.', 'WRES 4', ['4'], 'Head of Learning', 'Q4 2025/26', ''],
    ['2', 'Offer every ethnic minority colleague at Band 5 and 6 a career conversation with a senior leader outside their team.', 'WRES 7', ['7'], 'Head of Organisational Development', 'Q3 2025/26', ''],
    ['2', 'Set ethnicity declaration targets for bank staff and report them monthly.', 'WRES 1', ['1'], 'Head of Workforce Information', 'Q2 2025/26', 'Declaration at 91%.'],
    ['3', 'Invite the Race Equality Network chair to observe the Board twice a year and report back to the network.', 'WRES 9', ['9'], 'Director of Corporate Affairs', 'Q2 2025/26', ''],
    ['1', 'Include a WRES measure in each executive director\'s annual objectives.', 'WRES 9', ['9'], 'Chief Executive', 'Q1 2025/26', 'Agreed at Remuneration Committee in May.'],
  ];
  for (const [pri, a, ind, inds, lead, due, prog] of acts) p.action([pri, a, ind, lead, due, prog], { indicators: inds, action: a, lead, due, progress: prog }, { styles: [{ alignment: { horizontal: 'center' }, font: { size: 8 } }] });
  p.blank();
  p.line(['', 'Pri. = priority: 1 = must be delivered this year; 2 = start this year; 3 = if capacity allows.'], { style: { italic: true, font: { size: 9 } } });
  p.line(['', 'Progress is reported to the People Committee each quarter.'], { style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health trust): an ordinary single grid. Title naming the trust and the plan (row 1), a blank row, one blue header 'Pri. | Action | WRES ind. | Lead | Target | Progress' (row 3) whose FIRST COLUMN IS VERY NARROW (width 4, small font) and holds a PRIORITY NUMBER 1, 2 or 3 on each action; nine actions (rows 4–12); indicators written 'WRES 3', 'WRES 6, 8'; targets as plan-year quarters ('Q2 2025/26'); some progress filled. Under the table a blank row and two italic footnotes in the Action column (rows 14–15): the priority key and how progress is reported. Judgement calls: the priority number is not an indicator and not a ref (it repeats) – indicators come only from the WRES ind. column ('WRES 6, 8' → ['6','8']); ref '' (the plan has no refs); the footnotes are not actions; lead and target as written; progress where filled; no status or RAG; theme null.", { narrowCol: { col: 'A', max: 5 }, crossRef: { metricCol: 'C', otherCols: ['A'] }, notFrom: ['A'] });
}
