// holdout81-wres-2016-17-hollinsgate: acute trust, the first WRES plan kept as a QUARTERLY tracker: a two-row header with a merged
// quarter band over 'Update | RAG' pairs (Q1 … Q4); Q4 not yet reached, some Q3s blank, one Q3 update written with its RAG left blank.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Hollinsgate Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout81-wres-2016-17-hollinsgate', sheet: 'WRES 16-17', standard: 'WRES', period: '2016-17', trust, widths: [6, 9, 44, 20, 10, 30, 6, 30, 6, 30, 6, 24, 6], font: { name: 'Calibri', size: 10 } });
  const ws = p.ws;
  p.line([trust], { merge: ['A', 'M'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard – action plan 2016/17: quarterly progress tracker (updated after each quarter’s Equality & Diversity Steering Group)'], { merge: ['A', 'M'], style: { italic: true } });
  p.blank();
  const navy = { fill: C.navy, color: C.white, alignment: { horizontal: 'center', vertical: 'middle' } };
  const h1 = p.header(['Ref', 'WRES indicator', 'Action', 'Lead', 'Due', 'Q1 (Apr–Jun 16)', '', 'Q2 (Jul–Sep 16)', '', 'Q3 (Oct–Dec 16)', '', 'Q4 (Jan–Mar 17)', ''], { style: navy, merge: [['F', 'G'], ['H', 'I'], ['J', 'K'], ['L', 'M']] });
  const h2 = p.header(['', '', '', '', '', 'Update', 'RAG', 'Update', 'RAG', 'Update', 'RAG', 'Update', 'RAG'], { style: { fill: C.paleblue, alignment: { horizontal: 'center' } } });
  for (const c of 'ABCDE') ws.mergeCells(`${c}${h1}:${c}${h2}`);
  ws.views = [{ state: 'frozen', xSplit: 3, ySplit: h2 }];
  const F = { G: C.green, A: C.amber, R: C.red, B: C.blue };
  const RG = { G: 'green', A: 'amber', R: 'red', B: 'blue' };
  // [ref, ind, action, lead, due, q1u, q1r, q2u, q2r, q3u, q3r]
  const rows = [
    ['W01', '1', 'Clean the ethnicity field in ESR so that fewer than 5% of staff are recorded as “not stated”, starting with medical and dental staff.', 'Head of Workforce Information', 'Sep 2016', 'Letters sent to 1,180 staff with no recorded ethnicity.', 'G', 'Not stated down from 11.4% to 6.2%.', 'G', 'Now 4.7%; closed.', 'B'],
    ['W02', '2', 'Add the shortlisting-to-appointment ratio by ethnicity to the monthly recruitment dashboard for every division.', 'Recruitment Manager', 'Dec 2016', 'TRAC report specified.', 'G', 'Report built but divisional split not working.', 'A', 'Divisional split fixed; first dashboard issued in November.', 'G'],
    ['W03', '3', 'Review every disciplinary case opened in 2015/16 for BME staff to see whether informal resolution was offered first.', 'Deputy Director of HR', 'Jun 2016', 'Case review done: 41 cases, 9 with no informal stage recorded.', 'B', '', '', '', ''],
    ['W04', '4', 'Publish uptake of non-mandatory training and CPD funding by ethnicity and staff group each half year.', 'Head of Learning & Development', 'Mar 2017', '', '', 'Data pulled from OLM; CPD spend held in three separate budgets.', 'A', 'First half-year report written but not yet taken to the Steering Group.', ''],
    ['W05', '5', 'Run a campaign on wards with the highest rates of abuse from patients and relatives, with posters and a zero-tolerance letter template.', 'Head of Security & Violence Reduction', 'Dec 2016', 'Wards identified from Datix.', 'G', 'Posters designed; letter template with Legal.', 'A', 'Letter template still not approved.', 'R'],
    ['W06', '6, 8', 'Set up a BME staff network with protected time for the chair and a direct line to the Chief Executive.', 'Director of Workforce', 'Sep 2016', 'Launch event held 14 June, 63 attended.', 'G', 'Chair elected; two hours a week agreed.', 'B', '', ''],
    ['W07', '7', 'Ask every band 7 and above vacancy panel to include a trained panel member from the BME network.', 'Recruitment Manager', 'Mar 2017', '', '', '', '', 'Twelve network members trained as panellists.', 'G'],
    ['W08', '9', 'Report the board’s ethnic make-up against the local population in the annual report and to the Council of Governors.', 'Trust Secretary', 'Jun 2016', 'In the 2015/16 annual report.', 'B', '', '', '', ''],
    ['W09', '1, 7', 'Pilot a reverse mentoring scheme pairing executive directors with BME band 5 and 6 nurses.', 'Deputy Chief Nurse', 'Mar 2017', 'Not started – waiting for the network.', 'R', 'Eight pairs matched.', 'G', '', ''],
  ];
  for (const r of rows) {
    const [ref, ind, act, lead, due, u1, r1, u2, r2, u3, r3] = r;
    const rag = r3 || r2 || r1; const prog = u3 || u2 || u1;
    const rs = (x) => (x ? { fill: F[x], bold: true, alignment: { horizontal: 'center' } } : {});
    p.action([...r, '', ''], { ref, indicators: ind.split(', '), action: act, lead, due, status: rag, rag: RG[rag] ?? null, progress: prog }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, {}, rs(r1), {}, rs(r2), {}, rs(r3), {}, {}] });
  }
  p.blank();
  p.line(['RAG:  B = complete   G = on track   A = some risk to delivery   R = off track / not started.  A blank RAG means the quarter was not rated.'], { merge: ['A', 'M'] });
  p.line(['Q4 to be completed for the year-end report to the Workforce Committee on 25 April 2017.'], { merge: ['A', 'M'], style: { italic: true } });
  const NOTES = "Original plan (fictional acute foundation trust), the first WRES plan kept as a quarterly tracker. Sheet 'WRES 16-17': trust name, an italic title line, a blank row, then a TWO-ROW header (rows 4–5, frozen): row 4 'Ref | WRES indicator | Action | Lead | Due' (each merged down over row 5) and four quarter bands 'Q1 (Apr–Jun 16)' … 'Q4 (Jan–Mar 17)' each merged over two columns; row 5 'Update | RAG' under every band. Nine actions W01–W09, then a RAG key line and an italic line saying Q4 is still to come. RAG letters on fills (B blue = complete, G green, A amber, R red). The Q4 columns are empty on every row; several rows have no Q3 (and W07 no Q1 or Q2). Judgement calls: status = the MOST RECENT quarter RAG the plan states and rag from its fill; progress = the most recent quarter's update that is written – the two are chosen separately, so W04 (Q3 update written, Q3 RAG blank) has progress from Q3 but status 'A' from Q2; a quarter left blank after an earlier one (W03, W06, W08 completed or rated early) leaves the earlier quarter as the latest; W09's Q1 'R' is superseded by its Q2 'G'; lead = Lead; due = Due as typed ('Sep 2016'); indicators from the indicator cell ('6, 8' and '1, 7' → both); theme null; the 25 April 2017 report date is no due; the quarter headers are not dues.";
  await book.save(`${p.name}.xlsx`);
  p.saveGold(NOTES, { latest: { ragCols: ['G', 'I', 'K', 'M'], updCols: ['F', 'H', 'J', 'L'], ragMode: 'fill' }, forbidden: ['25 April 2017'] });
}
