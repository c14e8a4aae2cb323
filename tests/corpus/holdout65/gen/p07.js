// holdout65-wres-2017-18-ashcombe: mental health trust; a red DRAFT banner above the table (version, committee and date) and a
// 'Complete?' column answered Yes / No / Partly; plain grid.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ashcombe and Wendle Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout65-wres-2017-18-ashcombe', sheet: 'Sheet1', standard: 'WRES', period: '2017-18', trust, widths: [11, 60, 28, 16, 12] });
  p.line(['DRAFT v0.3 – for discussion at Workforce Committee, 20 June 2017'], { merge: ['A', 'E'], style: { bold: true, color: C.red }, border: false });
  p.line([`${trust}`], { merge: ['A', 'E'], style: { bold: true, font: { size: 12 } } });
  p.line(['Race equality (WRES) action plan, April 2017 – March 2018'], { merge: ['A', 'E'], style: { bold: true } });
  p.blank();
  p.header(['Indicator', 'Action', 'Who', 'By when', 'Complete?'], { style: { fill: C.grey } });
  const rows = [
    ['1', 'Set up a monthly report of starters and leavers by ethnicity for each locality.', 'Workforce Information Analyst', 'June 2017', 'Yes'],
    ['2', 'Pilot anonymised shortlisting in the adult community mental health teams.', 'Recruitment Lead', 'September 2017', 'Partly'],
    ['3', 'Ask the Staff Side to join a review of the last three years of disciplinary cases by ethnicity.', 'Head of HR', 'November 2017', 'No'],
    ['4', 'Advertise all secondments and acting-up posts on the intranet rather than by word of mouth.', 'Head of HR', 'July 2017', 'Yes'],
    ['5', 'Record racist abuse from service users on Datix as its own category so that it can be followed up.', 'Head of Patient Safety', 'August 2017', 'Yes'],
    ['6', 'Run bystander training for ward managers on the inpatient units.', 'Learning and Development Manager', 'January 2018', 'Partly'],
    ['7', 'Offer mentoring from senior clinicians to BME staff applying for Band 7 posts.', 'Medical Director / Director of Nursing', 'December 2017', 'No'],
    ['8', 'Launch the BME Staff Forum and agree how it reports to the Board.', 'Chief Executive', 'October 2017', 'Yes'],
    ['9', 'Include a report on Board diversity in the annual equality report.', 'Trust Secretary', 'March 2018', 'No'],
  ];
  for (const [ind, act, who, due, done] of rows) p.action([ind, act, who, due, done], { indicators: [ind], action: act, lead: who, due, status: done }, { styles: [{ alignment: { horizontal: 'center' } }, {}, {}, {}, { alignment: { horizontal: 'center' } }] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health trust) on a sheet still called 'Sheet1'. A red bold DRAFT line 'DRAFT v0.3 – for discussion at Workforce Committee, 20 June 2017' (row 1), the trust (row 2), the title with the year written as months 'April 2017 – March 2018' (row 3), a blank row, one header 'Indicator | Action | Who | By when | Complete?' (row 5, grey), nine actions (rows 6–14), one per indicator. Quirks: the DRAFT banner above the title (its version number, committee and date), and progress kept as a 'Complete?' column answered Yes / No / Partly. Judgement calls: the draft line is no action; its '20 June 2017' is no due and '0.3' no indicator; the period is 2017-18 as the title says; status = the Complete? answer as written ('Yes', 'Partly', 'No'; plain, rag null); lead = Who as written ('Medical Director / Director of Nursing'); indicators from the Indicator column; no ref column (ref '').", { cols: { ind: 'A', action: 'B', lead: 'C', due: 'D', status: 'E', plain: true }, forbidden: ['20 June 2017', 'Workforce Committee'] });
}
