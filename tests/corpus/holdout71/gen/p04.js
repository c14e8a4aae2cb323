// holdout71-wres-2019-20-stowmere: mental health trust, a plan in the shape of a real published WRES plan of a mental health trust
// (source 002): a colour key, then one block per indicator, each with ITS OWN header – and the headers differ: 'Objective | Analysis |
// WRES Action | Lead | Date | RAG Rating' in some blocks, 'Objective | Reason *most recent data is shown* | Action | Update | Lead | Date |
// RAG Rating' in others (one of them split over two header rows); the figures sit in the Analysis / Reason column and sometimes in the
// Objective column; where there is no Update column the RAG Rating cell holds the progress text on its colour.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Stowmere Care Partnership NHS Trust';
  const p = new Plan(book, { name: 'holdout71-wres-2019-20-stowmere', sheet: 'WRES 2019-20', standard: 'WRES', period: '2019-20', trust, widths: [20, 34, 44, 34, 22, 14, 26], font: { name: 'Calibri', size: 10 } });
  p.line([trust], { style: { bold: true, font: { size: 11 } } });
  p.line(['WRES ACTION Plan 2019 - 2020'], { merge: ['A', 'D'], height: 20, style: { bold: true, font: { size: 14 } } });
  p.blank();
  const KEY = [['Red', 'Not yet begun', C.red], ['Amber', 'Begun but not complete', C.amber], ['Green', 'Complete', C.green], ['Blue', 'New for 2019 onwards', C.lightblue]];
  for (const [w, m, f] of KEY) p.line([w, m], { border: true, styles: [{ fill: f, bold: true }, {}] });
  const F = { red: C.red, amber: C.amber, green: C.green, blue: C.lightblue };
  const sections = [];
  const HA = ['Objective', 'Analysis', 'WRES Action', 'Lead', 'Date', 'RAG Rating'];
  const HB = ['Objective', 'Reason *most recent data is shown*', 'Action', 'Update', 'Lead', 'Date', 'RAG Rating'];
  const hstyle = { style: { fill: C.grey } };
  const indicatorRow = (n, words, last) => { const r = p.line([`Indicator ${n}`, words], { border: true, merge: ['B', last], styles: [{ bold: true }, { italic: true }] }); sections.push(r); return r; };
  // block A: rows [analysis, action, lead, date, ragText, rag]
  const blockA = (n, words, rows) => {
    p.blank(); p.header(HA, hstyle); indicatorRow(n, words, 'F');
    for (const [an, act, lead, date, txt, rag] of rows) p.action(['', an, act, lead, date, txt], { indicators: [String(n)], theme: `Indicator ${n}`, action: act, lead, due: date, rag, progress: txt }, { styles: [{}, { font: { size: 9 }, color: 'FF595959' }, {}, {}, {}, { fill: F[rag] }] });
  };
  // block B: rows [objectiveCell, reason, action, update, lead, date, rag]; split = header on two rows
  const blockB = (n, words, rows, split) => {
    p.blank();
    if (split) { p.header(['Objective', 'Reason *most recent data is', 'Action', 'Update', 'Lead', 'Date', 'RAG Rating'], hstyle); p.header(['', 'shown*', '', '', '', '', ''], hstyle); }
    else p.header(HB, hstyle);
    indicatorRow(n, words, 'G');
    for (const [ob, rea, act, upd, lead, date, rag] of rows) p.action([ob, rea, act, upd, lead, date, ''], { indicators: [String(n)], theme: `Indicator ${n}`, action: act, lead, due: date, rag, progress: upd }, { styles: [{ font: { size: 9 }, color: 'FF595959' }, { font: { size: 9 }, color: 'FF595959' }, {}, {}, {}, {}, { fill: F[rag] }] });
  };
  blockA(1, 'Percentage of staff in each of the AfC Bands 1-9 and VSM (including Executive Board members) compared with the percentage of staff in the overall workforce.', [
    ['As of 31/03/2017 BME staff 12.4% White staff 85.9% Not stated 1.7%', 'Work with senior managers in estates, finance and corporate services to find out why few BME staff apply for Band 7 and above posts, and agree what would help.', 'E&D Facilitator\nSenior Managers', 'June 2019', 'Focus groups held in estates and finance; corporate services planned for the autumn.', 'amber'],
    ['As of 31/03/2018 BME staff 13.1% White staff 85.2% Not stated 1.7%', 'Deliver the agreed recommendations of the end-to-end recruitment review.', 'Recruitment Team\nE&D Manager\nHRBPs', 'March 2020', '', 'blue'],
    ['As of 31/03/2019 BME staff 14.0% White staff 84.6% Not stated 1.4%', 'Analyse the workforce reports to find the departments and job roles where BME staff are least represented.', 'Workforce Information Manager\nE&D Facilitator', 'May 2019', 'Band 7 and above roles analysed as part of the Model Employer work and reported to the Workforce Committee.', 'green'],
    ['', 'Work with the regional apprenticeship alliance to raise the profile of apprenticeships in BME communities.', 'Apprenticeship Manager', '', 'Completed – will need to wait for the impact of this partnership.', 'green'],
  ]);
  blockB(2, 'Relative likelihood of staff being appointed from shortlisting across all posts.', [
    ['Shortlisted White staff 2,214 BME staff 847\nAppointed White staff 301 BME staff 71', 'BME applicants are 1.6 times less likely than White applicants to be appointed once shortlisted, slightly worse than last year.', 'All recruiting managers and panel members to complete the Trust\'s recruitment and selection training, which now includes a session on bias.', 'Shortlisting and interview skills sessions for BME staff being written; first run planned for the BME Network meeting in October.', 'Recruitment Manager\nE&D Facilitator', 'October 2019', 'amber'],
    ['', '', 'Add a BME panel member to every interview for Band 8a and above.', 'Pool of 18 trained panel members; used on 11 of the 14 senior interviews held since June.', 'Head of Resourcing', 'December 2019', 'green'],
  ]);
  blockB(3, 'Relative likelihood of staff entering the formal disciplinary process, as measured by entry into a formal disciplinary investigation.', [
    ['White staff 0.9%\nBME staff 1.5%', 'BME staff are 1.7 times more likely than White staff to enter a formal disciplinary process.', 'Record in ESR the reason for every formal disciplinary investigation, with the ethnicity of the member of staff.', 'ESR disciplinary module live from July 2019; first quarterly report due in October.', 'ER Manager\nE&D Facilitator', 'November 2019', 'green'],
    ['', '', 'Include having difficult conversations in the leadership and management programme for new managers.', 'Module written and part of the programme from September 2019.', 'OD Team', 'September 2019', 'green'],
    ['', '', 'Look into the pattern behind the small number of cases (14 White and 9 BME staff) through the early resolution strand of the culture programme.', '', 'Culture Change Programme', 'March 2020', 'blue'],
  ], true);
  blockA(5, 'Percentage of staff experiencing harassment, bullying or abuse from patients, relatives or the public in the last 12 months.', [
    ['34.6% of BME staff experienced harassment, bullying or abuse from patients, relatives or the public, down from 36.2%.', 'Tell service users and visitors, through posters and the patient handbook, what the Trust will do when staff are abused.', 'E&D Facilitator\nBME Network Chair', 'March 2020', 'Posters up on all inpatient wards; patient handbook wording agreed.', 'amber'],
    ['', 'Sign a joint agreement with the police so that hate crimes against staff are reported and followed up.', 'E&D Manager', 'December 2019', '', 'red'],
  ]);
  blockB(9, 'Percentage difference between the organisation\'s board voting membership and its overall workforce.', [
    ['Board members: BME 9%, White 91%\nWorkforce: BME 14%, White 84%', 'The board is less diverse than the workforce it leads.', 'Work with the Trust Secretary to collect and report the ethnicity of board members each year.', 'Board data collected for the first time in April 2019.', 'Trust Secretary', 'April 2019', 'green'],
    ['', '', 'Use a search agency with a record of diverse shortlists for the next non-executive appointment.', '', 'Chair\nTrust Secretary', '2020', 'blue'],
  ]);
  await book.save(`${p.name}.xlsx`);
  const H = p.headerRows;
  p.saveGold(`Original plan (fictional mental health trust) laid out like a real published WRES action plan of a mental health trust (source 002): sheet 'WRES 2019-20', the trust name, the title 'WRES ACTION Plan 2019 - 2020', a blank row and a four-row colour KEY (Red 'Not yet begun', Amber 'Begun but not complete', Green 'Complete', Blue 'New for 2019 onwards'), then five INDICATOR BLOCKS (indicators 1, 2, 3, 5, 9), each a blank row, ITS OWN HEADER and an 'Indicator n' row (label in A, the indicator's wording merged across in italics) above its actions. The headers are NOT the same: blocks 1 and 5 read 'Objective | Analysis | WRES Action | Lead | Date | RAG Rating' (six columns, the RAG Rating cell holding the PROGRESS TEXT on its colour), blocks 2, 3 and 9 read 'Objective | Reason *most recent data is shown* | Action | Update | Lead | Date | RAG Rating' (seven columns: progress in Update, the RAG Rating cell coloured but empty); block 3's header is split over two rows as a PDF table leaves it ('Reason *most recent data is' / 'shown*'), so header rows are ${H.join(', ')}. The year's figures sit in Analysis / Reason and, in blocks 2, 3 and 9, also in the OBJECTIVE column (grey, smaller). Judgement calls: every field is read under the action's OWN block header – action = 'WRES Action' / 'Action', lead = Lead (several roles on several lines kept whole), due = Date as written ('June 2019', '2020'; '' where blank), progress = the RAG Rating text in six-column blocks and the Update cell in seven-column blocks ('' where empty); status '' (no word) and rag from the RAG Rating fill under the key (light blue = 'New for 2019 onwards' → blue); the Objective, Analysis and Reason cells are findings and give no field; theme = the block's 'Indicator n' label and indicators from it; the key rows and the 'Indicator n' rows are not actions.`, { mode: 'headerMap', ragCol: 1, sections, headerMap: { anchor: ['RAG Rating'], fields: { action: ['WRES Action', 'Action'], lead: ['Lead'], due: ['Date'], progress: ['Update', 'RAG Rating'] }, rag: 'RAG Rating', context: ['Objective', 'Analysis', 'Reason *most recent data is…'] } });
}
