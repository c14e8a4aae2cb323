// holdout12-wres-2017-18-stourmead: RAG shown by FILL ONLY (no text) with the key in a footnote marked by an asterisk;
// indicator written only on the first row of each block (NOT merged); 'Last updated' line; line breaks inside cells.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout12-wres-2017-18-stourmead', sheet: 'WRES 2017-18', standard: 'WRES', period: '2017-18', trust: 'Stourmead Hospitals NHS Foundation Trust', widths: [28, 56, 24, 16, 7, 46], font: { name: 'Arial', size: 10 } });
  p.line(['Stourmead Hospitals NHS Foundation Trust – WRES Action Plan 2017/18'], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['Last updated: 12 March 2018'], { style: { italic: true } });
  p.blank();
  p.header(['Indicator', 'Action', 'Responsible', 'Timescale', 'RAG*', 'Progress'], { style: { fill: C.grey } });
  const R = { R: [C.red, 'red'], A: [C.amber, 'amber'], G: [C.green, 'green'] };
  const blocks = [
    ['Indicator 1\nWorkforce by AfC band', [
      ['Analyse the workforce profile by band and staff group and identify where BME staff are under-represented.', 'Workforce Information Manager', 'Q2 2017/18', 'G', 'Analysis presented to Workforce Committee, September 2017.', ['1']],
      ['Agree a positive action statement for job adverts at Band 7 and above.', 'Head of Recruitment', 'Q3 2017/18', 'G', 'Statement added to all adverts from November.', ['1']],
    ]],
    ['Indicator 2\nShortlisting to appointment', [
      ['Include a BME panel member on interviews for Band 8a and above, from a trained pool.', 'Head of Recruitment', 'Sept 2017', 'A', 'Pool of 18 trained; not available for every panel.', ['2']],
      ['Track each recruitment stage by ethnicity on NHS Jobs / TRAC and report quarterly.', 'Recruitment Manager', 'Quarterly', 'A', 'Q2 and Q3 reports produced; Q1 data incomplete.', ['2']],
    ]],
    ['Indicator 3\nFormal disciplinary', [
      ['Require a second HR opinion before a BME member of staff is suspended or moved to a formal investigation.', 'Deputy Director of HR', 'July 2017', 'G', 'In place.\nRelative likelihood 1.38 (was 1.85).', ['3']],
    ]],
    ['Indicator 4\nNon-mandatory training', [
      ['Monitor applications for and approval of study leave and CPD funding by ethnicity.', 'Head of Education', 'March 2018', 'R', 'Not started – new learning system not yet live.', ['4']],
    ]],
    ['Indicators 5–8\nStaff Survey', [
      ['Run focus groups with BME staff in the three divisions with the highest bullying scores.', 'Equality and Diversity Lead', 'Dec 2017', 'G', 'Held in Surgery, Medicine and Estates.', ['5', '6', '7', '8']],
      ['Relaunch the BME Staff Network with an executive sponsor and terms of reference.', 'Director of Workforce', 'Oct 2017', 'G', 'Relaunched 10 October 2017 (Black History Month).', ['5', '6', '7', '8']],
      ['Introduce a Dignity at Work advisers scheme for staff experiencing bullying or harassment.', 'Head of OD', 'March 2018', 'A', '8 advisers recruited, training booked for April.', ['5', '6', '7', '8']],
    ]],
    ['Indicator 9\nBoard', [
      ['Ask the NED recruitment agency for a diverse longlist for the two vacancies in 2018.', 'Company Secretary', 'Jan 2018', 'R', 'Vacancies deferred to 2018/19.', ['9']],
      ['Reverse mentoring: pair each executive director with a BME member of staff.', 'Director of Workforce', 'March 2018', 'A', '4 of 7 pairs in place.', ['9']],
    ]],
  ];
  for (const [ind, acts] of blocks) acts.forEach(([a, lead, due, rag, prog, inds], i) => p.action([i === 0 ? ind : null, a, lead, due, null, prog], { indicators: inds, action: a, lead, due, status: '', rag: R[rag][1], progress: prog }, { styles: [i === 0 ? { bold: true } : {}, {}, {}, {}, { fill: R[rag][0] }] }));
  p.blank();
  p.line(['*RAG: Red = not started; Amber = started, not complete; Green = complete or embedded in business as usual.'], { merge: ['A', 'F'], style: { italic: true } });
  p.line(['Please send updates to the Equality and Diversity Lead by the 5th of each month.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an early tracker where the RAG is a FILLED CELL WITH NO TEXT: title, 'Last updated: 12 March 2018', a blank, header 'Indicator | Action | Responsible | Timescale | RAG* | Progress'. The asterisked key is a FOOTNOTE under the table ('*RAG: Red = not started; Amber = started, not complete; Green = complete …'). Gold status '' (no word) and rag from the fill colour. The indicator is written ONLY ON THE FIRST ROW of each block as two lines in one cell ('Indicator 1\\nWorkforce by AfC band') and is NOT merged – the rows below have an empty indicator cell and inherit it. Every action takes its block's indicators as a person reads the label: 'Indicators 5–8\\nStaff Survey' → ['5','6','7','8'] for all three of its actions (judgement: the network relaunch is mainly about 7, but the plan files it under the whole block); the reverse-mentoring action in the Indicator 9 block → ['9']. Timescales are text ('Q2 2017/18', 'Sept 2017', 'Quarterly'). One progress cell has a line break. A request for monthly updates under the footnote is a non-action row.", { ragCol: 'E', mode: 'fill', statusIsCell: false });
}
