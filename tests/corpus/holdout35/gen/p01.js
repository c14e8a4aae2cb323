// holdout35-wres-2016-17-wardleigh: follows a trust's 'Workforce Race Equality Standards (WRES) Action Plan 2016/2017' as published in a
// PDF (https://paperzz.com/doc/7117196/1-workforce-race-equality-standards--wres--action-plan-2016): a page number and the title, then one
// table `Activity | Planned completion period | Lead | Completed (G) / In Progress (A) / Yet to Begin (R) | Relevant to WRES 2016 indicator`
// – the status header IS the key; indicator cells 'All', '1,7', '1,9'; a lead cell left empty; page 2 repeats the header under its page
// number. Here the PDF has been turned into Excel (one row per activity). Status words in the key column with their colour are ASSUMED.
import { Book, Plan, C, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wardleigh Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout35-wres-2016-17-wardleigh', sheet: 'WRES action plan', standard: 'WRES', period: '2016-17', trust, widths: [70, 16, 22, 18, 16], font: { name: 'Calibri', size: 11 } });
  const F = { Completed: C.green, 'In Progress': C.amber, 'Yet to Begin': C.red };
  const hdr = ['Activity', 'Planned completion period', 'Lead', 'Completed (G)\nIn Progress (A)\nYet to Begin (R)', 'Relevant to WRES 2016 indicator'];
  const H = { style: { fill: C.lightblue }, height: 48 };
  p.line(['1'], { style: { alignment: { horizontal: 'right' } }, at: 5 });
  p.line([`${trust} – Workforce Race Equality Standards (WRES) Action Plan 2016/2017`], { merge: ['A', 'E'], style: { bold: true, font: { size: 13 } } });
  p.header(hdr, H);
  const rows = [
    ['Check the ethnicity recorded for every member of staff on ESR before the 2016 WRES return is compiled', 'March 2017', 'Workforce Information', 'Completed', '1'],
    ['Find out whether staff want a Trust BME staff network and, if they do, hold a launch event with an executive sponsor', '2016/17', 'E&D leads', 'In Progress', 'All'],
    ['Ask the equality link workers in each directorate to promote the WRES and to share the career stories of BME managers as role models', '2016/17', 'E&D leads', 'Yet to Begin', 'All'],
    ['Take the WRES results and this plan to staff side and the Joint Negotiating Committee, and keep them updated', 'Ongoing', 'E&D leads/OD', 'In Progress', 'All'],
    ['Review the training for appointing managers so that it covers bias at shortlisting and at interview, and add it to the management development programme', 'September 2016', 'OD/HR Advisors', 'Completed', '2'],
  ];
  const act = ([a, due, lead, st, ind]) => p.action([a, due, lead, st, ind], { indicators: ind === 'All' ? ALL_WRES : ind.split(/,\s*/), action: a, lead, due, status: st, rag: { Completed: 'green', 'In Progress': 'amber', 'Yet to Begin': 'red' }[st] }, { styles: [{}, {}, {}, { fill: F[st] }, { alignment: { horizontal: 'center' } }] });
  rows.forEach(act);
  p.line(['2'], { style: { alignment: { horizontal: 'right' } }, at: 5 });
  p.header(hdr, H);
  [
    ['Pilot a mentoring scheme for BME staff who would like support with their career plans', 'Q4 2016/17', '', 'Yet to Begin', '1,7'],
    ['Agree with Learning & Development what counts as non-mandatory training and start recording who gets it, by ethnicity', '2016/17', 'Learning & Development', 'In Progress', '4'],
    ['Put the Executive Lead for E&D on the panel for every director-level appointment', '2016/17', 'E&D Executive Lead', 'Completed', '1,9'],
    ['Record every disciplinary case with the ethnicity of the member of staff and the outcome, so that it can be reported each quarter', 'March 2017', 'Employee Relations Manager', 'In Progress', '3'],
    ['Add an equality section to each directorate people plan, using the staff survey results for BME staff', '2016/17', 'HRBPs', 'Yet to Begin', '5, 6, 8'],
  ].forEach(act);
  p.line(['This plan is monitored by the Equality and Diversity Steering Group. Next review: January 2017.'], { merge: ['A', 'E'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an acute trust) following a real published 'Workforce Race Equality Standards (WRES) Action Plan 2016/2017' PDF, turned into Excel: a page number ('1', alone in column E), the title with the trust's name (merged A:E), ONE TABLE `Activity | Planned completion period | Lead | Completed (G) / In Progress (A) / Yet to Begin (R) | Relevant to WRES 2016 indicator` (row 3) whose status header is itself the key, then page 2's number ('2', row 9) and the header REPEATED (row 10), and a closing line on monitoring. Judgement calls: the two page numbers are not actions, refs or indicators; both header rows are header rows; every Activity row is an action (ref '' – the plan numbers nothing); lead as written ('E&D leads/OD' kept whole), '' on row 11 where the Lead cell is empty (not guessed from the activity); due as written ('2016/17', 'Q4 2016/17', 'Ongoing' kept); status = the word in the key column and rag = its fill (green / amber / red, as the header's (G)/(A)/(R) says); indicators from the last column: 'All' = all nine, '1,7' → ['1','7'], '5, 6, 8' → three; no theme (the plan has no sections); the monitoring line's 'January 2017' is a review date, not a due.", { mode: 'fill', ragCol: 'D', pageHeaders: { rows: [3, 10], numbers: [1, 9] }, forbidden: ['January 2017', 'Completed (G)'] });
}
