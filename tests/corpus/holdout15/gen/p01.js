// holdout15-wres-2015-16-tollerby: ORDINARY first-year WRES plan – trust + title + italic approval line; grey header
// 'Ref | WRES indicator | What the data tells us | Action to be taken | Officer responsible | Completion date | Progress at
// January 2016'; indicator numbers stored as NUMBERS (and '5 & 6' / 'All' as text); completion dates REAL with a CUSTOM
// FORMAT WITH LITERAL TEXT ('"by "mmm yyyy' → 'by Mar 2016') mixed with text; no status; prepared-by and review lines.
import { Book, Plan, C, D, shown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout15-wres-2015-16-tollerby', sheet: 'WRES Action Plan', standard: 'WRES', period: '2015-16', trust: 'Tollerby Hospitals NHS Trust', widths: [6, 11, 34, 52, 26, 16, 40] });
  p.line(['Tollerby Hospitals NHS Trust'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['Workforce Race Equality Standard (WRES) – Action Plan 2015/16'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['Approved by the Workforce and Education Committee, 14 September 2015'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  p.header(['Ref', 'WRES indicator', 'What the data tells us', 'Action to be taken', 'Officer responsible', 'Completion date', 'Progress at January 2016'], { style: { fill: C.grey, alignment: { vertical: 'middle', wrapText: true } } });
  const F = '"by "mmm yyyy';
  const data = [
    ['R1', 1, ['1'], 'BME staff are 21% of the workforce but 7% of staff at Band 8a and above.', 'Publish a breakdown of the workforce by ethnicity and Agenda for Change band in the annual workforce report.', 'Head of Workforce Information', D(2015, 12, 31), 'Included in the December workforce report.'],
    ['R2', 1, ['1'], '', 'Improve the recording of ethnicity on ESR so that fewer than 5% of staff are "not stated".', 'HR Systems Manager', D(2016, 3, 31), 'Self-service reminder sent to all staff; not stated down from 11% to 8%.'],
    ['R3', 2, ['2'], 'White applicants are 1.62 times more likely to be appointed from shortlisting than BME applicants.', 'Review the shortlisting and interview stages of recruitment for the five largest staff groups to find where BME applicants drop out.', 'Head of Recruitment', D(2016, 1, 31), 'Review under way for nursing and AHPs.'],
    ['R4', 2, ['2'], '', 'Ensure every interview panel for posts at Band 7 and above includes a trained member from a BME background.', 'Head of Recruitment', 'Ongoing', 'Panel pool of 18 trained members in place.'],
    ['R5', 3, ['3'], 'BME staff are 2.1 times more likely to enter the formal disciplinary process.', 'Audit the last two years of disciplinary cases by ethnicity, grade and directorate and report the findings to the Committee.', 'Employee Relations Manager', D(2015, 11, 30), 'Audit complete; report taken in November.'],
    ['R6', 4, ['4'], 'No reliable data held on access to non-mandatory training.', 'Set up a record of non-mandatory training and CPD on the learning system so that access can be reported by ethnicity.', 'Head of Learning and Development', D(2016, 3, 31), 'System change agreed; recording starts April 2016.'],
    ['R7', '5 & 6', ['5', '6'], 'BME staff report higher harassment from patients (31%) and from colleagues (27%).', 'Run a campaign with the Staff Side on reporting racist abuse from patients, relatives and colleagues.', 'Head of Staff Engagement', D(2016, 2, 29), 'Campaign planned for February.'],
    ['R8', 7, ['7'], 'Only 68% of BME staff believe the Trust provides equal opportunities for career progression.', 'Offer a reverse mentoring scheme pairing BME staff with members of the executive team.', 'Director of Workforce', D(2016, 3, 31), 'Eight pairs matched.'],
    ['R9', 8, ['8'], '', 'Set up a BME Staff Network with a senior sponsor and protected time for its chair.', 'Equality and Diversity Lead', D(2015, 10, 31), 'Network launched 8 October; 45 members.'],
    ['R10', 'All', ALL_WRES, 'Board is 0% BME against a local population of 14% BME.', 'Report progress on this plan to the Board every six months and publish the WRES data on the Trust website.', 'Equality and Diversity Lead', 'Six-monthly', 'First report to Board January 2016.'],
  ];
  for (const [ref, ind, inds, data1, action, lead, due, upd] of data) {
    const isDate = due instanceof Date;
    p.action([ref, ind, data1, action, lead, due, upd], { ref, indicators: inds, action, lead, due: isDate ? shown(due, F) : due, progress: upd }, { styles: [{}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, {}, isDate ? { numFmt: F } : {}] });
  }
  p.blank();
  p.line(['Prepared by: Equality and Diversity Lead, Workforce Directorate'], { merge: ['A', 'G'] });
  p.line(['Next review: April 2016 (WRES data return due 1 July 2016)'], { merge: ['A', 'G'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY first-year WRES plan: trust and title rows (bold, merged A:G), an italic approval line, a blank row, then one grey header 'Ref | WRES indicator | What the data tells us | Action to be taken | Officer responsible | Completion date | Progress at January 2016' (row 5). Refs 'R1'…'R10'. The indicator is a NUMBER stored as a number (1, 2, …), or text '5 & 6' and 'All' (= all nine). 'What the data tells us' is context, empty where the next action shares the finding (not merged). Completion dates are REAL DATES with a CUSTOM NUMBER FORMAT WITH LITERAL TEXT ('\"by \"mmm yyyy'), so Excel shows 'by Dec 2015', 'by Mar 2016'; gold due = the text as displayed; two timescales are typed text ('Ongoing', 'Six-monthly'). No status column (rag null); progress = 'Progress at January 2016'. Under the plan after a blank row: a 'Prepared by:' line and a 'Next review:' line (non-action rows). Judgement calls: due keeps the word 'by' the format shows; the 'All' action counts for all nine indicators; the data cells are not outcomes.");
}
