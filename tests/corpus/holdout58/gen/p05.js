// holdout58-wdes-2022-23-hollowmere: community trust, a MONTHLY COLOUR TRACKER 18 columns wide: plan columns, then twelve month
// columns (Apr-22 … Mar-23 under a merged 'Monthly RAG 2022/23' band) that hold NO TEXT – only a fill – filled up to the month the
// action was last reviewed; a Comment column at the far right. Colour key as swatches beside words.
import { Book, Plan, C, wideAction, dt } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Hollowmere Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout58-wdes-2022-23-hollowmere', sheet: 'Tracker', standard: 'WDES', period: '2022-23', trust, font: { name: 'Verdana', size: 9 },
    widths: [7, 10, 46, 22, 11, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 40] });
  const ws = p.ws;
  const MONTHS = ['Apr-22', 'May-22', 'Jun-22', 'Jul-22', 'Aug-22', 'Sep-22', 'Oct-22', 'Nov-22', 'Dec-22', 'Jan-23', 'Feb-23', 'Mar-23'];
  const MC = ['F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q'];
  p.line([`${trust} – WDES action plan 2022/23: monthly tracker`], { merge: ['A', 'R'], style: { bold: true, font: { size: 12 } } });
  p.line(['Each month the action lead colours the month cell at the review meeting. Last review: 24 November 2022.'], { merge: ['A', 'R'], style: { italic: true } });
  const key = [p.line(['', 'Key', 'Complete'], { styles: { 0: { fill: C.blue } } }), p.line(['', '', 'On track'], { styles: { 0: { fill: C.green } } }), p.line(['', '', 'At risk of slipping'], { styles: { 0: { fill: C.amber } } }), p.line(['', '', 'Off track / not started'], { styles: { 0: { fill: C.red } } })];
  p.blank();
  const band = p.header(['', '', '', '', '', 'Monthly RAG 2022/23', '', '', '', '', '', '', '', '', '', '', '', ''], { merge: [['F', 'Q']], style: { fill: C.teal, color: C.white, alignment: { horizontal: 'center' } } });
  const hdr = p.header(['Ref', 'WDES metric', 'Action', 'Action lead', 'Due', ...MONTHS, 'Comment'], { style: { fill: C.teal, color: C.white, alignment: { textRotation: 90, horizontal: 'center', vertical: 'bottom' } }, styles: { 0: { alignment: {} }, 1: { alignment: {} }, 2: { alignment: {} }, 3: { alignment: {} }, 4: { alignment: {} }, 17: { alignment: {} } }, height: 44 });
  ws.views = [{ state: 'frozen', xSplit: 3, ySplit: hdr }];
  const COL = { B: C.blue, G: C.green, A: C.amber, R: C.red };
  const RG = { B: 'blue', G: 'green', A: 'amber', R: 'red' };
  const M = { ref: 0, action: 2, lead: 3, due: 4, progress: 17 };
  // months string: one letter per month from April, '.' = not coloured
  const rows = [
    ['HCH1', 'Metric 1', 'Clean the ESR disability field: write to every colleague with an unknown status and explain why it matters.', 'Workforce Information Manager', dt(2022, 9, 30, 'mmm-yy'), 'GGGGGB', 'Unknown down from 31% to 19%.'],
    ['HCH2', 'Metric 2', 'Join the Disability Confident Leader scheme and have the assessment validated by a partner employer.', 'Head of Resourcing', dt(2023, 3, 31, 'mmm-yy'), 'GGAAAAGG', 'Validator found; evidence pack 60% done.'],
    ['HCH3', 'Metric 3', 'Report capability cases for disabled staff split by ill-health and performance at each People Committee.', 'ER Manager', dt(2022, 12, 31, 'mmm-yy'), '...RRAA', 'Report format agreed; first split report in December.'],
    ['HCH4', 'Metric 4', 'Run a campaign with the Enable network on reporting harassment from patients in home visits.', 'Enable Network Chair', dt(2022, 11, 30, 'mmm-yy'), 'GGGGGGB', 'Campaign ran in October; reporting up.'],
    ['HCH5', 'Metric 5', 'Add a question on reasonable adjustments to the career conversation template.', 'OD Lead', dt(2022, 10, 31, 'mmm-yy'), 'AARRRRR', 'Template owner on leave; moved to January.'],
    ['HCH6', 'Metric 6', 'Make the "Wellbeing and Adjustments Passport" part of every return-to-work meeting.', 'Head of Occupational Health', dt(2023, 1, 31, 'mmm-yy'), 'GGGGGGGG', '88% of return-to-work forms in October mention the passport.'],
    ['HCH7', 'Metric 8', 'Set a 6-week standard for delivering workplace adjustments and track it monthly.', 'Head of Occupational Health', dt(2023, 3, 31, 'mmm-yy'), '....GGAA', 'Average 9 weeks; IT equipment the main delay.'],
    ['HCH8', 'Metric 9', 'Give the Enable network chair a standing slot at the Trust Board every six months.', 'Director of Corporate Affairs', dt(2022, 7, 31, 'mmm-yy'), 'GGGB', 'First slot at July Board.'],
    ['HCH9', 'Metric 10', 'Include a disabled Board member or associate in the Board development programme.', 'Chair', dt(2023, 3, 31, 'mmm-yy'), '', ''],
  ];
  for (const [ref, met, act, lead, due, months, comment] of rows) {
    const vals = [ref, met, act, lead, due, ...MONTHS.map(() => ''), comment];
    const st = {}; let last = null;
    [...months].forEach((ch, i) => { if (COL[ch]) { st[5 + i] = { fill: COL[ch] }; last = ch; } });
    wideAction(p, vals, M, { indicators: [met.replace('Metric ', '')], rag: last ? RG[last] : null }, { styles: st });
  }
  p.blank();
  p.line(['Metric 7 (feeling valued) is covered by the trust-wide staff survey plan. Months after November are coloured at future reviews.'], { merge: ['A', 'R'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original wide MONTHLY COLOUR TRACKER (fictional community trust), 18 columns, Verdana 9: title, a line saying leads colour the month at each review (last 24 November 2022), a four-row COLOUR KEY of swatches (column A) beside words (Complete blue, On track green, At risk of slipping amber, Off track / not started red), a teal BAND ROW ('Monthly RAG 2022/23' merged over F–Q, row 8) over the header (row 9) 'Ref | WDES metric | Action | Action lead | Due | Apr-22 … Mar-23 (rotated) | Comment'; frozen at D10. The month cells hold NO TEXT, only fills, coloured from the month an action started up to its last review (most to Nov-22; HCH3 and HCH7 start later; HCH1, HCH4, HCH8 turned blue and stop; HCH9 never coloured). Judgement calls: the key rows are not actions; status '' everywhere (no status word), rag = the fill of the LATEST coloured month (blue = complete per the key; HCH9 none → null); due = Due as shown (mmm-yy) – the month headers are not dues; progress = Comment; indicators from 'Metric n' (2022 numbering written as whole metrics: 'Metric 4', 'Metric 9'); the footnote naming metric 7 is not an action; theme null.",
    { wide: { headerRow: hdr, bands: [band] }, cols: { ref: 'A', action: 'C', lead: 'D', due: 'E', progress: 'R' }, indCol: 'B', frozen: [3, hdr], mode: 'latestFill', latestFill: MC, ragCol: 'Q' });
}
