// holdout67-wdes-2025-26-yarrowford: primary care collaborative (PCN group) publishing a WDES plan. Each action's cells (No., metric,
// action, lead, due, status) are MERGED DOWN over its TASK rows; the Tasks column lists one task per row with a ☑ / ☐ box.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Yarrowford Primary Care Collaborative';
  const p = new Plan(book, { name: 'holdout67-wdes-2025-26-yarrowford', sheet: 'WDES plan', standard: 'WDES', period: '2025-26', trust, widths: [6, 10, 44, 24, 13, 12, 48], font: { name: 'Segoe UI', size: 9 } });
  p.line([`${trust} – Workforce Disability Equality Standard plan 2025-26`], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['Seven practices and the Yarrowford PCN hub (412 staff). We publish the WDES voluntarily.'], { merge: ['A', 'G'] });
  p.line(['☑ = task done   ☐ = task still to do'], { merge: ['A', 'G'], style: { color: 'FF595959' } });
  p.blank();
  p.header(['No.', 'WDES metric', 'Action', 'Lead', 'Due', 'Status', 'Tasks'], { style: { fill: C.purple, color: C.white } });
  const F = { 'Done': C.green, 'On track': C.lightgreen, 'Behind': C.amber, 'Stalled': C.red };
  const RG = { 'Done': 'green', 'On track': 'green', 'Behind': 'amber', 'Stalled': 'red' };
  const acts = [
    ['1', '1', ['1'], 'Invite every member of staff to update their disability status in the HR system', 'Collaborative HR Manager', 'Jun 2025', 'Done', ['☑ email from the clinical director', '☑ reminder at each practice meeting', '☑ paper form for staff without system access']],
    ['2', '2', ['2'], 'Sign up all seven practices to Disability Confident Committed', 'Practice Managers\' Forum chair', 'Sep 2025', 'On track', ['☑ four practices signed up', '☐ remaining three practices']],
    ['3', '4a, 4b', ['4a', '4b'], 'Give reception teams a clear process for dealing with abusive patients and for supporting the staff member afterwards', 'Operations Lead', 'Oct 2025', 'Behind', ['☑ draft process written', '☐ agree with practice partners', '☐ short training session in each practice', '☐ check the incident log after 3 months']],
    ['4', '6, 7', ['6', '7'], 'Offer every disabled member of staff a wellbeing conversation and a written adjustments agreement', 'Wellbeing Lead', 'Dec 2025', 'On track', ['☑ template agreed', '☐ conversations in all practices']],
    ['5', '8', ['8'], 'Set aside a small central fund for reasonable adjustments so that a practice\'s budget is never the reason for a delay', 'Clinical Director', 'Aug 2025', 'Stalled', ['☐ proposal to the collaborative board', '☐ agree how practices apply']],
    ['6', '9a', ['9a'], 'Hold a listening session with disabled staff on the 2025 staff survey results', 'Collaborative HR Manager', 'Jul 2025', 'Done', ['☑ session held 9 July (11 attended)']],
    ['7', '10', ['10'], 'Ask the collaborative board to appoint a lived-experience disability champion', 'Clinical Director', 'Mar 2026', 'On track', ['☐ board discussion in November']],
  ];
  for (const [no, m, inds, act, lead, due, st, tasks] of acts) {
    const first = p.r + 1;
    tasks.forEach((t, i) => {
      if (i === 0) p.action([no, m, act, lead, due, st, t], { ref: no, indicators: inds, action: act, lead, due, status: st, rag: RG[st] }, { styles: [{}, {}, {}, {}, {}, { fill: F[st] }, {}] });
      else { const r = p.line(['', '', '', '', '', '', t], { border: true }); (p.blocks[first] ||= []).push(r); }
    });
    for (const col of ['A', 'B', 'C', 'D', 'E', 'F']) mergeDown(p.ws, col, first, p.r);
  }
  p.blank();
  p.line(['Agreed by the Collaborative Board, 22 May 2025. Next review: November 2025.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Fictional primary care collaborative (seven GP practices and a PCN hub), WDES 2025/26 published voluntarily. Title, a context line, a box key line, header 'No. | WDES metric | Action | Lead | Due | Status | Tasks' (Segoe UI 9). Each action's No., metric, action, lead, due and status cells are MERGED DOWN over one to four rows, and the Tasks column gives ONE TASK PER ROW with a ☑ (done) or ☐ (to do) box. Judgement calls: one action per merged block, its row the first row of the merge (where the merged cells' values sit); the later task rows are non-action rows (they carry only a task – the merged cells are empty there), and tasks are never actions; the tasks are not the progress either (the plan has no progress column; the ticks show steps done, not an update) – progress ''; lead, due ('Jun 2025' as text), status from the merged cells; rag from the status fill ('On track' on light green → green, 'Stalled' red); ref = No.; indicators from the metric cell (WDES codes 4a, 4b, 9a as written; '6, 7' → 6,7); theme null. Context lines and the board sign-off are not actions.", { mode: 'fill', ragCol: 'F' });
}
