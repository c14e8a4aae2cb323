// holdout13-wres-2015-16-brockhurst: ORDINARY FIRST-YEAR PLAN – trust, title and version line, one grey header,
// indicator numbers as text ('5, 6', '1 - 9'), text timescales, no status; abbreviations and contact lines below.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout13-wres-2015-16-brockhurst', sheet: 'WRES Action Plan', standard: 'WRES', period: '2015-16', trust: 'Brockhurst and District Hospitals NHS Trust', widths: [11, 62, 28, 17, 50], font: { name: 'Arial', size: 10 } });
  p.line(['Brockhurst and District Hospitals NHS Trust'], { style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard (WRES) Action Plan 2015/16'], { style: { bold: true, font: { size: 12 } } });
  p.line(['Version 2.0 – agreed at the Workforce and OD Committee, 14 September 2015'], { style: { italic: true } });
  p.blank();
  p.header(['Indicator', 'Action', 'Responsible', 'Target date', 'Progress to date'], { style: { fill: C.grey } });
  const act = (ind, inds, action, lead, due, progress = '') => p.action([ind, action, lead, due, progress], { indicators: inds, action, lead, due, progress });
  act('1', ['1'], 'Cleanse ethnicity data on ESR and run a self-service campaign so that fewer than 5% of staff have "not stated" recorded.', 'Head of Workforce Information', 'December 2015', 'Campaign launched with payslips in October; not stated down from 11% to 8%.');
  act('1', ['1'], 'Produce a breakdown of BME staff by band and staff group for each division and share it with divisional boards.', 'Head of Workforce Information', 'Q4 2015/16');
  act('2', ['2'], 'Audit shortlisting and appointment outcomes for all Band 7 and above posts advertised between April and September 2015.', 'Recruitment Manager', 'January 2016', 'Audit template agreed with the BME Staff Network.');
  act('2', ['2'], 'Include a BME member of staff or trained recruitment champion on interview panels for posts at Band 8a and above.', 'Deputy Director of HR', 'From January 2016');
  act('3', ['3'], 'Review the disciplinary policy with staff-side and the BME Staff Network and introduce a pre-formal check by a senior HR adviser before any case is taken forward.', 'Head of Employee Relations', 'March 2016');
  act('4', ['4'], 'Analyse uptake of non-mandatory training and CPD funding by ethnicity and report the findings to the Education Board.', 'Head of Education', 'End of Q3', 'Data extracted from OLM; report due at December Education Board.');
  act('5, 6', ['5', '6'], 'Work with the BME Staff Network to run listening events on bullying and harassment and agree follow-up actions with each division.', 'Equality and Diversity Lead', 'February 2016');
  act('7', ['7'], 'Offer places on the Trust "Stepping Up" development programme to BME staff at Bands 5 to 7, with protected time to attend.', 'Head of Organisational Development', 'March 2016');
  act('8', ['8'], 'Publicise how to raise concerns about discrimination, including through the Freedom to Speak Up route, and record the ethnicity of staff who raise concerns.', 'Director of Workforce', 'Ongoing');
  act('1 - 9', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'Report progress against this plan and the 2016 WRES data to the Trust Board, and set up a BME Staff Network steering group to oversee it.', 'Director of Workforce', 'April 2016', 'Steering group met for the first time on 2 November 2015.');
  p.blank();
  p.line(['', 'Abbreviations: BME – Black and Minority Ethnic; ESR – Electronic Staff Record; OLM – Oracle Learning Management; CPD – continuing professional development.'], { style: { italic: true, font: { size: 9 } } });
  p.line(['', 'For queries about this plan please contact the Equality and Diversity Lead on extension 4471.'], { style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY FIRST-YEAR WRES plan: trust name, title, an italic 'Version 2.0 – agreed at …' line, a blank row, then one grey header 'Indicator | Action | Responsible | Target date | Progress to date' (row 5). Indicator cells are bare numbers stored as TEXT on every row ('5, 6' → ['5','6']; '1 - 9' → all nine). Target dates are text as typed ('December 2015', 'Q4 2015/16', 'End of Q3', 'From January 2016', 'Ongoing'). NO status column: status '' and rag null; progress taken from 'Progress to date' where written. No refs, no themes. Below the table (after a blank row) an abbreviations line and a contact line, both in column B – non-action rows.", {});
}
