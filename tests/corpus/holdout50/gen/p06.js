// holdout50-wdes-2020-21-fenwold: a trust that MERGED MID-YEAR (1 October 2020) – one combined WDES plan with 'Came from' and old-ref columns, and a 'closed at merger' block.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Fenwold Health and Care NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout50-wdes-2020-21-fenwold', sheet: 'Combined WDES plan', standard: 'WDES', period: '2020-21', trust, widths: [9, 10, 9, 9, 54, 28, 12, 14] });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['WDES Action Plan 2020-21 – combined plan from 1 October 2020'], { merge: ['A', 'H'], style: { bold: true } });
  p.line(['On 1 October 2020 Fenwold Community Health NHS Trust (FCH) and South Fenwold Mental Health NHS Foundation Trust (SFMH) merged to form Fenwold Health and Care NHS Foundation Trust. The two 2020-21 WDES plans have been brought together here. "Came from" shows which plan an action started in; old references are kept so that progress can be traced. Leads are given in the new structure.'], { merge: ['A', 'H'], height: 56 });
  p.blank();
  p.header(['New ref', 'Came from', 'Old ref', 'WDES metric', 'Action', 'Lead (new structure)', 'Due', 'Status (Jan 2021)'], { style: { fill: C.paleblue }, height: 30 });
  const S = { Complete: [C.green, 'green'], 'In progress': [C.amber, 'amber'], Delayed: [C.red, 'red'], 'Not started': [null, null] };
  const rows = [
    ['FHC-01', 'FCH', 'FCH 2', '1', 'Run a campaign asking all colleagues to check and update their disability status on ESR self-service, timed for the first month after the merger.', 'Head of Workforce Information', 'Dec 2020', 'Complete'],
    ['FHC-02', 'SFMH', 'SF-WD3', '2', 'Keep the guaranteed interview scheme for disabled applicants and extend it to former FCH community posts.', 'Head of Recruitment', 'Nov 2020', 'Complete'],
    ['FHC-03', 'Both', 'FCH 4 / SF-WD1', '3', 'Write one capability policy for the new trust that requires reasonable adjustments to be considered and recorded before any formal stage.', 'Deputy Director of HR', 'Mar 2021', 'In progress'],
    ['FHC-04', 'SFMH', 'SF-WD5', '4', 'Train the merged trust\'s Freedom to Speak Up guardians and champions in disability-related bullying and how to support a colleague who reports it.', 'Freedom to Speak Up Guardian', 'Feb 2021', 'In progress'],
    ['FHC-05', 'FCH', 'FCH 6', '5', 'Make sure the internal talent conversations for the new clinical directorates include disabled staff and record their outcome.', 'Head of OD', 'Mar 2021', 'Not started'],
    ['FHC-06', 'Both', 'FCH 7 / SF-WD6', '7', 'Join the two disability staff networks into one network with protected time for the chair and an executive sponsor.', 'Director of People', 'Oct 2020', 'Complete'],
    ['FHC-07', 'SFMH', 'SF-WD8', '6', 'Check that colleagues working from home because of shielding have the equipment and support they need, through a short survey and follow-up calls.', 'Occupational Health Manager', 'Jan 2021', 'Delayed'],
    ['FHC-08', 'New', '', '9', 'Ask the shadow Board to nominate a non-executive champion for disability as part of the new Board\'s committee structure.', 'Trust Secretary', 'Mar 2021', 'Not started'],
  ];
  for (const [ref, from, old, m, act, lead, due, st] of rows) {
    const [fill, rag] = S[st];
    p.action([ref, from, old, m, act, lead, due, st], { ref, indicators: [m], action: act, lead, due, status: st, rag }, { styles: [{ bold: true }, { alignment: { horizontal: 'center' } }, { color: 'FF7F7F7F' }, { alignment: { horizontal: 'center' } }, {}, {}, {}, fill ? { fill } : {}] });
  }
  p.blank();
  const closed = p.line(['Closed at merger – not carried forward (for information)'], { merge: ['A', 'H'], style: { bold: true, color: 'FF7F7F7F' } });
  const c1 = p.line(['', 'FCH', 'FCH 3', '', 'Disability awareness e-learning for FCH managers – duplicate of SF-WD1, now within FHC-03.', '', '', 'Closed'], { style: { italic: true, color: 'FF7F7F7F' } });
  const c2 = p.line(['', 'SFMH', 'SF-WD2', '', 'SFMH staff survey focus groups – replaced by the new trust\'s listening events.', '', '', 'Closed'], { style: { italic: true, color: 'FF7F7F7F' } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust formed by a MID-YEAR MERGER on 1 October 2020 of a community trust and a mental health FT) on one sheet 'Combined WDES plan', Arial 10: the NEW trust's name (row 1), 'WDES Action Plan 2020-21 – combined plan from 1 October 2020', a merged paragraph naming the two PREDECESSOR trusts (FCH, SFMH) and explaining the columns, a pale-blue header 'New ref | Came from | Old ref | WDES metric | Action | Lead (new structure) | Due | Status (Jan 2021)' (row 5), eight actions FHC-01 … FHC-08, then a grey 'Closed at merger – not carried forward (for information)' block of two italic grey rows with only old refs, a description and 'Closed'. Judgement calls: IDENTITY = the merged trust as the workbook states it ('Fenwold Health and Care NHS Foundation Trust') with the plan's period 2020-21 – the predecessor trusts are named only as the plans the actions came from; ref = New ref, never the Old ref ('FCH 4 / SF-WD1') – whose numbers are not metrics – or 'Came from' ('FCH', 'SFMH', 'Both', 'New'); metrics are the 2020 whole metrics ('9'); status = the word, rag = its fill ('Not started' unfilled → null); the CLOSED rows are not actions of this plan (they were closed at the merger, have no lead or date, and the block says they are for information); due = month text as written.", { fieldCols: { ref: 'A', lead: 'F', due: 'G' }, orgCols: ['B'], notFrom: ['C'], ragCol: 'H', dataRows: [c1, c2], notIdentity: ['South Fenwold Mental Health NHS Foundation Trust', 'Fenwold Community Health NHS Trust'], forbidden: ['FCH', 'SFMH', 'Both', 'New', 'Closed'] });
}
