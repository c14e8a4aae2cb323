// holdout67-wres-2016-17-mallerstang: clinical commissioning group, WRES for its own staff (second year). Each action is a bold SHORT
// TITLE row (with ref, indicator, lead, date and progress) and an italic DESCRIPTION row below it, merged across the action and the
// columns to its right, that says what the action involves. No status column.
import { Book, Plan, C } from './lib.js';
import { cont } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Mallerstang and Eden Valley Clinical Commissioning Group';
  const p = new Plan(book, { name: 'holdout67-wres-2016-17-mallerstang', sheet: 'Sheet1', standard: 'WRES', period: '2016-17', trust, widths: [6, 11, 46, 24, 13, 40], font: { name: 'Arial', size: 10 } });
  p.line([trust], { style: { bold: true } });
  p.line(['Workforce Race Equality Standard 2016/17 – our actions'], { style: { bold: true, font: { size: 12 } } });
  p.line(['The CCG employs 96 staff; 7 (7.3%) are from a BME background. Because numbers are small, some indicators are suppressed in the published report.'], { merge: ['A', 'F'], height: 28 });
  p.blank();
  p.header(['Ref', 'Indicator', 'Action', 'Responsible', 'Timescale', 'Progress at March 2017'], { style: { fill: C.grey } });
  const acts = [
    ['A', '1', ['1'], 'Improve data quality', 'We will ask every member of staff to check and complete their ethnicity record on ESR, so that fewer than 5% are recorded as "not stated".', 'HR Business Partner (CSU)', 'June 2016', '"Not stated" fell from 14% to 4%.'],
    ['B', '2', ['2'], 'Fair recruitment', 'We will include a statement welcoming BME applicants in every advert and train all CCG managers who chair interview panels in unconscious bias.', 'Head of Corporate Services', 'September 2016', 'Statement in all adverts; 11 of 14 panel chairs trained.'],
    ['C', '4', ['4'], 'Access to development', 'We will record who applies for and receives funded development and report it by ethnicity to the Remuneration Committee once a year.', 'Head of Corporate Services', 'March 2017', 'First report prepared for the April committee.'],
    ['D', '5–8', ['5', '6', '7', '8'], 'Listen to BME staff', 'Because our survey numbers are small, we will hold a confidential session for BME staff, facilitated by a neighbouring CCG\'s equality lead, and act on what we hear.', 'Chief Finance Officer (Board equality lead)', 'November 2016', 'Session held in November; three themes fed back to the Governing Body.'],
    ['E', '7', ['7'], 'Career conversations', 'Every appraisal will include a conversation about career aspirations and the support needed to achieve them.', 'All line managers', 'From April 2016', ''],
    ['F', '9', ['9'], 'Governing Body diversity', 'When lay member posts next fall vacant we will advertise them through local BME community organisations.', 'Chief Officer', 'When vacancies arise', 'No vacancies this year.'],
  ];
  for (const [ref, ind, inds, title, desc, lead, due, prog] of acts) {
    p.action([ref, ind, title, lead, due, prog], { ref, indicators: inds, action: title, lead, due, progress: prog }, { styles: [{ bold: true }, {}, { bold: true }, {}, {}, {}] });
    cont(p, ['', '', desc], desc, { merge: ['C', 'F'], style: { italic: true }, height: 28 });
  }
  p.blank();
  p.line(['Approved by the Governing Body on 27 April 2016. Contact: corporate.services@mallerstang-ccg.example.nhs.uk']);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Fictional clinical commissioning group, WRES 2016/17 for its own 96 staff. Title lines and a context paragraph (merged), a grey header 'Ref | Indicator | Action | Responsible | Timescale | Progress at March 2017'. Each action takes TWO ROWS: a bold SHORT TITLE row with ref A–F, indicator, responsible person, timescale and progress ('Improve data quality'), and beneath it an italic DESCRIPTION row merged across C:F that says what the CCG will do ('We will ask every member of staff …'). No status column. Judgement calls: one action per lettered pair; its row is the title row; the gold action is the title AND the description read together (title + space + description) – the title alone ('Fair recruitment') is only a heading and the description alone lacks the action's name; the description row is a non-action row; lead = Responsible as written (including 'Chief Finance Officer (Board equality lead)' and 'All line managers'); due = Timescale as written ('From April 2016', 'When vacancies arise'); progress = the March 2017 column ('' where empty); indicators from the Indicator column ('5–8' → 5,6,7,8); no status, rag null; theme null. Title, context paragraph and approval line are context.", {});
}
