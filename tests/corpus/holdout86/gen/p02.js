// holdout86-wdes-2020-21-sollerby: acute trust, laid out like KMPT's published plan: a colour key at the top (Blue = new for 2020-21),
// 'Objective | Analysis | WDES Action | Lead | Date | RAG Rating', a merged metric row over each block, the Analysis column running the
// data down beside the actions, and the RAG Rating cell holding the progress sentence on its colour (no status word).
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Sollerby Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout86-wdes-2020-21-sollerby', sheet: 'Sheet1', standard: 'WDES', period: '2020-21', trust, widths: [12, 34, 48, 26, 13, 42], font: { name: 'Calibri', size: 10 } });
  p.line([`${trust} – WDES ACTION Plan 2020-2021`], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.blank();
  const keyRows = [['Red', 'Not yet begun', C.red], ['Amber', 'Begun but not complete', C.amber], ['Green', 'Complete', C.green], ['Blue', 'New for 2020-21', C.lightblue]];
  for (const [c, w, f] of keyRows) p.line([c, w], { styles: [{ fill: f, bold: true }, {}], border: true });
  p.blank();
  p.header(['Objective', 'Analysis', 'WDES Action', 'Lead', 'Date', 'RAG Rating'], { style: { fill: C.paleblue } });
  const F = { red: C.red, amber: C.amber, green: C.green, blue: C.lightblue };
  const blocks = [
    ['Metric 1 – Percentage of staff in AfC pay bands or medical and dental subgroups and very senior managers compared with the percentage of staff in the overall workforce', [
      ['As at 31/03/2020 3.1% of staff declared a disability; 24% not stated.', 'Send every member of staff a personal ESR reminder with a short film from disabled colleagues on why declaring matters.', 'Workforce Information Manager', 'June 2020', 'Reminder sent with payslips in June; declaration now 3.9%.', 'green'],
      ['Band 8a and above: 1.6%.', 'Analyse declaration by division and band and share the figures with each divisional board.', 'Workforce Information Manager / HR Business Partners', 'September 2020', 'Surgery and Women\'s & Children\'s done; others delayed by the Covid surge.', 'amber'],
      ['', 'Check that agency and bank workers can declare through the bank app.', 'Temporary Staffing Manager', 'March 2021', 'Not yet begun – supplier contract renewal first.', 'red'],
    ]],
    ['Metric 2 – Relative likelihood of non-disabled staff compared to disabled staff being appointed from shortlisting across all posts', [
      ['Relative likelihood 1.31 (2019: 1.22).', 'Add a disability lens to the recruitment audit of 50 vacancies each quarter.', 'Head of Resourcing', 'December 2020', 'Q2 audit complete; three panels had no adjustments recorded.', 'amber'],
      ['', 'Offer interview questions 24 hours in advance to any candidate who asks, and say so in every advert.', 'Head of Resourcing', 'October 2020', 'New for this year. Wording agreed with the Disability Staff Forum.', 'blue'],
    ]],
    ['Metric 7 – Percentage of disabled staff compared to non-disabled staff saying that the organisation values their work', [
      ['Disabled 36.4%; non-disabled 46.0%.', 'Include disabled staff in the "Sollerby Stars" nomination panel and publicise winners from every staff network.', 'Head of Communications', 'November 2020', 'Panel now includes two forum members.', 'green'],
      ['', 'Hold a "what would make you feel valued" session with the Disability Staff Forum and report back to the People Committee.', 'Deputy Director of People', 'February 2021', 'New for this year; date set for January.', 'blue'],
    ]],
    ['Metric 8 – Percentage of disabled staff saying that their employer has made adequate adjustments to enable them to carry out their work', [
      ['72.5% (2019: 70.1%).', 'Publish a one-page guide for managers on Access to Work and how to apply for it with the member of staff.', 'Health & Wellbeing Lead', 'July 2020', 'Guide on the intranet; 11 Access to Work applications supported.', 'green'],
    ]],
  ];
  for (const [sec, acts] of blocks) {
    p.line([sec], { merge: ['A', 'F'], style: { bold: true, fill: C.palegrey }, border: true });
    const m = /^Metric (\d+)/.exec(sec)[1];
    for (const [an, act, lead, date, rag_text, rag] of acts) {
      p.action(['', an, act, lead, date, rag_text], { indicators: [m], theme: sec, action: act, lead, due: date, status: '', rag, progress: rag_text }, { styles: [{}, { italic: true }, {}, {}, {}, { fill: F[rag] }] });
    }
  }
  p.blank();
  p.line(['Reviewed at the Equality, Diversity & Inclusion Steering Group, 3 March 2021.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust) laid out the way KMPT's published equality plan is. Sheet 'Sheet1': a title naming the trust, a four-row COLOUR KEY (rows 3–6: a coloured cell and its meaning – Red 'Not yet begun', Amber 'Begun but not complete', Green 'Complete', Blue 'New for 2020-21'), the header 'Objective | Analysis | WDES Action | Lead | Date | RAG Rating' (row 8), four grey merged METRIC rows (full metric wording) each over its actions, and a closing review line. The Objective column is empty on action rows; the Analysis column carries the metric's data in italics beside the first action(s) of a block and is blank below. The RAG Rating cell holds the progress sentence on the fill – there is no status word. Judgement calls: theme = the metric row above; indicators from it ('Metric 7' → 7); the Analysis column is context (no field is taken from it); lead = Lead as written (the second action keeps both roles); due = Date as typed ('June 2020'); status '' and rag from the RAG Rating fill as the key reads it (light blue = 'New for 2020-21' → blue); progress = the text of the RAG Rating cell; no ref; the key rows and the review line are not actions and the review date is no due.", { mode: 'fill', ragCol: 6, statusIsCell: false, colourOnly: { col: 'F', progress: true }, notFrom: ['B'], forbidden: ['3 March 2021', 'Not yet begun', 'Begun but not complete', 'Complete', 'New for 2020-21'] });
}
