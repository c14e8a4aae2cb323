// holdout76-wres-2026-27-swaddleby: acute teaching FT, the 2026/27 WRES plan at its Q1 update, kept by the workforce EDI manager (LM)
// with action owners. Table from column B, a header with line breaks in two cells, a 'New or c/f?' column, plain uncoloured status
// words typed loosely ('not started ', 'Notstarted', 'In-progress', 'Planned'), comments with initials and dates, and one row whose
// status 'on track' was typed into the Target date cell with the Status cell left empty.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Swaddleby Teaching Hospitals NHS Foundation Trust';
  const font = { name: 'Calibri', size: 11 };
  const p = new Plan(book, { name: 'holdout76-wres-2026-27-swaddleby', sheet: 'WRES 26-27', standard: 'WRES', period: '2026-27', trust, widths: [3, 6, 11, 52, 9, 24, 13, 13, 54], startCol: 2, font });
  p.line([trust], { style: { bold: true, font: { size: 14 }, color: C.purple } });
  p.line(['WRES action plan 2026/27 – Q1 update (June 2026)'], { style: { bold: true } });
  p.blank();
  p.header(['Ref', 'WRES\nindicator', 'Action', 'New or c/f?', 'Action owner', 'Target\ndate', 'Status', 'Comments / updates'], { height: 30, style: { fill: C.lilac } });
  p.ws.views = [{ state: 'frozen', ySplit: 4, topLeftCell: 'A5', activeCell: 'E5' }];
  const misplaced = {};
  // [ref, ind, action, new/cf, owner, target, fmt, status, comments, statusInTarget]
  const rows = [
    ['S1', '1', 'Set divisional trajectories for ethnic minority representation at Band 8a and above and review them at every quarterly performance meeting.', 'c/f', 'Director of Workforce', 'end Q2', null, 'In progress',
      'Trajectories drafted for 4 of 6 divisions – LM 12/05/26\nSurgery and Women’s & Children’s still to do – LM 09/06/26'],
    ['S2', '2', 'Replace CV-based shortlisting with anonymised scoring of applications for all non-medical posts at Band 6 and above.', 'New', 'lucy.marr@swaddleby.nhs.uk', D(2026, 9, 30), 'dd/mm/yyyy', 'Planned', ''],
    ['S3', '2', 'Give internationally educated nurses a one-to-one with a practice development nurse before any Band 6 interview.', 'New', 'Deputy Chief Nurse', 'on track', null, '',
      'Practice development nurse time agreed for Q1 – DCN office 20/05/26', true],
    ['S4', '3', 'Keep the “Just and Learning” review of every proposed formal case involving an ethnic minority member of staff, and publish the outcomes once a year.', 'c/f', 'Head of ER\n(KT)', D(2027, 3, 1), 'mmm-yy', 'not started ', ''],
    ['S5', '5', 'Give emergency department and maternity staff a phrase card and a clear escalation route for racist abuse from patients and visitors.', 'New', 'KT', '31/7/26', null, 'In-progress',
      'Cards printed 02/06. Escalation route being agreed with Security – KT'],
    ['S6', '6', 'Extend the Active Bystander programme to the estates, facilities and portering teams.', 'c/f', 'OD Manager', 'December 2026', null, 'Notstarted',
      'Trainer booked for September (OD 15/06/26)'],
    ['S7', '7 & 8', 'Run a cultural intelligence programme for the top 100 leaders, starting with the executive team.', 'New', 'Chief People Officer', 'Q3 26/27', null, 'not started', ''],
    ['S8', '9', 'Use a search firm with a record of diverse shortlists for the two non-executive director vacancies in 2026/27.', 'c/f', 'Company Secretary', D(2026, 11, 30), 'd mmm yyyy', 'In progress',
      'Search firm appointed 28/05/26 (CoSec)'],
  ];
  for (const [ref, ind, act, nc, own, tgt, f, st, com, statusInTarget] of rows) {
    const gold = statusInTarget
      ? { ref, indicators: ind.split(' & '), action: act, lead: own, due: '', status: tgt, rag: null, progress: com }
      : { ref, indicators: ind.split(' & '), action: act, lead: own, due: tgt instanceof Date ? shown(tgt, f) : tgt, status: st.trim(), rag: null, progress: com };
    const r = p.action([ref, ind, act, nc, own, tgt, st, com], gold,
      { styles: [{}, { alignment: { horizontal: 'center' } }, {}, { alignment: { horizontal: 'center' } }, {}, f ? { numFmt: f, alignment: { horizontal: 'left' } } : {}, {}, {}] });
    if (statusInTarget) misplaced[r] = { due: { empty: true }, status: { col: 'G' } };
  }
  p.blank();
  p.line(['Q1 update compiled 16/06/26 LM for the People Committee on 25/06/26. c/f = carried forward from the 2025/26 plan.'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute teaching FT) for 2026/27 at its Q1 update, kept by the workforce EDI manager (LM) with action owners. Sheet 'WRES 26-27', table from column B (column A empty and narrow): trust name, 'WRES action plan 2026/27 – Q1 update (June 2026)', a blank row, the header 'Ref | WRES\\nindicator | Action | New or c/f? | Action owner | Target\\ndate | Status | Comments / updates' (row 4, two header cells with line breaks, frozen), eight actions S1–S8, a blank row and an italic line giving the compile and committee dates and explaining c/f. Target dates as real dates ('30/09/2026', 'Mar-27', '30 Nov 2026') and text ('end Q2', '31/7/26', 'December 2026', 'Q3 26/27'). Status words are plain and uncoloured, typed loosely: 'In progress', 'In-progress', 'Planned', 'not started ' (trailing space), 'not started', 'Notstarted'; there is no colour and no RAG key, so every rag is null. Judgement calls: ROW 7 (S3) HAS ITS STATUS 'on track' TYPED IN THE TARGET DATE CELL and the Status cell empty: status = 'on track' (rag null – nothing in this plan is coloured), due '' (no date was written). Status otherwise = the word as typed (trailing space dropped, 'Notstarted' kept). Lead = Action owner as written – an email, initials 'KT', 'Head of ER\\n(KT)' kept whole with its line break, titles. 'New or c/f?' is no status or theme. Progress = Comments / updates with initials and dates (no dues); the compile and committee dates are no dues. Ref = Ref; indicators from the indicator column ('7 & 8' → both). Theme null.",
    { cols: { ref: 'B', action: 'D', lead: 'F', due: 'G', status: 'H', progress: 'I' }, misplaced, indCol: 'C', notFrom: ['E'], forbidden: ['16/06/26', '25/06/26'] });
}
