// holdout40-wres-2016-17-harlowmere: an acute trust's WRES workbook of 2016 – the national REPORTING TEMPLATE filled in on the first
// sheet (trust details, then indicators 1–9 with this year's and last year's data, narrative and a short 'action taken and planned'
// pointer), the trust's own ACTION PLAN on the second sheet, and a 'Notes' sheet of data definitions.
import { Book, Plan, C, D, shown, fillSheet } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Harlowmere Hospitals NHS Trust';
  const data = book.wb.addWorksheet('WRES data return');
  const p = new Plan(book, { name: 'holdout40-wres-2016-17-harlowmere', sheet: 'Action plan 2016-17', standard: 'WRES', period: '2016-17', trust, widths: [6, 14, 58, 26, 12, 40], font: { name: 'Calibri', size: 11 } });
  const notes = book.wb.addWorksheet('Notes');
  const hdrFill = { fill: C.nhs, color: C.white };
  p.line([`${trust} – Workforce Race Equality Standard action plan 2016-17`], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line(['Agreed by the Workforce and Organisational Development Committee, 14 September 2016. Indicator data: see sheet "WRES data return".'], { merge: ['A', 'F'], style: { italic: true } });
  p.blank();
  p.header(['No.', 'WRES indicator', 'What we will do', 'Lead', 'By when', 'How we will measure success'], { style: { ...hdrFill, bold: true } });
  const fm = 'mmm-yy';
  const A = [
    ['1', 'Indicator 1', 'Break down the workforce profile by band and clinical / non-clinical group for each division, and share it with divisional boards twice a year.', 'Head of Workforce Information', D(2016, 12, 31), 'Divisional profiles presented in December and June'],
    ['2', 'Indicator 2', 'Put a BME member from outside the recruiting department on every interview panel for posts at Band 7 and above.', 'Head of Recruitment', D(2017, 3, 31), 'Panel make-up recorded on TRAC for every Band 7+ post'],
    ['3', 'Indicator 2', 'Hold two "getting ready for interview" workshops for Band 5 and 6 nurses and midwives, run with the BME staff network.', 'Deputy Chief Nurse', D(2017, 1, 31), '40 staff attend; feedback collected'],
    ['4', 'Indicator 3', 'Review the last three years of disciplinary cases by ethnicity with an independent HR adviser and report what drove the difference.', 'Associate Director of HR', D(2016, 11, 30), 'Report to the Committee in December'],
    ['5', 'Indicator 3', 'Ask a senior manager to check every case before a BME member of staff is referred to a formal disciplinary investigation.', 'Associate Director of HR', D(2017, 3, 31), 'Fall in the relative likelihood below 1.5'],
    ['6', 'Indicator 4', 'Publish uptake of non-mandatory training and CPD by ethnicity each quarter, ward by ward.', 'Head of Learning and Development', D(2017, 3, 31), 'Quarterly report in place'],
    ['7', 'Indicators 5 & 6', 'Launch a "speak up" route for racist abuse from patients and colleagues, with support from the Freedom to Speak Up Guardian.', 'Freedom to Speak Up Guardian', D(2017, 2, 28), 'Fewer BME staff reporting harassment in the 2017 survey'],
    ['8', 'Indicator 7', 'Bring in talent conversations for all staff in Bands 5–7 in the two largest divisions and monitor who is put forward for development.', 'Head of Organisational Development', D(2017, 3, 31), '90% of eligible staff have a conversation'],
    ['9', 'Indicator 9', 'Set out, with the Chair, how the next round of non-executive appointments will reach BME candidates.', 'Trust Secretary', D(2017, 3, 31), 'Recruitment plan agreed with the Chair'],
  ];
  for (const [no, ind, act, lead, due, meas] of A) {
    p.action([no, ind, act, lead, due, meas], { ref: no, indicators: ind.match(/\d+/g), action: act, lead, due: shown(due, fm), outcome: meas }, { styles: [{}, {}, {}, {}, { numFmt: fm }] });
  }
  p.blank();
  p.line(['Progress on this plan is reported to the Committee every six months.'], { merge: ['A', 'F'], style: { italic: true } });
  // the data return (national template) – first sheet
  const B = { border: true };
  fillSheet(data, { widths: [8, 46, 14, 14, 50, 40], font: { name: 'Calibri', size: 11 }, rows: [
    { v: ['Workforce Race Equality Standard – reporting template'], bold: true, size: 14, merge: 'A:F' },
    null,
    { v: ['', 'Name of organisation', trust], merge: 'C:F' },
    { v: ['', 'Date of report', 'July 2016'], merge: 'C:F' },
    { v: ['', 'Name and title of Board lead for the WRES', 'Dr Anita Ferreira, Director of Workforce'], merge: 'C:F' },
    { v: ['', 'Name and contact details of lead manager compiling this report', 'Colm Brady, Equality and Diversity Manager'], merge: 'C:F' },
    { v: ['', 'Reporting period', '1 April 2015 – 31 March 2016'], merge: 'C:F' },
    { v: ['', 'Total number of staff employed', 6412], merge: 'C:F' },
    { v: ['', 'Proportion of BME staff', '24.8%'], merge: 'C:F' },
    null,
    { v: ['No.', 'Indicator', 'Data for reporting year', 'Data for previous year', 'Narrative – the implications of the data and any additional background explanatory narrative', 'Action taken and planned'], bold: true, fill: C.grey, border: true },
    { v: ['1', 'Percentage of staff in each of the AfC Bands 1–9 and VSM compared with the percentage of staff in the overall workforce', 'See table', 'See table', 'BME staff are 24.8% of the workforce but 9% of staff at Band 8a and above.', 'Action plan item 1'], ...B },
    { v: ['2', 'Relative likelihood of staff being appointed from shortlisting across all posts', 1.71, 1.84, 'White applicants remain more likely to be appointed; the gap narrowed slightly.', 'Action plan items 2 and 3'], ...B, numFmt: [null, null, '0.00', '0.00'] },
    { v: ['3', 'Relative likelihood of staff entering the formal disciplinary process', 1.93, 1.62, 'BME staff are almost twice as likely to enter a formal process.', 'Action plan items 4 and 5'], ...B, numFmt: [null, null, '0.00', '0.00'] },
    { v: ['4', 'Relative likelihood of staff accessing non-mandatory training and CPD', 1.08, 1.12, 'Little difference; data on locally funded courses is incomplete.', 'Action plan item 6'], ...B, numFmt: [null, null, '0.00', '0.00'] },
    { v: ['5', 'KF 25. Percentage of staff experiencing harassment, bullying or abuse from patients, relatives or the public in last 12 months', 'White 27% / BME 33%', 'White 26% / BME 30%', 'Worse for BME staff, especially in emergency care.', 'Action plan item 7'], ...B },
    { v: ['6', 'KF 26. Percentage of staff experiencing harassment, bullying or abuse from staff in last 12 months', 'White 24% / BME 29%', 'White 25% / BME 28%', 'Broadly unchanged.', 'Action plan item 7'], ...B },
    { v: ['7', 'KF 21. Percentage believing that trust provides equal opportunities for career progression or promotion', 'White 87% / BME 72%', 'White 88% / BME 74%', 'A fifteen-point gap.', 'Action plan item 8'], ...B },
    { v: ['8', 'Q17. In the last 12 months have you personally experienced discrimination at work from any of the following? b) Manager / team leader or other colleagues', 'White 6% / BME 13%', 'White 7% / BME 14%', 'Small improvement.', 'No separate action this year'], ...B },
    { v: ['9', 'Boards are expected to be broadly representative of the population they serve', '1 of 13 voting members BME', '1 of 12 voting members BME', 'Two non-executive posts fall vacant in 2017.', 'Action plan item 9'], ...B },
  ] });
  fillSheet(notes, { widths: [100], font: { name: 'Calibri', size: 11 }, rows: [
    { v: ['Notes on the data'], bold: true },
    ['Workforce data is taken from ESR at 31 March 2016 and excludes bank-only staff.'],
    ['Recruitment data (indicator 2) is taken from TRAC for all posts advertised externally.'],
    ['Staff survey figures are the trust\'s own results from the 2015 NHS Staff Survey (key findings and question 17b).'],
    ['"BME" includes all ethnic groups other than White British, White Irish and White Other; "not stated" is excluded.'],
  ] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an acute trust) in a three-sheet WRES workbook of 2016: sheet 1 'WRES data return' is the national reporting template filled in (organisation, date of report, the Board lead 'Dr Anita Ferreira, Director of Workforce', the lead manager, reporting period, staff numbers, then a table of indicators 1–9 with this year's and last year's data, a narrative and an 'Action taken and planned' column that only points to the plan – 'Action plan items 2 and 3'); sheet 2 'Action plan 2016-17' is the plan; sheet 3 'Notes' holds data definitions. The gold reads sheet 2, the only sheet with actions: a title with the trust name, an approval line, a blank row, the header 'No. | WRES indicator | What we will do | Lead | By when | How we will measure success' (row 4, white on blue), nine numbered actions, a blank row and a closing note on reporting. Judgement calls: the template's indicator rows are data, not actions, and its 'Action taken and planned' pointers are not actions; the Board lead and the lead manager on sheet 1 are not leads of any action (leads are the plan's Lead column, job titles); the data return's 'Date of report' is not a due; due = 'By when' as shown (mmm-yy); indicators from the WRES indicator column ('Indicators 5 & 6' gives 5 and 6); measure of success = outcome; no status or RAG; theme null (no sections).", {
    crossRef: { metricCol: 'B', otherCols: [] },
    book: { sheets: ['WRES data return', 'Action plan 2016-17', 'Notes'], planIndex: 1, elsewhere: ['Dr Anita Ferreira, Director of Workforce', 'Colm Brady, Equality and Diversity Manager', 'July 2016', 'Action plan item 1'] },
  });
}
