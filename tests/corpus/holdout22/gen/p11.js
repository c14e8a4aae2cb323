// holdout22-wdes-2025-26-dinmore: ORDINARY WDES tracker of a CROSS-BORDER ACUTE trust (many patients and staff from Wales), Aptos
// Narrow 11 – green title bar, a two-column LABEL BOX (Owner / Approved / Review date), teal header 'ID | Action | Metric | Owner |
// Target | % complete | RAG | Notes' (autofilter); metric AFTER the action as bare codes; a '% complete' column that is not the
// status; B/G/A/R letters filled; 'mmm yy' targets; key line below.
import { Book, Plan, C, D, shown, ALL_WDES21 } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Dinmore and Marches Hospitals NHS Trust';
  const font = { name: 'Aptos Narrow', size: 11 };
  const p = new Plan(book, { name: 'holdout22-wdes-2025-26-dinmore', sheet: 'WDES tracker', standard: 'WDES', period: '2025-26', trust, widths: [10, 58, 10, 32, 9, 11, 6, 40], font });
  p.line([`${trust} – WDES action plan 2025/26`], { merge: ['A', 'H'], style: { bold: true, fill: 'FF00703C', color: C.white, font: { size: 13 } }, height: 22 });
  p.blank();
  p.line(['Owner:', 'Chief People Officer'], { styles: [{ bold: true }, {}] });
  p.line(['Approved:', 'People and Culture Committee, 22 May 2025'], { styles: [{ bold: true }, {}] });
  p.line(['Review date:', 'October 2025 (mid-year) and March 2026'], { styles: [{ bold: true }, {}] });
  p.blank();
  const h = p.header(['ID', 'Action', 'Metric', 'Owner', 'Target', '% complete', 'RAG', 'Notes'], { style: { fill: C.teal, color: C.white } });
  const L = { B: [C.blue, 'blue', C.white], G: [C.green, 'green'], A: [C.amber, 'amber'], R: [C.red, 'red', C.white] };
  const F = 'mmm yy';
  const data = [
    ['Publish our WDES data in English and Welsh and hold a briefing for staff at the border sites.', '1', ['1'], 'Head of Workforce Information', D(2025, 9, 30), 1, 'B', 'Published 29 August.'],
    ['Offer disabled applicants a choice of interview in person, by video or in Welsh, and record the adjustments asked for.', '2', ['2'], 'Head of Recruitment', D(2025, 12, 31), 0.6, 'G', 'Live for medical and nursing posts.'],
    ['Audit capability cases for evidence that reasonable adjustments were discussed first.', '3', ['3'], 'Head of Employee Relations', D(2026, 1, 31), 0.25, 'A', 'Audit tool agreed; case files slow to retrieve.'],
    ['Extend the violence and aggression reduction programme to the emergency department at the border site.', '4a', ['4a'], 'Head of Security', D(2026, 3, 31), 0.4, 'G', 'Training dates set for Q3.'],
    ['Offer mediation and a named contact for disabled staff who report bullying by managers or colleagues.', '4a/4b', ['4a', '4b'], 'Freedom to Speak Up Guardian', D(2025, 11, 30), 0.5, 'G', 'Six mediators trained.'],
    ['Reserve two places for disabled staff on each cohort of the Leading for Inclusion programme.', '5', ['5'], 'Head of Leadership Development', D(2026, 3, 31), 0, 'R', 'Programme paused by the vacancy freeze.'],
    ['Review the attendance policy with the Disability Network so that disability-related absence is recorded separately.', '6 & 8', ['6', '8'], 'Head of HR Policy', D(2026, 2, 28), 0.3, 'A', 'First draft returned by staff side.'],
    ['Publish a monthly "adjustments made" figure from the central adjustments fund.', '8', ['8'], 'Head of Occupational Health', D(2025, 10, 31), 1, 'B', 'Reported from October.'],
    ['Invite the Disability Network chair to present at the People and Culture Committee twice a year.', '9b', ['9b'], 'Chief People Officer', D(2025, 11, 30), 0.5, 'G', 'First presentation in November.'],
    ['Ask all Board members to update their disability status on ESR and report the result.', '1 & 10', ['1', '10'], 'Company Secretary', D(2025, 12, 31), 0.8, 'G', '9 of 12 Board members updated.'],
    ['Report progress on this tracker to the People and Culture Committee every quarter.', 'All', ALL_WDES21, 'Chief People Officer', D(2026, 3, 31), 0.5, 'G', 'Q1 and Q2 reports made.'],
  ];
  let n = 0;
  for (const [action, m, inds, lead, due, pc, l, note] of data) {
    const ref = `DN25-${String(++n).padStart(2, '0')}`;
    p.action([ref, action, m, lead, due, pc, l, note], { ref, indicators: inds, action, lead, due: shown(due, F), status: l, rag: L[l][1], progress: note }, { styles: [{}, {}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, { numFmt: F }, { numFmt: '0%' }, { fill: L[l][0], bold: true, alignment: { horizontal: 'center', vertical: 'top' }, ...(L[l][2] ? { color: L[l][2] } : {}) }] });
  }
  p.ws.autoFilter = `A${h}:H${p.r}`;
  p.blank();
  p.line(['RAG: B = complete, G = on track, A = at risk, R = off track. % complete is the owner\'s own estimate.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY WDES tracker of a CROSS-BORDER ACUTE trust (many patients and staff from Wales), Aptos Narrow 11: a green merged title bar naming trust and plan, a blank row, a two-column LABEL BOX (rows 3–5: 'Owner:' → 'Chief People Officer', 'Approved:' → 'People and Culture Committee, 22 May 2025', 'Review date:' → 'October 2025 (mid-year) and March 2026'), a blank row, then a teal header 'ID | Action | Metric | Owner | Target | % complete | RAG | Notes' (row 7, autofilter). IDs 'DN25-01'…'DN25-11'. The metric comes AFTER the action as bare codes from the 2021+ set ('4a/4b' = ['4a','4b'], '6 & 8', '9b', '1 & 10', 'All' = all twelve). Owners are job titles. Target is a real date shown 'mmm yy' ('Sep 25'). '% complete' holds real percentages (0%–100%). RAG letters filled B blue / G green / A amber / R red. A key line sits below. Judgement calls: the status is the RAG letter, not the % complete (which is the owner's estimate, no gold field); lead = Owner; the label box and key line are not actions; theme null.", { ragCol: 'G', mode: 'fill', notFrom: ['F'] });
}
