// holdout90-wres-2017-18-cullingmoor: community and mental health trust; themed section rows; a RAG column of FILLS WITH NO WORDS;
// the key is a block of swatches BELOW the grid, painted in the RAG column itself with the meaning in the next column. BRAG with blue
// for complete and pale grey for 'not yet due'.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Cullingmoor Health and Care NHS Trust';
  const p = new Plan(book, { name: 'holdout90-wres-2017-18-cullingmoor', sheet: 'Action Plan', standard: 'WRES', period: '2017-18', trust, widths: [7, 52, 8, 28, 12, 7, 46], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 }, color: C.nhs } });
  p.line(['WRES Action Plan 2017-18  |  position at 31 December 2017'], { merge: ['A', 'G'], style: { bold: true } });
  p.blank();
  p.header(['No.', 'Action', 'Ind.', 'Lead officer', 'Target', 'RAG', 'Progress to date'], { style: { fill: C.nhs, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  const F = { blue: C.blue, green: C.green, amber: C.amber, red: C.red, grey: C.grey };
  const sec = (t) => p.line([t], { merge: ['A', 'G'], style: { bold: true, fill: C.palegrey } });
  const add = (theme, no, act, ind, lead, tgt, col, prog) => {
    p.action([no, act, ind, lead, tgt, '', prog], { ref: no, indicators: ind.split('/'), theme, action: act, lead, due: tgt, status: '', rag: col === 'grey' ? null : col, progress: prog },
      { styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, {}, { fill: F[col] }, {}] });
  };
  let t = 'Theme A – Fair recruitment and progression'; sec(t);
  add(t, 'A1', 'Include at least one BME assessor on interview panels for all Band 7 and above posts in community nursing and mental health teams.', '2', 'Head of Recruitment', 'Sep-17', 'blue', 'In place since August; panel make-up logged on TRAC.');
  add(t, 'A2', 'Offer every BME applicant who is shortlisted but not appointed a feedback call from the panel chair.', '2', 'Recruitment Team Leader', 'Nov-17', 'green', 'Calls offered to 38 candidates so far; 21 taken up.');
  add(t, 'A3', 'Create a “stepping up” secondment scheme for BME staff at Bands 4–6 to act up in vacant team leader posts.', '7', 'Associate Director of OD', 'Jan-18', 'amber', 'Scheme agreed; only two secondments found so far.');
  add(t, 'A4', 'Report access to non-mandatory training by ethnicity to the Education Group each quarter.', '4', 'Education & Training Manager', 'Mar-18', 'grey', 'First full-year report due in April.');
  t = 'Theme B – Just and fair processes'; sec(t);
  add(t, 'B1', 'Introduce a decision-making checklist that line managers complete before starting any formal disciplinary investigation.', '3', 'Head of Employee Relations', 'Oct-17', 'green', 'Checklist used in 12 of 14 new cases.');
  add(t, 'B2', 'Train the HR advisory team in cultural awareness and unconscious bias in case handling.', '3', 'Head of Employee Relations', 'Dec-17', 'red', 'Trainer cancelled twice; rebooked for February.');
  t = 'Theme C – A safe place to work'; sec(t);
  add(t, 'C1', 'Set up a reporting route for racist abuse by patients and carers in community settings and follow up every report within five days.', '5', 'Head of Health, Safety & Security', 'Dec-17', 'amber', 'Route live; follow-up within five days in 60% of reports.');
  add(t, 'C2', 'Train 20 Freedom to Speak Up champions from BME backgrounds across all localities.', '6/8', 'Freedom to Speak Up Guardian', 'Mar-18', 'green', '14 trained; second cohort in February.');
  t = 'Theme D – Leadership'; sec(t);
  add(t, 'D1', 'Give each Board member a reverse mentor from the BME staff network for the year.', '9', 'Director of Workforce', 'Jun-18', 'grey', 'Pairs to be matched in March.');
  p.blank();
  const k0 = p.line(['', 'Key', '', '', '', '', ''], { border: false, style: { bold: true } });
  const keys = [['blue', 'Complete'], ['green', 'On track'], ['amber', 'Some slippage – remedial action in hand'], ['red', 'Off track / not started'], ['grey', 'Not yet due']];
  const krows = [];
  for (const [col, w] of keys) krows.push(p.line(['', '', '', '', '', '', w], { border: false, styles: [{}, {}, {}, {}, {}, { fill: F[col] }, { font: { size: 9 } }] }));
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community and mental health trust), Arial 10. Sheet 'Action Plan': trust name, 'WRES Action Plan 2017-18 | position at 31 December 2017', a blank row, an NHS-blue header 'No. | Action | Ind. | Lead officer | Target | RAG | Progress to date' (row 4, frozen), four grey THEME section rows merged across ('Theme A – Fair recruitment and progression' … 'Theme D – Leadership') with nine actions A1–D1, then a blank row and a KEY BLOCK BELOW THE GRID: a bold 'Key' in column B and five rows that are only a SWATCH painted in the RAG column (F) with its meaning in column G (blue Complete, green On track, amber Some slippage, red Off track / not started, grey Not yet due). The RAG cell of every action holds NO WORD, only a fill. Judgement calls: status '' (nothing written), rag from the fill read through the key (blue = complete → blue); the pale-grey 'Not yet due' fill is no RAG → null (A4, D1); the five key rows have a filled RAG cell but no action, lead or target – they are the key, non-action rows, not actions; theme = the theme section row; indicators from 'Ind.' ('6/8' → ['6','8']); ref = No.; lead = Lead officer; due = Target as typed ('Sep-17'); progress = Progress to date. The position date in the title is no due.", { mode: 'fill', ragCol: 6, keyBelow: { rows: [k0, ...krows], words: ['Complete', 'On track', 'Not yet due'] }, forbidden: ['31 December 2017'] });
}
