// holdout69-wres-2016-17-brackenholt: acute trust, early WRES plan on LANDSCAPE A3: three merged title rows on the left with a
// DOCUMENT-CONTROL BOX in the same rows on the right, a two-row header ('Timescale' over Start / End, 'Monitoring' over Reported to /
// Frequency) as print titles, and a CHANGE HISTORY and EIA line under the plan.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Brackenholt Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout69-wres-2016-17-brackenholt', sheet: 'WRES Action Plan', standard: 'WRES', period: '2016-17', trust, widths: [6, 14, 50, 26, 12, 12, 24, 14, 3, 18, 26], font: { name: 'Arial', size: 10 } });
  const ws = p.ws; const furn = [];
  const box = (k, v) => [k, v];
  const rows = [
    [[trust], box('Version', '1.1')],
    [['Workforce Race Equality Standard'], box('Author', 'Head of Equality and Diversity')],
    [['Action Plan 2016/17'], box('Ratified by', 'Workforce Committee')],
    [['Based on the WRES data published 1 July 2016 (figures at 31 March 2016)'], box('Date ratified', '14/09/2016')],
    [[''], box('Review date', 'September 2017')],
  ];
  rows.forEach(([t, [k, v]], i) => {
    const st = i === 0 ? { bold: true, font: { size: 12 }, color: C.navy } : i === 1 ? { bold: true, font: { size: 20 }, color: C.navy } : i === 2 ? { bold: true, font: { size: 16 } } : { italic: true };
    furn.push(p.line([t[0], '', '', '', '', '', '', '', '', k, v], { merge: ['A', 'H'], styles: [st, {}, {}, {}, {}, {}, {}, {}, {}, { bold: true, fill: C.palegrey, border: true }, {}] }));
    ['J', 'K'].forEach((c) => { ws.getCell(`${c}${p.r}`).border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } }; });
  });
  p.blank();
  const sup = p.header(['', '', '', '', 'Timescale', '', 'Monitoring', '', '', '', ''], { merge: [['E', 'F'], ['G', 'H']], style: { bold: true, fill: C.navy, color: C.white, alignment: { horizontal: 'center' } } });
  const hdr = p.header(['No.', 'WRES indicator', 'Action', 'Responsible', 'Start', 'End', 'Reported to', 'Frequency'], { style: { bold: true, fill: C.navy, color: C.white } });
  ws.pageSetup = { orientation: 'landscape', paperSize: 8, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${sup}:${hdr}` };
  const acts = [
    ['1', '1', 'Publish the percentage of BME staff in each pay band and clinical/non-clinical group in the annual workforce report.', 'Head of Workforce Planning', 'Jul 2016', 'Oct 2016', 'Workforce Committee', 'Annual'],
    ['2', '2', 'Review why white shortlisted applicants are more likely to be appointed, starting with nursing and midwifery Band 6 posts.', 'Head of Recruitment', 'Sep 2016', 'Mar 2017', 'Workforce Committee', 'Six-monthly'],
    ['3', '2', 'Train all recruiting managers in fair selection, including a session on bias at interview.', 'Learning and Development Manager', 'Oct 2016', 'Mar 2017', 'Education Board', 'Quarterly'],
    ['4', '3', 'Check every disciplinary investigation involving a BME member of staff with the HR Business Partner before a hearing is called.', 'Deputy Director of HR', 'Sep 2016', 'Ongoing', 'Workforce Committee', 'Quarterly'],
    ['5', '4', 'Record non-mandatory training and CPD by ethnicity through the learning management system.', 'Learning and Development Manager', 'Jan 2017', 'Jun 2017', 'Education Board', 'Six-monthly'],
    ['6', '5 & 6', 'Hold focus groups with BME staff on the staff survey harassment results and agree actions with each division.', 'Equality and Diversity Manager', 'Nov 2016', 'Feb 2017', 'Equality and Diversity Steering Group', 'Quarterly'],
    ['7', '7', 'Bring the Black and Minority Ethnic Staff Network into the planning of the Trust\'s management development programme.', 'Head of Organisational Development', 'Oct 2016', 'Dec 2016', 'Workforce Committee', 'Annual'],
    ['8', '8', 'Promote the Freedom to Speak Up Guardian to BME staff through the network and at induction.', 'Freedom to Speak Up Guardian', 'Oct 2016', 'Mar 2017', 'Audit Committee', 'Six-monthly'],
    ['9', '9', 'Report the ethnicity of Board members against the local population and use it when appointing non-executives.', 'Company Secretary', 'Mar 2017', 'Mar 2017', 'Board of Directors', 'Annual'],
  ];
  for (const [no, ind, a, lead, st, en, to, fq] of acts) p.action([no, ind, a, lead, st, en, to, fq], { ref: no, indicators: ind.split('&').map((x) => x.trim()), action: a, lead, due: en }, { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }] });
  p.blank();
  furn.push(p.line(['Change history'], { merge: ['A', 'C'], style: { bold: true } }));
  furn.push(p.line(['Ver.', 'Date', 'Change'], { style: { bold: true, fill: C.palegrey }, border: true }));
  furn.push(p.line(['1.0', '28/07/2016', 'First version for consultation with the BME Staff Network and staff side'], { border: true }));
  furn.push(p.line(['1.1', '14/09/2016', 'Actions 4 and 9 added after Workforce Committee'], { border: true }));
  p.blank();
  furn.push(p.line(['Equality Impact Assessment completed: Yes (EIA ref 2016/041)'], { merge: ['A', 'H'], style: { italic: true } }));
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional acute foundation trust) from the first year of the WRES with its nine 2016 indicators, set up to print on LANDSCAPE A3: three MERGED TITLE ROWS across A:H (trust name, 'Workforce Race Equality Standard', 'Action Plan 2016/17') and a data line, with a DOCUMENT-CONTROL BOX on the SAME ROWS in J:K (Version 1.1, Author, Ratified by Workforce Committee, Date ratified 14/09/2016, Review date September 2017); a TWO-ROW HEADER – 'Timescale' merged over Start / End and 'Monitoring' merged over 'Reported to' / 'Frequency' (row ${sup}) above 'No. | WRES indicator | Action | Responsible | Start | End | Reported to | Frequency' (row ${hdr}), both set as PRINT TITLES – nine actions, then a CHANGE HISTORY table and an 'Equality Impact Assessment completed: Yes' line. Judgement calls: the title rows are non-action rows even though the box beside them holds label/value pairs; nothing in the box, the change history or the EIA line gives a field (the author is not a lead, 'Workforce Committee' as ratifier is not a lead, 14/09/2016 and 'September 2017' are not dues, 'Yes' is not a status); both header rows are header rows; indicators from the WRES indicator column ('5 & 6' → ['5','6']); due = End as written ('Ongoing' kept; 'Mar 2017' text); 'Reported to' and 'Frequency' are monitoring arrangements, not leads or dues; ref = No.; no theme, no status, rag null.`,
    { forbidden: ['Head of Equality and Diversity', '14/09/2016', 'September 2017', 'Yes', '28/07/2016'], notFrom: ['G', 'H'], print: { furniture: furn, titles: `${sup}:${hdr}`, landscape: true, a3: true, superRows: [sup] } });
}
