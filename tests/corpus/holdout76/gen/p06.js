// holdout76-wres-2022-23-frithcombe: an ICB (own staff) in its first year, a 'live document' the owners update monthly. Table starts in
// column B; leads as emails, titles with initials and a name with a title; an H/M/L Priority column; an update log with the newest entry
// first; a cell note left on one status; and one row whose lead's email was typed into the Status cell, the Lead cell left empty.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Frithcombe Integrated Care Board';
  const font = { name: 'Arial', size: 10 };
  const p = new Plan(book, { name: 'holdout76-wres-2022-23-frithcombe', sheet: 'WRES AP', standard: 'WRES', period: '2022-23', trust, widths: [2, 6, 10, 50, 26, 13, 16, 9, 54], startCol: 2, font });
  p.line([trust], { style: { bold: true, font: { size: 12 }, color: C.nhs } });
  p.line(['WRES action plan 2022/23 (ICB staff) – live document, owners please update monthly'], { style: { bold: true } });
  p.line(['RAG: Blue = complete, Green = on track, Amber = at risk, Red = off track or not started'], { style: { italic: true } });
  p.blank();
  p.header(['Ref', 'WRES', 'Action', 'Lead', 'Target', 'Status', 'Priority', 'Update log (newest first)'], { style: { fill: C.nhs, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: 5, topLeftCell: 'A6', activeCell: 'D6' }];
  p.ws.autoFilter = 'B5:I5';
  const WORD = { Complete: 'blue', 'On track': 'green', 'on-track': 'green', Ontrack: 'green', 'At risk': 'amber', G: 'green', 'Not started': 'red' };
  const FILL = { blue: C.lightblue, green: C.green, amber: C.amber, red: C.red };
  const misplaced = {};
  // [ref, ind cell, action, lead cell, target, fmt, status cell, filled, priority, log, leadInStatus]
  const rows = [
    ['F1', 'Ind 1', 'Build a Power BI dashboard of ICB staff by band and ethnicity, refreshed monthly from ESR.', 'amelia.ross@nhs.net', D(2022, 11, 30), 'dd/mm/yyyy', 'Complete', true, 'H',
      '02/12/22 AR – live, link sent to ELT\n14/10/22 AR – first draft; data quality problems with “not stated”'],
    ['F2', 'Ind 2', 'Use diverse interview panels – at least one panel member from an ethnic minority background – for every post at Band 8a and above.', 'Head of People Services', 'March 2023', null, 'On track', false, 'H',
      '10/01/23 PS – 88% of 8a+ panels met this in Q3'],
    ['F3', 'Ind 2', 'Offer a named contact and interview practice to ethnic minority candidates shortlisted for the ICB graduate scheme.', '', 'end Q4', null, 'dev.patel@nhs.net', false, 'M', '', true],
    ['F4', 'Ind 3', 'Track formal employee relations cases by ethnicity and share an anonymised summary with the Staff Partnership Forum every quarter.', 'ER Lead (JM)', '31/3/23', null, 'on-track ', false, 'M',
      '05/01/23 JM – Q2 summary shared at SPF'],
    ['F5', 'Ind 4', 'Include a positive action statement in the advert for every leadership programme the ICB funds.', 'OD Manager', 'Q2', null, 'Ontrack', false, 'M',
      '11/11/22 – done for the Mary Seacole and Edward Jenner adverts (OD)'],
    ['F6', 'Ind 6', 'Train all line managers in the new bullying and harassment procedure, including how to handle complaints about race.', 'Sarah Quinn, Head of OD', D(2023, 1, 1), 'mmm-yy', 'At risk', true, 'L',
      '16/01/23 SQ – 54% trained. Directors’ sessions cancelled twice.\n18/11/22 SQ – e-learning module live'],
    ['F7', 'Ind 7 & 8', 'Start a reverse mentoring scheme pairing ethnic minority staff with the ICB’s executive and non-executive directors.', 'Chief People Officer', 'Oct 2022', null, 'G', false, 'H',
      '03/10/22 CPO office – 7 pairs started'],
    ['F8', 'Ind 9', 'Report WRES indicator 9 to the ICB Board alongside the Board’s own skills and diversity review.', 'Board Secretary', D(2023, 3, 1), 'mmm-yy', 'Not started', true, 'L', ''],
  ];
  for (const [ref, ind, act, lead, tgt, f, st, filled, pri, log, leadInStatus] of rows) {
    const s = st.trim(); const rag = leadInStatus ? null : WORD[s];
    const gold = { ref, indicators: ind.match(/\d+/g), action: act, lead: leadInStatus ? st : lead, due: tgt instanceof Date ? shown(tgt, f) : tgt, status: leadInStatus ? '' : s, rag, progress: log };
    const r = p.action([ref, ind, act, lead, tgt, st, pri, log], gold,
      { styles: [{}, {}, {}, {}, f ? { numFmt: f, alignment: { horizontal: 'left' } } : {}, filled ? { fill: FILL[rag] } : {}, { alignment: { horizontal: 'center' } }, {}] });
    if (leadInStatus) misplaced[r] = { lead: { col: 'G' }, status: { empty: true } };
    if (ref === 'F6') p.ws.getCell(`G${r}`).note = 'AR: is this still amber? SQ to confirm after the February directors’ session.';
  }
  p.blank();
  p.line(['Reviewed at People & Culture Committee 09/02/23. Owner: Head of EDI (ICB). Questions to amelia.ross@nhs.net'], { style: { italic: true, color: 'FF595959' } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional integrated care board, its own staff, its first year) kept as a 'live document' that action owners update monthly. Sheet 'WRES AP', table from column B (column A empty and narrow): ICB name, title, an italic RAG key ('Blue = complete, Green = on track, Amber = at risk, Red = off track or not started'), a blank row, the blue header 'Ref | WRES | Action | Lead | Target | Status | Priority | Update log (newest first)' (row 5, frozen, autofilter), eight actions F1–F8, a blank row and a grey line naming the committee date, the plan owner and a contact email. Targets as real dates ('30/11/2022', 'Jan-23', 'Mar-23') and text ('March 2023', 'end Q4', '31/3/23', 'Q2', 'Oct 2022'). Status typed 'Complete', 'On track', 'on-track ' (trailing space), 'Ontrack', 'G', 'At risk', 'Not started'; some filled. A cell note on F6's status ('AR: is this still amber? …') is a query, not a field. Judgement calls: ROW 8 (F3) HAS ITS LEAD'S EMAIL 'dev.patel@nhs.net' TYPED IN THE STATUS CELL and the Lead cell empty: lead = 'dev.patel@nhs.net', status '' and rag null (an email is no status). Lead otherwise = Lead as written (an email, 'ER Lead (JM)', 'Sarah Quinn, Head of OD', titles); the plan owner and contact email in the closing line are no leads. Status = the word as typed (trailing space dropped); rag = the fill where coloured, otherwise the word read through the key ('On track', 'on-track', 'Ontrack', 'G' → green). Priority (H / M / L) is no status or RAG. Progress = the whole update log, newest first, as written; its dates are no dues, nor is the committee date. Ref = Ref; indicators from 'Ind n' ('Ind 7 & 8' → 7 and 8). Theme null.",
    { mode: 'fillOrWord', ragCol: 7, words: WORD, cols: { ref: 'B', action: 'D', lead: 'E', due: 'F', status: 'G', progress: 'I' }, misplaced, indCol: 'C', notFrom: ['H'], forbidden: ['09/02/23', 'Head of EDI (ICB)'] });
}
