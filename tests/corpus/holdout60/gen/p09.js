// holdout60-wres-2016-17-wrenholt: primary care collaborative adopting the WRES voluntarily; the table starts in COLUMN B under a header
// TYPED IN CAPITALS; timescales are real dates with 'TBC' and 'Ongoing' typed in between.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wrenholt Primary Care Collaborative';
  const font = { name: 'Arial', size: 10 };
  const p = new Plan(book, { name: 'holdout60-wres-2016-17-wrenholt', sheet: 'WRES', standard: 'WRES', period: '2016-17', trust, widths: [3, 62, 14, 30, 12, 40], startCol: 2, font });
  p.line([`${trust} – WRES ACTION PLAN 2016-17`], { merge: ['B', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['Adopted voluntarily by the Collaborative Board on 9 May 2016 (the WRES is mandatory for NHS trusts; we use it for our 14 member practices\' employed staff).'], { merge: ['B', 'F'], style: { italic: true }, height: 28 });
  p.blank();
  p.header(['ACTION', 'WRES METRIC', 'WHO', 'WHEN', 'COMMENTS'], { style: { fill: C.yellow } });
  const acts = [
    ['Collect ethnicity for all practice staff through the shared HR system, including reception and admin teams.', '1', 'Collaborative HR Manager', D(2016, 9, 30), 'Eleven of fourteen practices have sent returns.'],
    ['Agree a standard interview scoring sheet for all practices and keep shortlisting notes for six months.', '2', 'Practice Managers\' Forum', D(2016, 12, 31), ''],
    ['Ask practices to use the collaborative\'s HR adviser before starting any disciplinary process.', '3', 'Collaborative HR Manager', 'Ongoing', 'Adviser involved in 3 cases since June.'],
    ['Open the practice nurse and HCA training budget to all staff and record who takes it up by ethnicity.', '4', 'Nurse Lead', D(2017, 3, 31), ''],
    ['Put up posters in every waiting room stating that abuse of staff, including racist abuse, will not be tolerated.', '5', 'Practice Managers\' Forum', D(2016, 10, 31), 'Posters printed; in 12 practices.'],
    ['Run a short staff survey across the practices using the four WRES survey questions.', '5, 6, 7, 8', 'Collaborative HR Manager', 'TBC', 'Depends on funding for the survey tool.'],
    ['Invite a BME GP partner or practice manager to join the Collaborative Board as an associate member.', '9', 'Chair of the Collaborative Board', D(2017, 3, 31), ''],
  ];
  for (const [a, m, w, d, c] of acts) {
    const due = d instanceof Date ? shown(d, 'dd/mm/yy') : d;
    p.action([a, m, w, d, c], { indicators: m.split(', '), action: a, lead: w, due, progress: c }, { at: 2, styles: [{}, { alignment: { horizontal: 'center' } }, {}, { numFmt: 'dd/mm/yy' }] });
  }
  p.blank();
  p.line(['Next review: Collaborative Board, March 2017'], { at: 2, style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional body, a primary care collaborative of 14 practices adopting the WRES voluntarily): the table starts in COLUMN B (column A empty and narrow); a merged title with the collaborative's name and 'WRES ACTION PLAN 2016-17' in capitals, an italic adoption line, a blank row, a yellow header TYPED IN CAPITALS 'ACTION | WRES METRIC | WHO | WHEN | COMMENTS', seven actions, a blank row and a 'Next review' line. WHEN holds real dates shown dd/mm/yy with 'Ongoing' and 'TBC' typed on two rows. Judgement calls: due = WHEN as shown, 'Ongoing' and 'TBC' kept as written; lead = WHO (a forum or a post); progress = COMMENTS; indicators from WRES METRIC ('5, 6, 7, 8' → four); ref '' and theme null; no status; the adoption line's 9 May 2016 and the review line's March 2017 are no dues.", { cols: { action: 'B', ind: 'C', lead: 'D', due: 'E', progress: 'F' }, forbidden: ['9 May 2016', 'March 2017'] });
}
