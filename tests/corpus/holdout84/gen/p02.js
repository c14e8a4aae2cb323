// holdout84-wdes-2019-20-oxleigh: mental health trust's first WDES plan kept as a milestone plan: each action's cell is MERGED DOWN
// over two to four milestone rows, with the milestones and their dates in the columns beside; Metric, Lead, Complete by and RAG are
// merged down with the action. The gold reads ONE action per merged block: the milestones are the steps of that action.
import { Book, Plan, C, mergeDown, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Oxleigh and Tarnbrook Mental Health NHS Trust';
  const p = new Plan(book, { name: 'holdout84-wdes-2019-20-oxleigh', sheet: 'WDES 2019-20', standard: 'WDES', period: '2019-20', trust, widths: [9, 44, 40, 13, 24, 13, 10], font: { name: 'Verdana', size: 9 } });
  p.line([`${trust} – Workforce Disability Equality Standard action plan 2019-20`], { merge: ['A', 'G'], style: { bold: true, font: { size: 11 }, color: 'FF4B2C69' } });
  p.line(['Each action is broken into milestones so the Disability Staff Forum can see what happens when. The RAG is for the action as a whole.'], { merge: ['A', 'G'], height: 26, style: { italic: true } });
  p.blank();
  p.header(['Metric', 'Action', 'Milestones', 'Milestone date', 'Lead', 'Complete by', 'RAG'], { style: { fill: 'FF4B2C69', color: C.white } });
  const F = { G: C.green, A: C.amber, R: C.red, B: C.blue };
  const RG = { G: 'green', A: 'amber', R: 'red', B: 'blue' };
  const fmt = 'dd/mm/yyyy';
  const acts = [
    ['1', 'Run a campaign encouraging staff to update their disability status on ESR self-service, including inpatient and community staff without regular computer access.', [['Agree wording with the Disability Staff Forum', 'Jul 2019'], ['Posters and payslip message to all wards', 'Sep 2019'], ['Kiosk sessions on the three inpatient sites', 'Nov 2019']], 'Workforce Information Manager', D(2019, 12, 31), 'G'],
    ['2', 'Sign up to Disability Confident Level 2 and guarantee interviews for disabled applicants who meet the essential criteria.', [['Self-assessment submitted', 'Aug 2019'], ['TRAC guaranteed-interview flag switched on', 'Oct 2019']], 'Head of Resourcing', D(2019, 10, 31), 'B'],
    ['3', 'Review every capability case from the last three years for whether reasonable adjustments were considered first.', [['Case list pulled from ER tracker', 'Sep 2019'], ['Review panel with a Forum member', 'Dec 2019'], ['Findings and changes to the capability policy', 'Feb 2020'], ['Policy to JNCC', 'Mar 2020']], 'Employee Relations Lead', D(2020, 3, 31), 'A'],
    ['4a, 4b', 'Give managers a simple route to report harassment of disabled staff by patients and carers on the wards.', [['Datix category added', 'Oct 2019'], ['Briefing at ward managers’ meeting', 'Jan 2020']], 'Head of Patient Safety', D(2020, 1, 31), 'R'],
    ['9a, 9b', 'Give the Disability Staff Forum a seat on the People Committee and a yearly budget.', [['Terms of reference changed', 'Nov 2019'], ['Budget agreed in 2020/21 plan', 'Mar 2020']], 'Director of People', D(2020, 3, 31), 'A'],
    ['10', 'Offer board members disability awareness development and invite a Forum member to a board seminar.', [['Board seminar booked', 'Feb 2020']], 'Trust Secretary', D(2020, 2, 28), 'G'],
  ];
  const spans = {};
  for (const [met, act, ms, lead, by, rag] of acts) {
    const top = p.r + 1;
    ms.forEach(([m, md], i) => {
      const vals = [i ? '' : met, i ? '' : act, m, md, i ? '' : lead, i ? '' : by, i ? '' : rag];
      const styles = [{ alignment: { horizontal: 'center', vertical: 'middle' } }, { alignment: { vertical: 'middle' } }, {}, {}, { alignment: { vertical: 'middle' } }, { numFmt: fmt, alignment: { vertical: 'middle' } }, { fill: F[rag], bold: true, alignment: { horizontal: 'center', vertical: 'middle' } }];
      if (i === 0) p.action(vals, { indicators: met.split(', '), action: act, lead, due: shown(by, fmt), status: rag, rag: RG[rag] }, { styles });
      else p.line(vals, { border: true, styles });
    });
    if (p.r > top) { for (const c of ['A', 'B', 'E', 'F', 'G']) mergeDown(p.ws, c, top, p.r); spans[top] = { col: 'B', to: p.r }; }
  }
  p.blank();
  p.line(['RAG: G = on track, A = some slippage, R = off track, B = completed'], { merge: ['A', 'G'], style: { font: { size: 8 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health trust, first WDES year). Sheet 'WDES 2019-20': title with the trust name, an italic line explaining that each action is broken into milestones and that the RAG is for the action as a whole, then the purple header 'Metric | Action | Milestones | Milestone date | Lead | Complete by | RAG' (row 4) and six actions. Each action's Metric, Action, Lead, Complete by and RAG cells are MERGED DOWN over its milestone rows (two to four rows; the last action has one milestone and no merge); the Milestones and Milestone date columns hold one step per row. Judgement calls: ONE action per merged block, on its top row – the layout says so (one Action cell, one Lead, one Complete by and one RAG spanning the rows, and the intro says the RAG is for the action as a whole), so the milestone rows below the top are non-action rows and the milestones are no separate actions; due = Complete by as displayed (real dates dd/mm/yyyy), never a Milestone date; status = the RAG letter, rag from its fill (B = completed on blue → blue); lead = Lead; theme null; no ref; indicators from Metric ('4a, 4b', '9a, 9b' → both).", { mode: 'fill', ragCol: 7, spans, spanCol: 'B', mergedFields: { lead: 'E', due: 'F' }, notFrom: ['C', 'D'] });
}
