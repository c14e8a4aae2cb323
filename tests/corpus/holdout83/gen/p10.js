// holdout83-wres-2021-22-selbeck: ONE ACTION PER INDICATOR, each indicator a section row with a 'What the data says' line under it and
// then its single action; the indicator number is only in the section row.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Selbeck Royal Infirmary NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout83-wres-2021-22-selbeck', sheet: 'WRES 2021-22', standard: 'WRES', period: '2021-22', trust, widths: [72, 30, 14, 14], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust}`], { merge: ['A', 'D'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard: our one action for each indicator, 2021/22'], { merge: ['A', 'D'], style: { italic: true } });
  p.header(['Indicator / action', 'Lead', 'By', 'Status'], { style: { fill: C.nhs, color: C.white } });
  const I = [
    ['1', 'Indicator 1 – BME staff in each pay band', 'What the data says: BME staff are 19.4% of the workforce and 8.7% of Bands 8a–VSM.', 'Set divisional targets for BME appointments at Band 8a and above and review them at each divisional performance meeting.', 'Deputy Chief People Officer', 'Jan 2022', 'In progress'],
    ['2', 'Indicator 2 – Appointment from shortlisting', 'What the data says: White applicants 1.48 times more likely to be appointed (1.61 in 2020).', 'Add a trained diversity panellist to every Band 6 and above interview panel in nursing, midwifery and AHP roles.', 'Head of Recruitment', 'Oct 2021', 'Complete'],
    ['3', 'Indicator 3 – Entry into formal disciplinary', 'What the data says: BME staff 1.12 times more likely – within the non-adverse range.', 'Keep the pre-formal review panel and audit a quarter of its decisions each year.', 'Head of Employee Relations', 'Mar 2022', 'In progress'],
    ['4', 'Indicator 4 – Non-mandatory training and CPD', 'What the data says: White staff 1.05 times more likely to access CPD.', 'Record every CPD funding decision with the applicant’s ethnicity and publish the split at the end of the year.', 'Head of Education', 'Apr 2022', 'Not started'],
    ['5', 'Indicator 5 – Harassment from patients, relatives or the public', 'What the data says: BME 30.1%, White 25.6%.', 'Introduce a yellow-card warning letter for patients and visitors who racially abuse staff, signed by the Chief Nurse.', 'Head of Patient Experience', 'Dec 2021', 'In progress'],
    ['6', 'Indicator 6 – Harassment from staff', 'What the data says: BME 29.0%, White 22.3%.', 'Train 200 staff as “upstanders” who challenge racist behaviour between colleagues, prioritising theatres and ED.', 'Inclusion Lead', 'Mar 2022', 'In progress'],
    ['7', 'Indicator 7 – Equal opportunities for career progression', 'What the data says: BME 71.2%, White 87.0%.', 'Launch a BME talent pool for Band 5–7 nurses and midwives with a named senior sponsor for each member.', 'Deputy Chief Nurse', 'Feb 2022', 'Not started'],
    ['8', 'Indicator 8 – Discrimination from a manager or colleague', 'What the data says: BME 15.8%, White 6.4%.', 'Start reverse mentoring between members of the BME staff network and every executive director.', 'Chief People Officer', 'Nov 2021', 'Complete'],
    ['9', 'Indicator 9 – Board membership', 'What the data says: 1 of 14 board members is BME (7.1%) against 19.4% of the workforce.', 'Use diverse search and a BME member on the panel for the next two non-executive appointments.', 'Trust Secretary', 'Mar 2022', 'In progress'],
  ];
  const sections = []; const dataRows = [];
  for (const [ind, sec, data, act, lead, by, st] of I) {
    sections.push(p.line([sec], { merge: ['A', 'D'], border: true, style: { bold: true, fill: C.paleblue } }));
    dataRows.push(p.line([data], { style: { italic: true, color: 'FF595959' } }));
    p.action([act, lead, by, st], { indicators: [ind], theme: sec, action: act, lead, due: by, status: st });
  }
  p.blank();
  p.line(['Signed off by the People Committee, 22 July 2021.'], { style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute FT) with EXACTLY ONE ACTION PER INDICATOR. Sheet 'WRES 2021-22': trust name, an italic subtitle, the NHS-blue header 'Indicator / action | Lead | By | Status' (row 3), then for each of the nine indicators: a pale-blue SECTION row merged across ('Indicator 1 – BME staff in each pay band' …), an italic grey 'What the data says: …' line in column A, and the indicator's one action (A = action, then Lead, By, Status); a sign-off line closes the sheet. Judgement calls: the indicator number appears ONLY in the section row, so each action's indicator comes from the section above (['1'] … ['9']) and theme = that section row; the 'What the data says' lines are data rows (figures and ratios), never actions or outcomes; lead = Lead; due = By as typed; status = the word as written, no colour → rag null; no ref; the sign-off date is no due.", { sections, dataRows, forbidden: ['22 July 2021'] });
}
