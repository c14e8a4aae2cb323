// holdout81-wdes-2025-26-bellbrook: specialist orthopaedic trust, WDES Q3 tracker with the CURRENT RAG (Q3) placed BEFORE last
// quarter's RAG (Q2), a 'Change since last report' column, a 'Last updated' real date; one new action unrated, one Q3 RAG blank.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Bellbrook Orthopaedic Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout81-wdes-2025-26-bellbrook', sheet: 'Q3 tracker', standard: 'WDES', period: '2025-26', trust, widths: [8, 9, 44, 24, 10, 44, 8, 8, 14, 12], font: { name: 'Arial', size: 9 } });
  const ws = p.ws;
  p.line([trust], { merge: ['A', 'J'], style: { bold: true, font: { size: 12 } } });
  p.line(['WDES action plan 2025/26 – Quarter 3 progress report (October–December 2025)'], { merge: ['A', 'J'], style: { bold: true, color: C.nhs } });
  p.blank();
  const hr = p.header(['Ref', 'Metric(s)', 'Action', 'Owner', 'Due', 'Q3 update', 'RAG Q3', 'RAG Q2', 'Change since last report', 'Last updated'], { style: { fill: C.nhs, color: C.white, alignment: { vertical: 'middle' } }, height: 28 });
  ws.views = [{ state: 'frozen', ySplit: hr }];
  ws.autoFilter = `A${hr}:J${hr}`;
  const F = { R: C.red, A: C.amber, G: C.green, C: C.blue }; const RG = { R: 'red', A: 'amber', G: 'green', C: 'blue' };
  // [ref, met, act, owner, due, upd, q3, q2, change, lastUpd]
  const rows = [
    ['BB-01', '1', 'Move the disability declaration into the onboarding app so new starters answer it before day one.', 'HR Systems Lead', 'Sep-25', 'Live since August; 91% of new starters answered.', 'C', 'G', 'Improved', D(2025, 10, 6)],
    ['BB-02', '2', 'Offer work trials instead of interviews for band 2 and 3 theatre support roles to applicants who ask for them.', 'Theatres Matron', 'Dec-25', 'Three trials run; two appointed.', 'G', 'A', 'Improved', D(2025, 12, 12)],
    ['BB-03', '3', 'Bring Occupational Health into the first formal capability meeting for any member of staff with a declared condition.', 'Head of Employee Relations', 'Mar-26', 'OH capacity only allows this for half of cases.', 'A', 'A', 'No change', D(2025, 12, 1)],
    ['BB-04', '4a, 4b', 'Give staff in outpatients and physiotherapy a quick way to log disability-related harassment by patients.', 'Head of Patient Experience', 'Jan-26', 'Reporting form drafted; Datix change request still open.', '', 'A', 'No change', D(2025, 11, 3)],
    ['BB-05', '5', 'Guarantee disabled staff a place on the band 6 to 7 preceptorship-to-leadership pathway when they meet the criteria.', 'Head of Education', 'Mar-26', 'No applications in the first round.', 'R', 'G', 'Deteriorated', D(2025, 12, 15)],
    ['BB-06', '6', 'Remind managers in the Q4 return-to-work training that disability-related absence is recorded separately.', 'HR Business Partner', 'Mar-26', '', '', '', 'New action', D(2025, 12, 18)],
    ['BB-07', '7', 'Close the loop on the 2024 survey through a network-led “what changed” session in each division.', 'EDI Lead', 'Nov-25', 'Sessions held in all four divisions.', 'C', 'G', 'Improved', D(2025, 11, 28)],
    ['BB-08', '8', 'Set up a passport for reasonable adjustments that moves with staff between wards and the day-case unit.', 'Health & Wellbeing Lead', 'Mar-26', 'Passport agreed by the network; printing delayed.', 'A', 'R', 'Improved', D(2025, 12, 9)],
    ['BB-09', '9a, 9b, 10', 'Ask the Disabled Staff Network chair to join the board’s annual EDI development session.', 'Company Secretary', 'Feb-26', 'Date set for 12 February.', 'G', 'G', 'No change', D(2025, 10, 20)],
  ];
  for (const r of rows) {
    const [ref, met, act, own, due, upd, q3, q2, chg, lu] = r;
    const st = q3 || q2;
    const rs = (x) => (x ? { fill: F[x], bold: true, alignment: { horizontal: 'center' } } : {});
    p.action(r, { ref, indicators: met.split(', '), action: act, lead: own, due, status: st, rag: RG[st] ?? null, progress: upd }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, {}, rs(q3), rs(q2), {}, { numFmt: 'dd mmm yy' }] });
  }
  p.blank();
  p.line(['RAG: C complete · G on track · A at risk · R off track.  Q2 column kept for comparison only.'], { merge: ['A', 'J'] });
  p.line([`Approved for the People Committee, ${shown(D(2026, 1, 14), 'd mmmm yyyy')}.`], { merge: ['A', 'J'], style: { italic: true } });
  const NOTES = "Original plan (fictional specialist orthopaedic trust). Sheet 'Q3 tracker': trust name, title '… Quarter 3 progress report (October–December 2025)', a blank row, the NHS-blue header 'Ref | Metric(s) | Action | Owner | Due | Q3 update | RAG Q3 | RAG Q2 | Change since last report | Last updated' (row 4, frozen, autofilter), nine actions BB-01 to BB-09, a blank row, a RAG key line (which says the Q2 column is for comparison only) and an italic approval line. RAG letters on fills (C blue, G green, A amber, R red). The CURRENT RAG (Q3) stands LEFT of last quarter's (Q2). Judgement calls: status = RAG Q3 and rag from its fill; where RAG Q3 is blank (BB-04) the most recent RAG the plan states is Q2's 'A' → status 'A', amber; BB-06 is a new action with neither RAG (status '', rag null, progress ''); 'Change since last report' (Improved / No change / Deteriorated / New action) is no status; progress = Q3 update; Last updated (real date, dd mmm yy) is never a due; due = Due as typed ('Sep-25'); lead = Owner; indicators from Metric(s) ('4a, 4b' → both; '9a, 9b, 10' → all three); theme null; the approval date is no due.";
  await book.save(`${p.name}.xlsx`);
  p.saveGold(NOTES, { latest: { ragCols: ['H', 'G'], updCols: ['F'], ragMode: 'fill' }, notFrom: ['I', 'J'], forbidden: ['14 January 2026'] });
}
