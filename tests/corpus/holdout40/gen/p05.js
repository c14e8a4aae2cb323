// holdout40-wres-2018-19-fernbrook: a clinical commissioning group's WRES workbook with the PLAN ON THE FIRST SHEET and three sheets
// behind it: the indicator data (small numbers, some suppressed), the staff survey questions, and a glossary. The plan has a two-row
// header ('What the data shows' / 'What we will do' / 'Review' over the column names) and the issue merged down beside its actions.
import { Book, Plan, C, fillSheet, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Fernbrook Clinical Commissioning Group';
  const p = new Plan(book, { name: 'holdout40-wres-2018-19-fernbrook', sheet: 'WRES Action Plan', standard: 'WRES', period: '2018-19', trust, widths: [11, 40, 56, 26, 16, 40], font: { name: 'Arial', size: 10 } });
  const data = book.wb.addWorksheet('Indicator data');
  const survey = book.wb.addWorksheet('Staff survey');
  const gloss = book.wb.addWorksheet('Glossary');
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Workforce Race Equality Standard – Action Plan 2018/19 (year three)'], { merge: ['A', 'F'], style: { bold: true } });
  p.blank();
  const h1 = p.header(['What the data shows', '', 'What we will do', '', '', 'Review'], { style: { fill: C.nhs, color: C.white }, merge: [['A', 'B'], ['C', 'E']] });
  const h2 = p.header(['Indicator', 'Issue identified', 'Action', 'Responsibility', 'Timescale', 'Progress at Q2 (October 2018)'], { style: { fill: C.paleblue } });
  const G = [
    ['1', 'BME staff are 11% of the CCG but hold none of the posts at Band 8c and above.', [
      ['Advertise every Band 8c and above post through the regional BME leadership network as well as NHS Jobs.', 'Head of Corporate Services', 'From June 2018', 'Two posts advertised this way; one BME appointee at 8c.'],
      ['Offer each BME member of staff at Band 6–8b a career conversation with a director outside their own team.', 'Director of Governance', 'By end Q3', ''],
    ]],
    ['2', 'White shortlisted applicants were 1.9 times as likely to be appointed (numbers small: 64 shortlisted).', [
      ['Remove names and dates of birth from application forms before shortlisting.', 'HR Business Partner (CSU)', 'September 2018', 'In place from 3 September.'],
      ['Train all interviewing managers in fair selection, as a condition of sitting on a panel.', 'HR Business Partner (CSU)', 'March 2019', '14 of 30 managers trained.'],
    ]],
    ['5 and 6', 'BME staff report more bullying from colleagues than White staff in the 2017 survey.', [
      ['Hold listening sessions for BME staff, led by the Freedom to Speak Up Guardian, and publish what we heard.', 'Freedom to Speak Up Guardian', 'By end Q2', 'Two sessions held; note published on the intranet.'],
      ['Add a standard on respectful behaviour to every team\'s charter and discuss it at team meetings.', 'All Heads of Service', 'Ongoing', ''],
    ]],
    ['9', 'The Governing Body has no BME voting member.', [
      ['Work with the local BME voluntary sector forum to encourage applications for the lay member vacancy.', 'Chair and Accountable Officer', 'January 2019', 'Forum briefed; advert to go out in November.'],
    ]],
  ];
  for (const [ind, issue, acts] of G) {
    const first = p.r + 1;
    acts.forEach(([act, lead, due, prog], i) => {
      p.action([i ? '' : ind, i ? '' : issue, act, lead, due, prog], { indicators: ind.match(/\d+/g), action: act, lead, due, progress: prog }, { styles: [{ alignment: { horizontal: 'center' }, bold: true }] });
    });
    mergeDown(p.ws, 'A', first, p.r); mergeDown(p.ws, 'B', first, p.r);
  }
  p.blank();
  p.line(['Approved by the Senior Management Team, 22 May 2018. Progress reviewed quarterly; year-end report to the Governing Body in April 2019.'], { merge: ['A', 'F'], style: { italic: true } });
  fillSheet(data, { widths: [10, 60, 14, 14, 40], rows: [
    { v: ['WRES indicator data 2018 (staff in post at 31 March 2018: 171)'], bold: true, merge: 'A:E' },
    { v: ['Indicator', 'Measure', 'BME', 'White', 'Note'], bold: true, fill: C.paleblue, border: true },
    { v: ['1', 'Staff at Band 8c and above', 0, 19, ''], border: true },
    { v: ['1', 'Staff at Bands 1–8b', 19, 131, 'Not stated: 2'], border: true },
    { v: ['2', 'Appointed from shortlisting (relative likelihood 1.90)', 6, 23, 'Small numbers – treat with caution'], border: true },
    { v: ['3', 'Entered formal disciplinary process', '*', '*', '* fewer than 5 cases: suppressed'], border: true },
    { v: ['4', 'Accessed non-mandatory training (relative likelihood 0.96)', 12, 74, ''], border: true },
    { v: ['9', 'Voting Governing Body members', 0, 11, ''], border: true },
  ] });
  fillSheet(survey, { widths: [10, 60, 12, 12], rows: [
    { v: ['NHS Staff Survey 2017 (CCG results, indicators 5–8)'], bold: true, merge: 'A:D' },
    { v: ['Indicator', 'Question', 'BME', 'White'], bold: true, fill: C.paleblue, border: true },
    { v: ['5', 'Harassment, bullying or abuse from patients, relatives or the public', '4%', '3%'], border: true },
    { v: ['6', 'Harassment, bullying or abuse from staff', '24%', '15%'], border: true },
    { v: ['7', 'Believe the organisation offers equal opportunities for progression', '78%', '86%'], border: true },
    { v: ['8', 'Discrimination from a manager or colleague', '9%', '5%'], border: true },
  ] });
  fillSheet(gloss, { widths: [14, 80], rows: [
    { v: ['Term', 'Meaning'], bold: true, border: true },
    { v: ['BME', 'Black and minority ethnic – all staff who did not describe themselves as White'], border: true },
    { v: ['CSU', 'Commissioning Support Unit – provides the CCG\'s HR service'], border: true },
    { v: ['FTSU', 'Freedom to Speak Up'], border: true },
    { v: ['SMT', 'Senior Management Team'], border: true },
    { v: ['*', 'Suppressed: fewer than five people, not shown to protect confidentiality'], border: true },
  ] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional organisation, a clinical commissioning group) in a four-sheet WRES workbook whose FIRST sheet 'WRES Action Plan' is the plan; behind it 'Indicator data' (BME / White counts by indicator, a suppressed '*' row, notes), 'Staff survey' (indicators 5–8 with figures) and 'Glossary'. The gold reads sheet 1, the only sheet with actions. Layout: the CCG's name, a subtitle with the year, a blank row, then a TWO-ROW header – row 4 'What the data shows' (A–B merged) | 'What we will do' (C–E merged) | 'Review', row 5 'Indicator | Issue identified | Action | Responsibility | Timescale | Progress at Q2 (October 2018)' – four groups whose indicator and issue are MERGED DOWN beside one or two actions, a blank row and an approval line. Judgement calls: both header rows are header rows; the issue (B) is context, not an action or a theme; each action carries its group's indicator(s) ('5 and 6' gives 5 and 6); responsibility as written ('All Heads of Service', 'Chair and Accountable Officer'); timescale as written ('From June 2018', 'By end Q3', 'Ongoing'); the Q2 progress column = progress where filled; no status or RAG; ref '' (no numbers); theme null; the data and survey sheets' rows are figures, not actions.", {
    notFrom: ['B'], crossRef: { metricCol: 'A', otherCols: [] },
    book: { sheets: ['WRES Action Plan', 'Indicator data', 'Staff survey', 'Glossary'], planIndex: 0, elsewhere: ['Small numbers – treat with caution', 'Senior Management Team'] },
  });
}
