// holdout64-wdes-2024-25-kestrelford: follows the acute trusts' WDES progress reports to a people committee that are published with board
// papers (the Wigan, Wrightington and Leigh WDES page, https://www.wwl.nhs.uk/workforce-disability-equality-standard, describes the metrics
// tracked and the ESR-versus-survey declaration gap the plan starts from). The quarterly-update columns, the colour-and-word RAG key and the
// document-control block are ASSUMED, as trusts commonly keep them.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Kestrelford Teaching Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout64-wdes-2024-25-kestrelford', sheet: 'WDES 24-25 tracker', standard: 'WDES', period: '2024-25', trust, widths: [7, 10, 46, 26, 12, 36, 36, 20, 11] });
  p.line([`${trust}`, '', 'WDES Action Plan 2024/25 – quarterly progress'], { merge: [['A', 'B'], ['C', 'I']], style: { bold: true, font: { size: 12 } } });
  p.line(['Executive sponsor:', '', 'Chief People Officer'], { merge: [['A', 'B'], ['C', 'I']], styles: [{ bold: true }] });
  p.line(['Position at:', '', '30 September 2024 (Quarter 2)'], { merge: [['A', 'B'], ['C', 'I']], styles: [{ bold: true }] });
  p.line(['RAG:', '', 'Blue = Complete   Green = On track   Amber = At risk (target date may slip)   Red = Off track'], { merge: [['A', 'B'], ['C', 'I']], styles: [{ bold: true }] });
  p.blank();
  p.header(['Ref', 'Metric', 'Action', 'Lead', 'Target date', 'Q1 update', 'Q2 update', 'Q3 update', 'RAG'], { style: { fill: C.nhs, color: C.white } });
  const W = { B: 'Complete', G: 'On track', A: 'At risk', R: 'Off track' }; const F = { B: C.blue, G: C.green, A: C.amber, R: C.red }; const RAG = { B: 'blue', G: 'green', A: 'amber', R: 'red' };
  const A = [
    ['K1', '1', 'Close the gap between ESR (5.8%) and the staff survey (24%) by adding the disability question to the annual appraisal form.', 'Head of Workforce Information', D(2025, 3, 31), 'Question agreed with the appraisal group.', 'Live in the new appraisal form from 1 September.', 'G', ['1']],
    ['K2', '2', 'Put disability-aware members on interview panels for all band 7 and above roles.', 'Head of Recruitment', D(2024, 12, 31), 'Pool of 30 panel members identified.', 'Training for panel members booked for November.', 'A', ['2']],
    ['K3', '3', 'Check every capability case at the first formal stage for an occupational health referral and adjustments record.', 'Head of Employee Relations', D(2024, 9, 30), 'Checklist added to the case management system.', 'All 6 cases opened in Q2 checked.', 'B', ['3']],
    ['K4', '4a', 'Roll out body-worn cameras and a reporting route for abuse in the emergency department and the assessment units.', 'Associate Director of Security', D(2025, 3, 31), 'Funding bid submitted.', 'Bid delayed to the capital panel in November.', 'R', ['4a']],
    ['K5', '4b', 'Promote the Speak Up route through the Disability and Long-Term Conditions Network and record how many concerns mention disability.', 'Freedom to Speak Up Guardian', D(2024, 12, 31), 'Network newsletter feature published.', '', 'G', ['4b']],
    ['K6', '5', 'Offer reverse mentoring pairs between network members and the executive team.', 'Head of Organisational Development', D(2025, 1, 31), '', 'Eight pairs matched; first meetings in October.', 'G', ['5']],
    ['K7', '7', 'Hold listening events with disabled colleagues on nights and weekends, with feedback to the People Committee.', 'Head of Staff Experience', D(2024, 11, 30), 'Dates set.', 'Two of four events held.', 'A', ['7']],
    ['K8', '8', 'Bring all adjustments requests into one workflow with a 21-day target from request to delivery.', 'Deputy Chief People Officer', D(2025, 3, 31), 'Workflow specified.', 'Testing with the occupational health team.', 'G', ['8']],
    ['K9', '9a, 9b', 'Fund a network coordinator post for one day a week.', 'Chief People Officer', D(2024, 6, 30), 'Coordinator in post from June.', '', 'B', ['9a', '9b']],
  ];
  for (const [ref, m, a, lead, due, q1, q2, rag, inds] of A) {
    const progress = q2 || q1;
    p.action([ref, m, a, lead, due, q1, q2, '', W[rag]], { ref, indicators: inds, action: a, lead, due: `${due.getUTCDate()} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][due.getUTCMonth()]} ${due.getUTCFullYear()}`, status: W[rag], rag: RAG[rag], progress }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: 'd mmm yyyy' }, {}, {}, { fill: C.palegrey }, { fill: F[rag], bold: true }] });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an acute teaching trust) following the published acute-trust WDES progress trackers taken to a people committee (WWL's WDES page for the metrics and the ESR-versus-survey gap): a DOCUMENT-CONTROL BLOCK of label | value rows (trust | plan title; 'Executive sponsor:'; 'Position at:' 30 September 2024 (Quarter 2); a 'RAG:' line pairing each colour with its word), then 'Ref | Metric | Action | Lead | Target date | Q1 update | Q2 update | Q3 update | RAG' (row 6) with nine actions K1-K9; the Q3 column is empty and greyed (not yet due). What is hard: THREE UPDATE COLUMNS – progress is the LATEST FILLED update (Q2; Q1 where Q2 is empty, e.g. K5 and K9), never the empty Q3; the executive sponsor is not a lead; the 'Position at' date is not a due. Judgement calls: ref = Ref; indicators from Metric ('9a, 9b' → ['9a','9b']); due = Target date as shown (d mmm yyyy); status = the RAG word as written (Complete, On track, At risk, Off track) and rag = its fill (blue, green, amber, red, as the key line gives them); the key line is not an action.", { crossRef: { metricCol: 'B', otherCols: [] }, mode: 'fill', ragCol: 'I', progressFrom: ['H', 'G', 'F'], forbidden: ['30 September 2024 (Quarter 2)'] });
}
