// holdout73-wdes-2023-24-limberdale: acute teaching trust, an ordinary WDES plan whose author MERGED CELLS DOWN to save typing: the
// 'WDES Metric' cell over each metric's actions, the Lead cell over runs of actions with the same lead, and one Target cell over two
// actions. Metric 4 and metric 9 written without a letter. RAG letters B / G / A / R on fills; a stray line under the key.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Limberdale University Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout73-wdes-2023-24-limberdale', sheet: 'WDES Action Plan', standard: 'WDES', period: '2023-24', trust, widths: [22, 7, 54, 26, 12, 7, 44], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 }, color: C.darkblue } });
  p.line(['Workforce Disability Equality Standard: Action Plan 2023/24'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Approved by the People Committee on 19 October 2023.'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  const h = p.header(['WDES Metric', 'Ref', 'Action', 'Lead', 'Target', 'RAG', 'Progress to date'], { style: { fill: C.darkblue, color: C.white, alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const F = { B: C.blue, G: C.green, A: C.amber, R: C.red }; const RAG = { B: 'blue', G: 'green', A: 'amber', R: 'red' };
  // [metric label (first row of its run only), indicators, ref, action, lead (first of its run only), target, rag, progress]
  const groups = [
    ['Metric 1 – Workforce representation', ['1'], [
      ['L01', 'Run a disability declaration campaign alongside the staff survey, with a short film made by members of the network.', 'Head of Workforce Information', 'Dec 2023', 'B', 'Declaration on ESR up from 4.1% to 5.6%.'],
      ['L02', 'Give staff a simple online form to update their disability status without going through their manager.', null, 'Jan 2024', 'G', 'Form built; it goes live in January.'],
    ]],
    ['Metric 2 – Shortlisting to appointment', ['2'], [
      ['L03', 'Sign up to Disability Confident Leader and meet its commitments on guaranteed interviews.', 'Head of Recruitment', 'Mar 2024', 'A', 'Self-assessment drafted; no validation partner found yet.'],
      ['L04', 'Offer interview questions in advance to candidates who ask for it as an adjustment.', null, null, 'R', 'Hiring managers have not agreed; back to the Recruitment Group in February.'],
    ]],
    ['Metric 3 – Formal capability', ['3'], [
      ['L05', 'Check that occupational health advice and reasonable adjustments are in place before any capability hearing goes ahead.', 'Head of Employee Relations', 'Nov 2023', 'B', 'Added to the capability checklist in November.'],
    ]],
    ['Metric 4 – Harassment, bullying or abuse', ['4'], [
      ['L06', 'Give staff who report harassment from patients a named contact and a follow-up within five working days.', 'Staff Experience Lead', 'Dec 2023', 'G', 'In place in ED and AMU; rolling out to the wards.'],
      ['L07', 'Add a disability field to the Datix violence and aggression form so that incidents can be analysed.', null, 'Feb 2024', 'A', 'Datix change requested; in the IT queue.'],
      ['L08', 'Run bystander training for team leaders, with a section on ableist language and behaviour.', null, 'Mar 2024', 'G', 'Three sessions run, 54 attended.'],
    ]],
    ['Metric 5 – Career progression', ['5'], [
      ['L09', 'Include disabled staff in the talent conversations pilot and report progression outcomes by disability.', 'Head of Leadership & OD', 'Mar 2024', 'A', 'Pilot has started in surgery only.'],
    ]],
    ['Metric 7 – Feeling valued', ['7'], [
      ['L10', 'Set up a central reasonable adjustments budget so that teams do not pay for equipment out of their own budgets.', 'Deputy Chief People Officer', 'Jan 2024', 'R', 'Funding bid turned down in November; to be resubmitted at year end.'],
    ]],
    ['Metric 9 – Disabled staff voice', ['9'], [
      ['L11', 'Fund the Disability & Long-Term Conditions Network chair for one day a week.', 'Chief People Officer', 'Oct 2023', 'B', 'Agreed and backfilled from October.'],
    ]],
  ];
  for (const [label, inds, acts] of groups) {
    const r0 = p.r + 1; let leadRun = null, leadStart = 0, dueRun = null, dueStart = 0;
    const closeLead = (end) => { if (leadStart) mergeDown(p.ws, 'D', leadStart, end); };
    const closeDue = (end) => { if (dueStart) mergeDown(p.ws, 'E', dueStart, end); };
    for (const [i, [ref, act, lead, tgt, rag, prog]] of acts.entries()) {
      const r = p.r + 1;
      if (lead) { closeLead(r - 1); leadRun = lead; leadStart = r; }
      if (tgt) { closeDue(r - 1); dueRun = tgt; dueStart = r; }
      p.action([i === 0 ? label : '', ref, act, lead || '', tgt || '', rag, prog], { ref, indicators: inds, action: act, lead: leadRun, due: dueRun, status: rag, rag: RAG[rag], progress: prog }, { styles: [{ bold: true, alignment: { vertical: 'middle', wrapText: true } }, { alignment: { horizontal: 'center' } }, {}, { alignment: { vertical: 'middle', wrapText: true } }, { alignment: { horizontal: 'center', vertical: 'middle' } }, { fill: F[rag], bold: true, color: rag === 'A' ? C.black : C.white, alignment: { horizontal: 'center' } }] });
    }
    closeLead(p.r); closeDue(p.r);
    mergeDown(p.ws, 'A', r0, p.r);
  }
  p.blank();
  p.line(['Key: B = complete   G = on track   A = at risk   R = off track'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Metrics 6 and 8 (staff survey) – no separate actions this year; they are picked up in the staff survey action plan.'], { merge: ['A', 'G'], style: { italic: true, color: 'FF7F7F7F' } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute teaching trust). Sheet 'WDES Action Plan': trust name, title, an italic 'Approved by the People Committee on 19 October 2023' line, a blank row, then the navy header 'WDES Metric | Ref | Action | Lead | Target | RAG | Progress to date' (row 5, frozen), eleven actions L01–L11 and, after a blank row, a key line and a grey italic line saying metrics 6 and 8 have no actions. Everyday quirk: MERGED CELLS – the WDES Metric cell ('Metric 1 – Workforce representation' …) is merged down over each metric's actions; the Lead cell is merged down over runs of actions with the same lead (L01–L02 Head of Workforce Information, L03–L04 Head of Recruitment, L06–L08 Staff Experience Lead); the Target cell 'Mar 2024' is merged over L03–L04. Judgement calls: a merged cell's value belongs to every row it covers, so L02's lead is Head of Workforce Information, L04's lead is Head of Recruitment and its due 'Mar 2024', L07 and L08's lead is Staff Experience Lead; indicators from the merged metric cell – metrics 4 and 9 are written WITHOUT a letter, so ['4'] and ['9'] as written (not guessed as 4a / 4b or 9a / 9b); the metric cell is the indicator, not a theme (theme null); status = the RAG letter, rag from its fill (B blue = complete); the approval date is no due; the closing line about metrics 6 and 8 is no action.", { mode: 'fill', ragCol: 6, indCol: 'A', forbidden: ['19 October 2023'], mergedLead: { col: 'D', rows: 3 } });
}
