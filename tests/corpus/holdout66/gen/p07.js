// holdout66-wres-2021-22-fenwickdale: a primary care collaborative's committee paper. A quarter summary line and a letter key sit above
// the grid; each area ends with a shaded SUB-TOTAL row (the area's RAG counts in the RAG column); a committee comment is a yellow row
// merged across; the RAG is a plain letter explained by the key.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Fenwick and Dale Primary Care Collaborative';
  const p = new Plan(book, { name: 'holdout66-wres-2021-22-fenwickdale', sheet: 'WRES plan Q2', standard: 'WRES', period: '2021-22', trust, widths: [5, 54, 12, 26, 12, 9, 40], font: { name: 'Calibri', size: 10 } });
  p.line([`${trust} (PCNs: Fenwick North, Fenwick South, Dale Valley)`], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.line(['Workforce and OD Committee – WRES action plan 2021/22 – quarter 2 report'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Q2 summary: 5 of 8 actions on track, 2 with some slippage, 1 off track. No actions closed this quarter.'], { merge: ['A', 'G'], style: { italic: true } });
  p.line(['Key: G = on track; A = some slippage; R = off track'], { merge: ['A', 'G'], style: { font: { size: 9 } } });
  p.blank();
  p.header(['#', 'Action', 'WRES ind.', 'Practice / PCN lead', 'Target', 'RAG', 'Comments'], { style: { fill: C.teal, color: C.white } });
  const area = (t) => p.line([t], { merge: ['A', 'G'], style: { bold: true, fill: 'FFD0ECE7' } });
  const sub = (t, n) => p.line([undefined, t, undefined, undefined, undefined, n], { border: true, style: { fill: C.palegrey, bold: true, font: { size: 9 } } });
  const act = (th, [n, a, ind, lead, due, r, com]) => p.action([n, a, ind, lead, due, r, com], { ref: n, indicators: ind ? String(ind).split(/,\s*/) : [], theme: th, action: a, lead, due, status: r, rag: { G: 'green', A: 'amber', R: 'red' }[r], progress: com }, { styles: [{}, {}, {}, {}, {}, { alignment: { horizontal: 'center' } }] });
  let t = 'Area 1: Knowing our workforce';
  area(t);
  act(t, ['1', 'Collect ethnicity for all practice staff, including salaried GPs and ARRS roles, through one shared form.', '1', 'Collaborative Workforce Lead', 'Sep 2021', 'G', 'Returns from 17 of 19 practices.']);
  act(t, ['2', 'Produce the first collaborative-wide WRES data summary for the committee.', '1', 'Business Intelligence Analyst', 'Dec 2021', 'G', 'Draft tables ready for Q3.']);
  sub('Sub-total – Area 1', 'G 2');
  t = 'Area 2: Recruitment across practices';
  area(t);
  act(t, ['3', 'Agree a shared job advert template with an inclusion statement for all practice vacancies.', '2', 'Practice Manager Lead, Dale Valley PCN', 'Oct 2021', 'G', 'Template adopted by all three PCNs.']);
  act(t, ['4', 'Offer practice managers a half-day session on fair shortlisting and interviewing.', '2', 'Training Hub Lead', 'Nov 2021', 'A', 'Session moved to January because of the booster programme.']);
  act(t, ['5', 'Create a shared pool of trained interview panel members from across the collaborative.', '2', 'Collaborative Workforce Lead', 'Mar 2022', 'A', 'Nine volunteers so far; target is fifteen.']);
  sub('Sub-total – Area 2', 'G 1, A 2');
  p.line(['Committee comment (July meeting): members asked whether locum GPs could also be included in the panel pool; to be considered in Q3.'], { merge: ['A', 'G'], style: { italic: true, fill: C.yellow } });
  t = 'Area 3: Culture and speaking up';
  area(t);
  act(t, ['6', 'Appoint a Freedom to Speak Up champion in each PCN with time agreed in their job plan.', '7, 8', 'Clinical Director, Fenwick North PCN', 'Jul 2021', 'G', 'All three champions appointed.']);
  act(t, ['7', 'Put up a zero-tolerance notice on racist abuse in every reception area and on practice websites.', '5', 'Practice Manager Lead, Fenwick South PCN', 'Aug 2021', 'G', 'Done in 18 practices; one site awaiting refit.']);
  act(t, ['8', 'Hold a listening event for staff from ethnic minority backgrounds across the collaborative.', '7', 'Clinical Director, Dale Valley PCN', 'Nov 2021', 'R', 'No date yet – facilitator not secured.']);
  sub('Sub-total – Area 3', 'G 2, R 1');
  sub('Total', 'G 5, A 2, R 1');
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional primary care collaborative of three PCNs): a Workforce and OD Committee quarter 2 report on the WRES action plan 2021/22. A title naming the collaborative and its PCNs, the paper title, an italic 'Q2 summary: 5 of 8 actions on track …' line, a letter KEY ('G = on track; A = some slippage; R = off track'), then one teal header '# | Action | WRES ind. | Practice / PCN lead | Target | RAG | Comments' (row 6). Three AREA rows merged across. Each area ends with a small grey bold SUB-TOTAL row: 'Sub-total – Area 2' in the Action column and the area's counts ('G 1, A 2') in the RAG column; a 'Total' row after the last. A committee comment is a yellow italic row merged across. The RAG column holds a plain letter with no colour. Judgement calls: the summary line, key, sub-total and total rows and the committee comment are NOT actions – the sub-totals' 'G 1, A 2' are counts, not statuses; ref = '#'; indicators from 'WRES ind.' ('7, 8' → ['7','8']); theme = the area row; lead as written ('Practice Manager Lead, Dale Valley PCN'); status = the letter, rag from the key (G green, A amber, R red); progress = Comments.", { mode: 'word', ragCol: 'F', words: { G: 'green', A: 'amber', R: 'red' } });
}
