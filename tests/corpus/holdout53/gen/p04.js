// holdout53-wdes-2019-20-rivenshaw: a mental health trust's first WDES plan: a 'Cover' sheet (document control) and the plan sheet,
// where Metric and 'What the 2019 data shows' are merged down over their actions; the Lead cell gives TWO LABELLED LINES ('Exec: …' /
// 'Op: …'); Timescale holds a quarter and, on a second line, a review point; RAG is a letter on a fill; Progress holds dated '•' lines.
import { Book, Plan, C, mergeDown } from './lib.js';
import { L, nz, H } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'Rivenshaw Partnership NHS Foundation Trust';
  const cv = book.wb.addWorksheet('Cover');
  cv.getColumn(1).width = 24; cv.getColumn(2).width = 60;
  for (const r of [[trust], ['Workforce Disability Equality Standard (WDES) Action Plan 2019-20'], [], ['Document owner', 'Associate Director of Inclusion'], ['Approved by', 'People and Culture Committee'], ['Date approved', '18 September 2019'], ['Version', '1.2 (progress added February 2020)'], ['Review date', 'August 2020']]) cv.addRow(r).font = { name: 'Arial', size: 10 };
  cv.getCell('A1').font = { name: 'Arial', size: 14, bold: true };
  const p = new Plan(book, { name: 'holdout53-wdes-2019-20-rivenshaw', sheet: 'WDES plan', standard: 'WDES', period: '2019-20', trust, widths: [16, 34, 52, 30, 18, 7, 46] });
  p.line(['WDES Action Plan 2019-20'], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 }, color: C.purple } });
  p.line(['RAG: G = on track or complete, A = some slippage, R = not on track'], { merge: ['A', 'G'], style: { font: { size: 9 } } });
  p.header(['Metric', 'What the 2019 data shows', 'Action', 'Lead', 'Timescale', 'RAG', 'Progress'], { style: { fill: C.lilac } });
  const RAG = { G: [C.green, 'green'], A: [C.amber, 'amber'], R: [C.red, 'red'] };
  const groups = [
    ['1', 'Metric 1\nWorkforce by band', '4.1% of staff have told us they have a disability; 22% of records say "not declared".', [
      [L('Run a "Count me in" campaign so staff update their disability status on ESR self-service:', '• article in the staff bulletin', '• stand at each corporate induction', '• reminder in every appraisal'), L('Exec: Director of People', 'Op: Workforce Information Manager'), L('Q3 2019/20', 'review Q1 2020/21'), 'G', L('• 14/10/19 campaign launched', '• 31/01/20 not declared down to 18%')],
    ]],
    ['2', 'Metric 2\nShortlisting', 'Non-disabled applicants are 1.39 times more likely to be appointed from shortlisting.', [
      [L('Sign up to Disability Confident Level 2 and check our recruitment against it.'), L('Exec: Director of People', 'Op: Recruitment Lead'), L('Q4 2019/20', 'Level 2 assessment due'), 'A', L('• 09/12/19 self-assessment started', '• 20/02/20 evidence gaps in interview adjustments')],
      [L('Give recruiting managers a short guide to reasonable adjustments at interview.'), L('Exec: Director of People', 'Op: Recruitment Lead'), 'Q3 2019/20', 'G', '• 28/11/19 guide published on the intranet'],
    ]],
    ['4', 'Metric 4\nHarassment, bullying or abuse', 'Disabled staff report more harassment from managers (17%) than non-disabled staff (10%).', [
      [L('Train Freedom to Speak Up champions to support disabled staff:', '• half-day session with the Disability Network', '• champions listed on the network page'), L('Exec: Director of Nursing', 'Op: Freedom to Speak Up Guardian'), 'Q4 2019/20', 'A', '• 16/01/20 first session held; second postponed'],
    ]],
    ['5', 'Metric 5\nCareer progression', '39% of disabled staff believe the trust offers equal opportunities for progression, against 48%.', [
      [L('Offer places for disabled staff on the Stepping Up leadership programme.'), L('Exec: Director of People', 'Op: Head of Leadership Development'), L('Q1 2020/21', 'next cohort starts April'), 'G', '• 05/02/20 six places agreed'],
    ]],
    ['7', 'Metric 7\nFeeling valued', '31% of disabled staff feel their work is valued, against 42%.', [
      [L('Set up the Disability and Wellbeing Staff Network with an executive sponsor:', '• elect a chair and deputy', '• agree terms of reference', '• protected time for the chair'), L('Exec: Chief Executive', 'Op: Associate Director of Inclusion'), 'Q3 2019/20', 'G', L('• 02/10/19 sponsor named', '• 11/12/19 chair elected; ToR agreed')],
    ]],
    ['9', 'Metric 9\nEngagement and voice', 'Staff engagement is 6.6 for disabled staff and 7.0 for non-disabled staff.', [
      [L('Hold two listening events with disabled staff and publish "you said, we did".'), L('Exec: Chief Executive', 'Op: Associate Director of Inclusion'), 'Q4 2019/20', 'R', '• 18/02/20 first event cancelled (room access); rebooking'],
    ]],
  ];
  for (const [ind, metric, data, acts] of groups) {
    const first = p.r + 1;
    acts.forEach(([act, lead, due, rag, prog], i) => {
      p.action([i === 0 ? metric : undefined, i === 0 ? data : undefined, act, lead, due, rag, prog], { indicators: [ind], action: nz(act), lead: nz(lead), due: due.split('\n')[0], status: rag, rag: RAG[rag][1], progress: nz(prog) }, { height: Math.max(H(act, lead, prog), 44), styles: [{}, {}, {}, {}, {}, { fill: RAG[rag][0], alignment: { horizontal: 'center' } }] });
    });
    mergeDown(p.ws, 'A', first, p.r); mergeDown(p.ws, 'B', first, p.r);
  }
  p.blank();
  p.line(['Metric 3 (capability), metric 6 (presenteeism), metric 8 (adjustments) and metric 10 (Board) are covered by the trust-wide Inclusion Plan.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health foundation trust) in a workbook with a 'Cover' sheet (document owner, approval, dates, version – context) and the plan sheet 'WDES plan' (this gold): a title, a RAG key line, one header 'Metric | What the 2019 data shows | Action | Lead | Timescale | RAG | Progress' (row 3), seven actions under six metrics, and a note on the metrics not covered. METRIC ('Metric 2\\nShortlisting') and the 2019 DATA sentence are MERGED DOWN beside their actions. The cells hold structure: several ACTION cells are a lead-in line ending ':' then '•' steps on their own lines; every LEAD cell gives TWO LABELLED LINES 'Exec: <role>' / 'Op: <role>'; some TIMESCALE cells hold the quarter and, on a second line, a review point or note ('Q3 2019/20\\nreview Q1 2020/21'); PROGRESS cells hold dated '•' updates. Judgement calls: one row = one action (the bullets are its steps); action = the whole cell collapsed; lead = the whole Lead cell collapsed, both labelled lines kept as written ('Exec: Director of People Op: Workforce Information Manager') – neither the executive nor the operational lead chosen over the other; due = the quarter line only ('Q3 2019/20'), the review note is not the due; status = the RAG letter, rag from its fill; progress = the whole Progress cell collapsed; indicators = the metric number in the merged Metric cell (2019 WDES: whole metrics 4 and 9); no theme (merged context columns); the data sentence, the key line, the note on uncovered metrics and the Cover sheet (its owner is not a lead, its dates are not dues) are not actions.", { actionCol: 'C', leadCol: 'D', mode: 'fill', ragCol: 6, notFrom: ['A', 'B'] });
}
