// holdout20-wres-2015-16-farrowdale: ORDINARY first-year WRES plan of a specialist EYE HOSPITAL – merged trust title and
// 'agreed by' line; light-blue header 'Ref | Indicator | Action | Lead | Timescale | RAG'; refs 'E1'…; indicators as bare
// numbers ('1', '5 & 6', 'All'); month text timescales + 'Ongoing'; R/A/G LETTERS filled; key line under the table.
import { Book, Plan, C, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout20-wres-2015-16-farrowdale', sheet: 'WRES action plan', standard: 'WRES', period: '2015-16', trust: 'Farrowdale Eye Hospital NHS Foundation Trust', widths: [7, 11, 60, 30, 16, 7] });
  p.line(['Farrowdale Eye Hospital NHS Foundation Trust'], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard – action plan 2015/16, agreed by the Workforce Committee on 14 September 2015'], { merge: ['A', 'F'], style: { bold: true } });
  p.blank();
  p.header(['Ref', 'Indicator', 'Action', 'Lead', 'Timescale', 'RAG'], { style: { fill: 'FFDDEBF7' } });
  const L = { R: [C.red, 'red'], A: [C.amber, 'amber'], G: [C.green, 'green'] };
  const data = [
    ['1', ['1'], 'Improve ethnicity recording on ESR for optometrists, orthoptists and outpatient staff.', 'Workforce Information Manager', 'December 2015', 'G'],
    ['1', ['1'], 'Present the band profile by ethnicity to the Workforce Committee twice a year.', 'Workforce Information Manager', 'March 2016', 'A'],
    ['2', ['2'], 'Review shortlisting and appointment data for nursing and ophthalmic technician posts.', 'Recruitment Manager', 'January 2016', 'A'],
    ['2', ['2'], 'Make recruitment and selection training mandatory for all panel chairs.', 'Head of HR', 'March 2016', 'R'],
    ['3', ['3'], 'Monitor formal disciplinary cases by ethnicity and report the relative likelihood each quarter.', 'Employee Relations Adviser', 'Ongoing', 'G'],
    ['4', ['4'], 'Record attendance at non-mandatory training and study leave by ethnicity.', 'Education Lead', 'February 2016', 'R'],
    ['5 & 6', ['5', '6'], 'Analyse the 2015 staff survey results by ethnicity and share them with the BME staff forum.', 'Head of HR', 'November 2015', 'G'],
    ['7', ['7'], 'Promote the Leadership Academy\'s Stepping Up programme to BME staff at Bands 5 to 7.', 'Head of Learning and Development', 'March 2016', 'A'],
    ['8', ['8'], 'Set up a BME staff forum with an executive sponsor.', 'Director of Nursing', 'October 2015', 'G'],
    ['9', ['9'], 'Ask search agencies for a diverse longlist for the next non-executive director appointments.', 'Trust Secretary', 'April 2016', 'R'],
    ['All', ALL_WRES, 'Publish the WRES data and this action plan on the Trust website.', 'Director of Workforce', 'September 2015', 'G'],
  ];
  let n = 0;
  for (const [ind, inds, action, lead, due, rag] of data) {
    const ref = `E${++n}`;
    p.action([ref, ind, action, lead, due, rag], { ref, indicators: inds, action, lead, due, status: rag, rag: L[rag][1] }, { styles: [{}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, {}, { fill: L[rag][0], bold: true, alignment: { horizontal: 'center', vertical: 'top' } }] });
  }
  p.blank();
  p.line(['RAG: R = not started, A = in progress, G = complete. Position at 31 January 2016.'], { style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY first-year WRES plan of a specialist EYE HOSPITAL: merged bold trust title, a merged bold line naming the plan and the date the Workforce Committee agreed it, a blank row, then a light-blue header 'Ref | Indicator | Action | Lead | Timescale | RAG' (row 4). Refs 'E1'…'E11'; indicators as BARE NUMBERS ('1', '5 & 6', 'All' = all nine). Leads are job titles. Timescales are month TEXT ('December 2015', 'March 2016') and 'Ongoing'. The RAG cell holds a LETTER R / A / G, bold, filled red / amber / green; the key line under the table says G = complete (so there is no blue). Judgement calls: the letter is the status as written ('G') and its fill the rag; G means complete here but stays green (no blue in the plan); the key / position line is not an action.", { ragCol: 'F', mode: 'fill' });
}
