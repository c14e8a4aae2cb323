// holdout62-wres-2025-26-ravensholme: PRIMARY-CARE COLLABORATIVE's small WRES plan; HIA column ('HIA 2', 'HIA 4 & 6'); NO WRES indicator
// anywhere; RAG a fill-only cell with no text; intro lines and a RAG key line under the table.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ravensholme and Dale Primary Care Collaborative';
  const p = new Plan(book, { name: 'holdout62-wres-2025-26-ravensholme', sheet: 'Race equality plan', standard: 'WRES', period: '2025-26', trust, widths: [12, 64, 30, 14, 7], font: { name: 'Calibri', size: 11 } });
  p.line([trust], { merge: ['A', 'E'], style: { bold: true, font: { size: 14 }, color: C.darkblue } });
  p.line(['Race equality (WRES) action plan 2025-26'], { merge: ['A', 'E'], style: { bold: true } });
  p.line(['Our 14 member practices employ 412 staff. We publish WRES data voluntarily and have linked our actions to the High Impact Actions of the NHS EDI Improvement Plan.'], { merge: ['A', 'E'], height: 30 });
  p.blank();
  p.header(['HIA', 'What we will do', 'Who', 'When', 'RAG'], { style: { fill: C.darkblue, color: C.white } });
  const F = { green: C.green, amber: C.amber, red: C.red };
  const acts = [
    ['HIA 1', 'Ask every partner and practice manager on the collaborative board to complete the cultural competence e-learning.', 'Collaborative Board Chair', 'June 2025', 'green'],
    ['HIA 2', 'Write one shared job description and interview guide for receptionists and care navigators, reviewed by the staff race equality group.', 'Practice Managers\' Forum', 'September 2025', 'green'],
    ['HIA 2', 'Open the collaborative\'s leadership course to clinical and non-clinical staff from every practice, with places held for ethnic minority applicants.', 'Collaborative Workforce Lead', 'January 2026', 'amber'],
    ['HIA 4 & 6', 'Put up the "Abuse is not part of the job" posters and give reception teams a script for challenging racist remarks from patients.', 'Practice Managers\' Forum', 'July 2025', 'green'],
    ['HIA 5', 'Pair each internationally recruited GP and practice nurse with a buddy from another practice for their first six months.', 'Clinical Director, Training Hub', 'Ongoing', 'amber'],
    ['HIA 6', 'Give all staff a way to raise concerns about racism outside their own practice through the collaborative\'s Freedom to Speak Up Guardian.', 'Collaborative Workforce Lead', 'October 2025', 'red'],
    ['HIA 6', 'Repeat the collaborative-wide staff survey with questions on discrimination and compare results by ethnicity.', 'Training Hub Manager', 'March 2026', 'green'],
  ];
  for (const [h, a, lead, due, rag] of acts) {
    p.action([h, a, lead, due, ''], { indicators: [], action: a, lead, due, status: '', rag }, { styles: [{ alignment: { horizontal: 'center' } }, {}, {}, {}, { fill: F[rag] }] });
  }
  p.blank();
  p.line(['RAG: green – on track; amber – some slippage; red – not started'], { merge: ['A', 'E'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional primary-care collaborative of GP practices), a short voluntary WRES plan 2025-26: navy collaborative name, title, an intro line (practice and staff numbers, voluntary WRES, linked to the EDI Improvement Plan's High Impact Actions), a blank row, one navy header 'HIA | What we will do | Who | When | RAG' (row 5), seven actions, a blank row and a RAG key line. The HIA column holds 'HIA 1' … 'HIA 6' and once 'HIA 4 & 6'; the RAG column is a FILL-ONLY cell with no text (green / amber / red). Judgement calls: the plan names NO WRES indicator anywhere – indicators [] for every action, never taken from the HIA numbers and never guessed from wording (the shortlisting-sounding and harassment-sounding actions included); the HIA column is a per-row mapping, not a theme (theme null), noted here; status '' (no word on the sheet), rag = the fill's colour as the key line describes; lead = Who as written (a forum, a role); due = When as written ('Ongoing' kept); no ref; the intro's numbers (14 practices, 412 staff) are not indicators.", { indCol: null, ragCol: 'E', mode: 'fill', statusIsCell: false, forbidden: ['412'] });
}
