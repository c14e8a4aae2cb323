// holdout59-wres-2016-17-stannery: a specialist orthopaedic trust's early WRES plan in a bordered table starting in column B; the
// timescale is a MONTH column ('June', 'Dec 16', 'March 2017', 'Monthly'); leads are NAMES WITH TITLES and initials ('Mrs P. Hallam').
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'The Stannery Orthopaedic Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout59-wres-2016-17-stannery', sheet: 'WRES 2016-17', standard: 'WRES', period: '2016-17', trust, widths: [3, 24, 52, 26, 14, 40], startCol: 2, font: { name: 'Times New Roman', size: 11 } });
  p.line([trust], { merge: ['B', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard: Action Plan 2016-17'], { merge: ['B', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['Prepared by the Equality and Diversity Lead for the Workforce Committee, July 2016.'], { merge: ['B', 'F'], style: { italic: true } });
  p.blank();
  p.header(['WRES indicator', 'Action to be taken', 'Responsible officer', 'Month', 'Comments'], { style: { fill: C.grey } });
  const rows = [
    ['Indicator 1 – workforce profile', '1', 'Report the BME profile of nursing, therapy and medical staff separately in the annual workforce report.', 'Mrs P. Hallam', 'June', ''],
    ['Indicator 2 – shortlisting', '2', 'Look at shortlisting to appointment by ethnicity for theatre and ward posts, which had the widest gap.', 'Mr T. Brennan', 'September', 'Analysis for Q1 recruitment complete.'],
    ['Indicator 2 – shortlisting', '2', 'Remind recruiting managers that a second shortlister is required for every post at Band 6 and above.', 'Mr T. Brennan & Ms L. Fry', 'Dec 16', ''],
    ['Indicator 3 – disciplinary', '3', 'Record the ethnicity of every member of staff entering a formal disciplinary and report it to the Workforce Committee.', 'Ms L. Fry', 'Monthly', 'First monthly report in October.'],
    ['Indicator 5 – harassment by patients', '5', 'Ask ward sisters to report incidents of racist behaviour by patients and visitors on Datix.', 'Dr K. Osei', 'Jan', ''],
    ['Indicator 7 – career progression', '7', 'Offer places on the in-house leadership course to BME staff at Bands 5 and 6 through an open application.', 'Mrs P. Hallam', 'March 2017', ''],
    ['Indicator 9 – Board', '9', 'Ask the Council of Governors to consider Board diversity when it next appoints a non-executive director.', 'Company Secretary (A.J.)', 'March 2017', ''],
  ];
  for (const [ind, code, act, lead, month, com] of rows) p.action([ind, act, lead, month, com], { indicators: [code], action: act, lead, due: month, progress: com }, { height: 36 });
  p.blank();
  p.line(['Actions will be reported to the Workforce Committee and published with the 2017 WRES data.'], { merge: ['B', 'F'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a specialist orthopaedic foundation trust), an early WRES plan in a bordered table that starts in column B (column A an empty margin): a title with the trust name, the plan title, an italic 'Prepared by … July 2016' line, a blank row, a grey header 'WRES indicator | Action to be taken | Responsible officer | Month | Comments', seven actions, and a reporting line below. The timescale is a MONTH column – bare month names with no year ('June', 'September', 'Jan'), 'Dec 16', 'March 2017' and 'Monthly'. Leads are NAMES WITH TITLES and initials ('Mrs P. Hallam', 'Dr K. Osei', 'Mr T. Brennan & Ms L. Fry', 'Company Secretary (A.J.)'). Judgement calls: due = the Month cell as written – no year is supplied for 'June' or 'Jan' (the reader of the sheet would not guess whether it is 2016 or 2017), and 'Monthly' is kept; lead = Responsible officer as written, both names kept where two are joined by '&'; the 'July 2016' preparation date is not a due; progress = Comments where filled; indicators from 'Indicator N – …' (two actions share indicator 2); no status, rag null; no theme.", { due: { col: 'E' }, lead: { col: 'D', mode: 'whole' }, progress: 'F' });
}
