// holdout64-wdes-2023-24-wyvern: follows a published INTERNAL AUDIT RECOMMENDATIONS / ACTIONS LOG (Velindre, 'Internal Audit Recommendations /
// Actions Log', https://vdocument.in/red-implementation-date-passed-management-action-not-and-risk-update-as.html): guidance notes and a
// colour key at the top (Red – implementation date passed, action not complete; Orange – not on target for the agreed / revised date;
// Yellow – on target), then 'Ref | Date added | Issue | Recommendation | Priority | Management Action Agreed | Responsible Executive
// Lead/Management Lead | Original Agreed Implementation Date | Revised Implementation Date | Status | Progress', the status a judgement
// word (Improving / No Change / Declining) in a cell filled per the key. An internal audit of the trust's WDES compliance kept in this log,
// and a Green 'complete' colour added to the key, are ASSUMED.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wyvern Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout64-wdes-2023-24-wyvern', sheet: 'WDES audit actions', standard: 'WDES', period: '2023-24', trust, widths: [6, 10, 34, 34, 9, 42, 24, 13, 13, 12, 36] });
  p.line([`${trust} – Internal Audit Recommendations / Actions Log: Workforce Disability Equality Standard (report WAS 23/07)`], { merge: ['A', 'K'], style: { bold: true, font: { size: 12 } } });
  p.line(['Update as at January 2024'], { merge: ['A', 'K'], style: { bold: true } });
  p.line(['GUIDANCE NOTES'], { merge: ['A', 'K'], style: { bold: true } });
  p.line(['', 'Red', 'Implementation date passed – management action not complete'], { merge: ['C', 'K'], styles: [{}, { fill: C.red }] });
  p.line(['', 'Orange', 'Action not on target for completion by the agreed / revised date'], { merge: ['C', 'K'], styles: [{}, { fill: C.orange }] });
  p.line(['', 'Yellow', 'Action on target to be completed by the agreed / revised date'], { merge: ['C', 'K'], styles: [{}, { fill: C.yellow }] });
  p.line(['', 'Green', 'Action complete'], { merge: ['C', 'K'], styles: [{}, { fill: C.green }] });
  p.line(['Status: the executive lead judges current progress (delete as appropriate): Improving / No Change / Declining, and fills the cell in the colour above. Recommendation and priority are taken from the audit report.'], { merge: ['A', 'K'], style: { italic: true }, height: 28 });
  p.blank();
  p.header(['Ref', 'Date added', 'Issue', 'Recommendation', 'Priority', 'Management Action Agreed', 'Responsible Executive Lead / Management Lead', 'Original Agreed Implementation Date', 'Revised Implementation Date', 'Status', 'Progress'], { style: { fill: C.grey }, height: 42 });
  const K = { red: C.red, orange: C.orange, yellow: C.yellow, green: C.green }; const RAG = { red: 'red', orange: 'amber', yellow: 'amber', green: 'green' };
  const mon = (d) => `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()]}-${String(d.getUTCFullYear()).slice(2)}`;
  const A = [
    ['2.1', 'The WDES action plan was not approved by the Board before publication.', 'The plan should be approved by the Board, or a committee with delegated authority, before it is published.', 'MEDIUM', 'Take the 2023/24 WDES report and action plan to the People Committee under delegated authority and record the approval in the minutes.', 'Director of People / Head of EDI', D(2023, 10, 31), null, 'Improving', 'green', 'Approved on 19 October 2023.'],
    ['2.2', 'No check that the metric 1 figures agree with ESR.', 'Workforce data used for the WDES should be reconciled to ESR and the reconciliation kept.', 'HIGH', 'Reconcile the metric 1 and metric 10 figures to ESR each year and keep the working papers with the submission.', 'Director of People / Workforce Information Manager', D(2023, 9, 30), null, 'Improving', 'green', 'Reconciliation kept for the August return.'],
    ['2.3', 'Shortlisting data (metric 2) cannot be reproduced from TRAC.', 'A repeatable report should be built for metric 2.', 'HIGH', 'Commission a TRAC report for shortlisted and appointed applicants by disability and test it against last year\'s figures.', 'Director of People / Head of Resourcing', D(2023, 12, 31), D(2024, 3, 31), 'No Change', 'orange', 'Report specified; supplier build slot now February.'],
    ['2.4', 'Actions in the plan have no owners or dates.', 'Each action should have an owner and a target date.', 'MEDIUM', 'Add a named owner and a target date to every action in the WDES plan and publish the revised plan.', 'Head of EDI', D(2023, 11, 30), null, 'Improving', 'yellow', 'Owners agreed; dates being confirmed with the directorates.'],
    ['2.5', 'Progress is not reported to any committee.', 'Progress against the plan should be reported at least twice a year.', 'MEDIUM', 'Add a six-monthly WDES progress report to the People Committee work plan.', 'Director of People / Head of EDI', D(2023, 10, 31), D(2023, 12, 31), 'Declining', 'red', 'Not on the December agenda; to be added for March.'],
    ['2.6', 'Reasonable adjustments requests (metric 8) are not logged centrally.', 'Requests and the time taken to meet them should be recorded.', 'LOW', 'Introduce a central log of adjustment requests held by the occupational health team.', 'Director of People / Head of Health and Wellbeing', D(2024, 3, 31), null, 'Improving', 'yellow', ''],
    ['2.7', 'The Enable Network was not involved in drafting the plan (metric 9b).', 'Disabled staff should be involved in developing the action plan.', 'MEDIUM', 'Hold a drafting workshop with the Enable Network for the 2024/25 plan and show its changes in the covering paper.', 'Head of EDI', D(2024, 6, 30), null, 'No Change', 'yellow', 'Workshop date to be set.'],
  ];
  for (const [ref, issue, rec, pri, act, lead, orig, rev, st, col, prog] of A) {
    const due = mon(rev || orig);
    p.action([ref, D(2023, 8, 15), issue, rec, pri, act, lead, orig, rev, st, prog], { ref, indicators: [], action: act, lead, due, status: st, rag: RAG[col], progress: prog }, { styles: [{}, { numFmt: 'mmm-yy' }, {}, {}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: 'mmm-yy' }, { numFmt: 'mmm-yy' }, { fill: K[col] }] });
  }
  // indicators from the metric the issue names
  const inds = { '2.2': ['1', '10'], '2.3': ['2'], '2.6': ['8'], '2.7': ['9b'] };
  p.actions.forEach((a) => { a.indicators = inds[a.ref] || []; a.indicator = a.indicators[0] ?? null; });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an ambulance service) following a real published INTERNAL AUDIT RECOMMENDATIONS / ACTIONS LOG (Velindre): a title naming the trust and the audit report, 'Update as at January 2024', GUIDANCE NOTES with a COLOUR KEY (four rows: a filled swatch with its colour name in B and its meaning in C – Red date passed not complete, Orange not on target, Yellow on target, Green complete), an italic note on how the Status is filled in, then 'Ref | Date added | Issue | Recommendation | Priority | Management Action Agreed | Responsible Executive Lead / Management Lead | Original Agreed Implementation Date | Revised Implementation Date | Status | Progress' (row 10) with seven audit findings. What is hard: the ACTION is the 'Management Action Agreed', never the auditor's Recommendation or the Issue; TWO DATE COLUMNS – due = the REVISED date where there is one, else the Original (mmm-yy as shown); 'Date added' is not a due; Priority (HIGH / MEDIUM / LOW) is not a status; the Status cell holds a judgement word (Improving / No Change / Declining) filled in a key colour that says something else. Judgement calls: ref = Ref; lead as written, both names ('Director of People / Head of EDI'); status = the word as written; rag = the cell's fill read through the key – red → red, orange (not on target) → amber, yellow (on target) → amber, green (complete) → green; progress = the Progress cell where filled; indicators only where the issue or the agreed action names a metric (2.2's issue names metric 1 and its agreed action metrics 1 and 10 → ['1','10'], 'metric 2' → ['2'], 'metric 8' → ['8'], 'metric 9b' → ['9b']), [] for findings about governance that name none; no theme; the key rows and guidance notes are not actions.", { mode: 'fill', ragCol: 'J', dueFrom: ['I', 'H'], notFrom: ['C', 'D', 'E', 'B'] });
}
