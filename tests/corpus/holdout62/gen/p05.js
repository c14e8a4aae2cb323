// holdout62-wdes-2025-26-pennock: community trust; the HIA is NAMED ONLY IN THE ACTION TEXT ('As part of High Impact Action 2, …'), with a
// Metric(s) column, quarter timescales and a progress column; a glossary block under the table.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Pennock Community Health Services NHS Trust';
  const p = new Plan(book, { name: 'holdout62-wdes-2025-26-pennock', sheet: 'WDES plan 2025-26', standard: 'WDES', period: '2025-26', trust, widths: [6, 66, 11, 30, 14, 44], font: { name: 'Aptos Narrow', size: 11 } });
  p.line([`${trust} – Workforce Disability Equality Standard action plan 2025/26`], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 }, color: C.teal } });
  p.line(['Built from our 2025 WDES data and staff survey results; aligned with the NHS EDI Improvement Plan.'], { merge: ['A', 'F'], style: { italic: true } });
  p.blank();
  p.header(['No.', 'Action', 'Metric(s)', 'Responsible', 'Timescale', 'Progress'], { style: { fill: C.teal, color: C.white } });
  const acts = [
    ['1', 'As part of High Impact Action 1, invite the Disability and Long-Term Conditions Network chair to present to the Board twice a year and record the Board\'s response.', '10', 'Director of Corporate Affairs', 'Q2 2025/26', 'First presentation held in June.'],
    ['2', 'As part of High Impact Action 2, check each vacancy advert for accessible wording and offer applicants adjustments at every stage of selection.', '2', 'Recruitment Manager', 'Q1 2025/26', 'Advert checklist in use since April.'],
    ['3', 'Under High Impact Action 2, track the progression of disabled staff from Band 5 to Band 6 in district nursing teams.', '1', 'Workforce Intelligence Lead', 'Q3 2025/26', ''],
    ['4', 'In support of High Impact Action 3, add disability status to the pay gap report and explain any gap in the narrative.', '—', 'Head of Reward and Pay', 'Q4 2025/26', ''],
    ['5', 'For High Impact Action 4, make the health passport available in every team and audit how many staff hold one.', '7', 'Head of Occupational Health', 'Q2 2025/26', 'Passport relaunched; audit booked for September.'],
    ['6', 'For High Impact Action 6, offer disabled staff who report abuse from patients a debrief with a trained peer supporter within a week.', '4a', 'Head of Staff Experience', 'Q3 2025/26', ''],
    ['7', 'For High Impact Action 6, review every formal capability case involving a disabled member of staff to confirm adjustments were considered first.', '3', 'Head of Employee Relations', 'Q4 2025/26', 'Review template agreed with staff side.'],
    ['8', 'Hold a "what would help?" listening week with disabled staff in community teams and publish what changes as a result (High Impact Action 6).', '6, 8', 'EDI Lead', 'Q1 2025/26', 'Held 12–16 May; report published in July.'],
  ];
  for (const [ref, a, ind, lead, due, prog] of acts) {
    const inds = ind === '—' ? [] : ind.split(/,\s*/);
    p.action([ref, a, ind, lead, due, prog], { ref, indicators: inds, action: a, lead, due, progress: prog }, { styles: [{ alignment: { horizontal: 'center' } }, {}, { alignment: { horizontal: 'center' } }] });
  }
  p.blank();
  p.line(['Glossary'], { style: { bold: true } });
  p.line(['WDES', 'Workforce Disability Equality Standard'], { border: false });
  p.line(['HIA', 'High Impact Action – one of the six actions in the NHS EDI Improvement Plan (June 2023)'], { border: false });
  p.line(['ESR', 'Electronic Staff Record'], { border: false });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust), WDES plan 2025/26 in Aptos Narrow: one teal title line naming trust and plan, an italic line saying the plan is aligned with the NHS EDI Improvement Plan, a blank row, one teal header 'No. | Action | Metric(s) | Responsible | Timescale | Progress' (row 4), eight numbered actions, a blank row and a three-line GLOSSARY (WDES / HIA / ESR). There is NO HIA COLUMN: the High Impact Action is named only inside the action text, usually as a lead-in ('As part of High Impact Action 2, …', 'For High Impact Action 6, …') and once at the end in brackets. Judgement calls: the gold action is the cell as written, lead-in included; indicators from the Metric(s) column only ('6, 8' → ['6','8']; '10' → ['10']; '—' → []), never the HIA number inside the text (action 1 names HIA 1 but its metric is 10; action 4 names HIA 3 and has no metric); the HIA mapping is noted here, no gold field; ref = No.; lead = Responsible; due = the quarter as written ('Q2 2025/26'); progress = the Progress cell ('' where blank); no status, rag null; theme null; the glossary rows are not actions.", { indCol: 'C', forbidden: ['Glossary', 'Electronic Staff Record'] });
}
