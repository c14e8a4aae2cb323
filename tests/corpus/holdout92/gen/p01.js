// holdout92-wres-2016-17-hollinsey: acute trust, first full WRES year. The 'Area of focus' column names each action's indicator by the
// indicator's WORDING (never a number); a 'NSS key finding' column beside it holds the 2016 survey key-finding codes (KF25, KF26 …),
// which are not WRES indicators. Calibri 11, plain status words, real target dates and one 'Ongoing'.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Hollinsey and Wyre Valley Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout92-wres-2016-17-hollinsey', sheet: 'WRES Action Plan', standard: 'WRES', period: '2016-17', trust, widths: [6, 30, 11, 48, 26, 13, 40, 13], font: { name: 'Calibri', size: 11 } });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard: Action Plan 2016/17'], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line(['Agreed by the Workforce Committee, 27 July 2016. Areas of focus follow the nine WRES measures; NSS = 2015 National Staff Survey key finding.'], { merge: ['A', 'H'], style: { italic: true } });
  p.blank();
  p.header(['Ref', 'Area of focus', 'NSS key finding', 'Action', 'Lead', 'Target date', 'Progress (January 2017)', 'Status'], { style: { fill: C.paleblue } });
  p.ws.views = [{ state: 'frozen', ySplit: 5 }];
  const M = {
    'BME representation in senior posts (Band 8a to VSM)': ['1'],
    'Likelihood of being appointed from shortlisting': ['2'],
    'Entering the formal disciplinary process': ['3'],
    'Access to non-mandatory training and CPD': ['4'],
    'Harassment, bullying or abuse from patients, relatives or the public': ['5'],
    'Bullying from staff, and discrimination by a manager or colleague': ['6', '8'],
    'Believing the Trust gives equal opportunities for career progression or promotion': ['7'],
    'Board voting membership': ['9'],
  };
  const rows = [
    ['1', 'BME representation in senior posts (Band 8a to VSM)', '', 'Publish the number of BME staff at each band from 8a upwards, by division, in the quarterly workforce report to the Board.', 'Head of Workforce Intelligence', D(2016, 10, 31), 'First divisional table went to the October Board; repeated in January.', 'Complete'],
    ['2', 'Likelihood of being appointed from shortlisting', '', 'Take candidate names and dates of birth off shortlisting packs in TRAC for all posts at Band 6 and above.', 'Recruitment Services Manager', D(2016, 12, 1), 'Switched on for nursing posts 14 November; medical and A&C posts to follow.', 'In progress'],
    ['3', 'Likelihood of being appointed from shortlisting', '', 'Put a trained BME assessor on interview panels for every Band 7 and above post in surgery and medicine.', 'Divisional HR Business Partners', D(2017, 3, 31), '22 assessors trained; panels covered in about half of cases so far.', 'In progress'],
    ['4', 'Entering the formal disciplinary process', '', 'Have an HR manager not linked to the case review every decision to start a formal disciplinary investigation.', 'Deputy Director of HR', D(2016, 9, 30), 'Decision-review form in use since September.', 'Complete'],
    ['5', 'Access to non-mandatory training and CPD', '', 'Record who applies for and who is given study leave funding, by ethnic group, and report it twice a year.', 'Head of Learning & Development', D(2017, 2, 28), 'Application log set up; no data yet because the study leave round opens in February.', 'Not started'],
    ['6', 'Harassment, bullying or abuse from patients, relatives or the public', 'KF25', 'Brief ward and ED staff on the zero-tolerance letter for racist abuse from patients and visitors, and how to request one.', 'Head of Security and Violence Reduction', D(2016, 11, 30), 'Briefings done on 19 of 31 wards and in ED.', 'In progress'],
    ['7', 'Bullying from staff, and discrimination by a manager or colleague', 'KF26 / KF20', 'Set up a confidential Speak Up route for BME staff with two Guardians drawn from the BME staff forum.', 'Freedom to Speak Up Guardian', 'Ongoing', 'Both Guardians appointed; route publicised in the staff bulletin.', 'In progress'],
    ['8', 'Believing the Trust gives equal opportunities for career progression or promotion', 'KF21', 'Run a “Stepping Up” development programme for 20 BME staff at Bands 5 to 7, with a senior mentor for each.', 'Head of Organisational Development', D(2017, 3, 31), 'First cohort of 18 started in January.', 'In progress'],
    ['9', 'Board voting membership', '', 'Ask the recruitment agency for a long list that reflects the local population for the non-executive director post falling vacant in 2017.', 'Company Secretary', D(2017, 1, 31), 'Brief agreed with the agency; long list due in February.', 'Delayed'],
  ];
  for (const r of rows) {
    const [ref, area, kf, act, lead, due, prog, st] = r;
    p.action(r, { ref, indicators: M[area], action: act, lead, due: due instanceof Date ? `${String(due.getUTCDate()).padStart(2, '0')}/${String(due.getUTCMonth() + 1).padStart(2, '0')}/${due.getUTCFullYear()}` : due, status: st, progress: prog }, { styles: [{ alignment: { horizontal: 'center' } }, {}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: 'dd/mm/yyyy', alignment: { horizontal: 'left' } }, {}, {}] });
  }
  p.blank();
  p.line(['Progress is reported to the Workforce Committee every quarter. Contact: Equality and Diversity Lead, ext. 4417.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust, 2016/17). Sheet 'WRES Action Plan', Calibri 11: trust name, plan title, an italic line giving the Workforce Committee agreement date (27 July 2016) and saying the areas of focus follow the nine WRES measures and that NSS = 2015 staff survey key finding, a blank row, the pale-blue header 'Ref | Area of focus | NSS key finding | Action | Lead | Target date | Progress (January 2017) | Status' (row 5, frozen), nine actions, a blank row and an italic contact line. THE INDICATORS ARE NEVER GIVEN BY NUMBER: the 'Area of focus' cell on every row names its indicator by wording, mapped as a reader who knows the WRES would: 'BME representation in senior posts (Band 8a to VSM)' → 1 (workforce by band; '8a' is a pay band, not an indicator); 'Likelihood of being appointed from shortlisting' → 2; 'Entering the formal disciplinary process' → 3; 'Access to non-mandatory training and CPD' → 4; 'Harassment, bullying or abuse from patients, relatives or the public' → 5; 'Bullying from staff, and discrimination by a manager or colleague' names TWO indicators in one phrase → ['6','8'] (bullying from staff = 6, discrimination from a manager / colleague = 8); 'Believing the Trust gives equal opportunities for career progression or promotion' → 7; 'Board voting membership' → 9. The 'NSS key finding' codes (KF25, KF26 / KF20, KF21) are staff-survey key findings, not WRES indicators, and give no field. Other calls: ref = Ref; lead = Lead; due = Target date as displayed (real dates shown dd/mm/yyyy; 'Ongoing' kept); progress = the January 2017 cell; status = the plain word, no colour → rag null; theme null (no grouping); the agreement date and the contact line give no field.", { notFrom: ['B', 'C'], forbidden: ['27 July 2016'], indWords: { col: 'B', map: M } });
}
