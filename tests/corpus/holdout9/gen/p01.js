// holdout9-wres-2015-16-kettlewick: ordinary first-year WRES plan. Indicators written 'Indicator N'; leads are people's
// names; real dates shown dd-mmm-yy; no status column; version line and signature line.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout9-wres-2015-16-kettlewick', sheet: 'WRES 2015-16', standard: 'WRES', period: '2015-16', trust: 'Kettlewick and District NHS Trust', widths: [16, 36, 54, 22, 13, 42] });
  p.line(['Kettlewick and District NHS Trust'], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard (WRES) – Action Plan 2015/16'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['Version 2 – updated following Trust Board, 29 September 2015'], { merge: ['A', 'F'], style: { italic: true } });
  p.blank();
  p.header(['WRES Indicator', 'Issue', 'Action', 'Responsible', 'Target Date', 'Progress update (Jan 2016)'], { style: { fill: C.paleblue } });
  const dt = { numFmt: 'dd-mmm-yy' };
  const act = (ind, inds, issue, action, lead, due, progress) => p.action([ind, issue, action, lead, due, progress], {
    indicators: inds, action, lead, due: due instanceof Date ? fmt(due) : due, progress,
  }, { styles: [{}, {}, {}, {}, due instanceof Date ? dt : {}, {}] });
  const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const fmt = (d) => `${String(d.getUTCDate()).padStart(2, '0')}-${MON[d.getUTCMonth()]}-${String(d.getUTCFullYear()).slice(2)}`;
  act('Indicator 1', ['1'], 'BME staff are 11.8% of the workforce but 4.2% of staff at Band 8a and above.', 'Produce a breakdown of the workforce by ethnicity and pay band for each directorate and share it with directorate management teams.', 'Sarah Mensah', D(2015, 12, 31), 'Breakdown produced from ESR; shared with four of six directorates.');
  act('Indicator 1', ['1'], 'Ethnicity is not stated for 9% of staff on ESR.', 'Ask all staff to check and update their equality information through ESR self-service, with reminders in the staff bulletin.', 'Workforce Information Team', D(2016, 3, 31), 'Not stated reduced to 6.5%.');
  act('Indicator 2', ['2'], 'White applicants are 1.71 times more likely to be appointed from shortlisting than BME applicants.', 'Review the recruitment and selection training for managers to include a section on unconscious bias.', 'J. Patel / K. Owen', D(2016, 1, 31), 'Revised course launched in November 2015.');
  act('Indicator 3', ['3'], 'BME staff are 2.1 times more likely to enter the formal disciplinary process.', 'Audit disciplinary cases from the last two years by ethnicity, band and directorate, and report findings to the Workforce Committee.', 'Paul Adeyemi', D(2016, 2, 29), 'Audit under way; 46 of 71 cases reviewed.');
  act('Indicator 4', ['4'], 'Non-mandatory training is not recorded consistently.', 'Agree with Learning and Development how access to non-mandatory training and CPD will be recorded so it can be reported by ethnicity.', 'Helen Byrne', 'Ongoing', '');
  act('Indicators 5 & 6', ['5', '6'], 'BME staff report higher levels of harassment, bullying or abuse (Staff Survey 2014).', 'Hold focus groups with BME staff to understand their experience of harassment and bullying from patients and from colleagues.', 'Sarah Mensah', D(2015, 11, 30), 'Three focus groups held in October and November; 38 staff took part.');
  act('Indicator 7', ['7'], 'BME 68%, White 87% believe the Trust provides equal opportunities for career progression.', 'Launch a BME staff network with an executive sponsor, to advise the Trust on career progression.', 'Director of HR', D(2015, 10, 31), 'Network launched 14 October 2015; 52 members.');
  act('Indicator 8', ['8'], 'BME 14%, White 7% experienced discrimination from a manager or colleague.', 'Promote the Dignity at Work policy and the confidential contacts available to staff.', '', 'TBC', '');
  act('Indicator 9', ['9'], 'No BME voting members of the Board.', 'Work with NHS Improvement and search agencies to attract BME candidates for non-executive director vacancies.', 'Trust Secretary', D(2016, 3, 31), 'One NED vacancy advertised in January 2016.');
  act('All indicators', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'WRES data to be published by 1 July each year.', 'Publish the WRES data and this action plan on the Trust website and report progress to the Board every six months.', 'Helen Byrne', D(2016, 3, 31), 'Published; first progress report to the Board in January 2016.');
  p.blank();
  p.line(['Signed: ………………………… (Director of Human Resources)        Date: ……………'], { merge: ['A', 'F'] });
  p.line(['The Issue column summarises the 2015 WRES data submitted to NHS England on 1 July 2015.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), an ordinary first-year WRES plan. Three merged title rows (trust; 'Workforce Race Equality Standard (WRES) – Action Plan 2015/16'; italic 'Version 2 – updated following Trust Board, 29 September 2015'), a blank row, one header on row 5: 'WRES Indicator | Issue | Action | Responsible | Target Date | Progress update (Jan 2016)'. Indicator cells are words 'Indicator N' ('Indicators 5 & 6' → ['5','6'], 'All indicators' → all nine). 'Issue' is the data behind the action (no gold field). Leads are mostly PEOPLE'S NAMES ('Sarah Mensah', 'J. Patel / K. Owen' – two people, gold = the cell), a team or a role; the Indicator 8 action has no lead (lead ''). 'Target Date' holds real Excel dates shown dd-mmm-yy (gold due '31-Dec-15', as displayed) plus 'Ongoing' and 'TBC'. There is no status column and no key: status '' and rag null throughout; progress = the Jan 2016 update (empty for two actions). Theme null. After a blank row, a signature line and a note on the Issue column are non-action rows.", {});
}
