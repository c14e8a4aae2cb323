// holdout51-wres-2016-17-pippinford: an ordinary specialist-hospital WRES plan from the second year of the standard. Quirks: REFERENCE
// CODES ('WRES/16/01' …) in the first column and TWO ACTIONS SPLIT OVER TWO ROWS – the sentence carried on in the Action cell of the
// row below, everything else on that row empty.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Pippinford Orthopaedic Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout51-wres-2016-17-pippinford', sheet: 'Sheet1', standard: 'WRES', period: '2016-17', trust, widths: [13, 60, 11, 26, 16, 38], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['Workforce Race Equality Standard – Action Plan 2016/17'], { merge: ['A', 'F'], style: { bold: true } });
  p.blank();
  p.header(['Ref', 'Action', 'Indicator', 'Responsible', 'Completion date', 'Progress'], { style: { fill: C.lilac } });
  const acts = [
    ['WRES/16/01', ['Improve the recording of ethnicity on ESR for theatre and bank staff.'], '1', 'HR Systems Officer', 'December 2016', 'Bank staff records updated.'],
    ['WRES/16/02', ['Review the recruitment and selection training for managers so that it covers unconscious bias and', 'how to use the shortlisting scoring sheet consistently.'], '2', 'Recruitment Manager', 'March 2017', ''],
    ['WRES/16/03', ['Compare the ethnicity of staff entering the formal disciplinary process with the workforce each quarter.'], '3', 'HR Manager', 'Quarterly', 'Q1 and Q2 reported to Workforce Committee.'],
    ['WRES/16/04', ['Advertise all non-mandatory training opportunities on the intranet rather than by word of mouth.'], '4', 'Head of Education', 'October 2016', 'Done.'],
    ['WRES/16/05', ['Set up a BME staff network with protected time for the chair to attend meetings.'], '6 & 7', 'Director of HR', 'January 2017', ''],
    ['WRES/16/06', ['Hold focus groups with BME nursing and theatre staff to understand why they report less confidence in', 'equal opportunities for promotion, and feed back the findings to the Board.'], '7', 'Deputy Director of Nursing', 'February 2017', 'Two focus groups held.'],
    ['WRES/16/07', ['Give BME staff who are shortlisted for Band 7 posts access to interview coaching.'], '7', 'Head of Education', 'March 2017', ''],
    ['WRES/16/08', ['Make the Board aware of the WRES findings through a Board development session.'], '9', 'Trust Secretary', 'November 2016', 'Session held 24 November.'],
  ];
  for (const [ref, parts, ind, lead, due, prog] of acts) {
    const full = parts.join(' ');
    const r = p.action([ref, parts[0], ind, lead, due, prog], { ref, indicators: ind.split(' & '), action: full, lead, due, progress: prog }, { styles: [{}, {}, { alignment: { horizontal: 'center' } }] });
    if (parts.length > 1) { const c = p.line(['', parts[1], '', '', '', ''], { border: true }); p.joins[r] = [{ col: 'B', rows: [c] }]; }
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a specialist orthopaedic hospital): an ordinary single grid on 'Sheet1'. Trust name (row 1), plan title 'Workforce Race Equality Standard – Action Plan 2016/17' (row 2), a blank row, one lilac header 'Ref | Action | Indicator | Responsible | Completion date | Progress' (row 4), then eight actions with REFERENCE CODES 'WRES/16/01' … 'WRES/16/08'. TWO ACTIONS ARE SPLIT OVER TWO ROWS: WRES/16/02 (rows 6–7) and WRES/16/06 (rows 11–12) have their sentence broken mid-way, the second half typed into the Action cell of the row below, with every other cell of that row empty (but bordered). Indicators as bare numbers or '6 & 7'; completion dates as text ('March 2017', 'Quarterly'); some progress filled. Judgement calls: a row holding only the tail of the sentence above is not an action – it belongs to the action above, whose text is the two halves joined with a space; ref = the code as written (the '16' is the year, not an indicator); '6 & 7' → ['6','7']; lead = Responsible; due = Completion date as written; progress where filled; no status, RAG or theme.", { refCol: { col: 'A' } });
}
