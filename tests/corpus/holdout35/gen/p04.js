// holdout35-wres-2021-22-purbrook: follows a community and mental health trust's WRES web page (Dorset HealthCare University NHS FT,
// https://www.dorsethealthcare.nhs.uk/about-us/equality-and-diversity/workplace-race-equality-standard): 'The Trust has published the
// Workplace Race Equality Standard report and action plan for 2021 in line the requirement under Service Condition 13 of the NHS Standard
// Contract', paragraphs on what the Standard is for and how providers publish it, 'What is the WRES?', then 'The table below shows our
// position in comparison to our previous year's performance' with columns '2018/19 DHC | 2018/19 National | 2019/20 DHC | 2019/20 National'.
// The indicator rows' wording and figures, and the action plan table that follows (columns, progress column), are ASSUMED.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Purbrook Vale Healthcare University NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout35-wres-2021-22-purbrook', sheet: 'WRES 2021', standard: 'WRES', period: '2021-22', trust, widths: [8, 12, 50, 30, 24, 14, 34], font: { name: 'Calibri', size: 11 } });
  const full = (t, o = {}) => p.line([t], { merge: ['A', 'G'], ...o });
  full('Workforce Race Equality Standard', { style: { bold: true, font: { size: 16, color: { argb: C.nhs } } } });
  full(`${trust} has published its Workforce Race Equality Standard report and action plan for 2021, as Service Condition 13 of the NHS Standard Contract requires.`, { height: 30 });
  full('The Standard is meant to give real impetus to race equality – and to equality more generally – for everyone who still meets unfairness in health and care. Lasting improvement will come from using it to change the culture of NHS organisations, not simply from complying with it.', { height: 44 });
  full('Every year we report our progress to our co-ordinating commissioner and publish the report on this page, so that staff, patients and the public can see how we are doing.', { height: 30 });
  full('What is the WRES?', { style: { bold: true } });
  full('Nine indicators compare the experiences and opportunities of Black and Minority Ethnic (BME) and white staff, including one on the make-up of the Board.', { height: 30 });
  full('The table below shows our position in comparison to our previous year\'s performance.');
  const t = p.header(['Indicator', '', '', '2019/20 PVH', '2019/20 National', '2020/21 PVH', '2020/21 National'], { style: { fill: C.paleblue }, merge: ['A', 'C'] });
  // the comparison table: figures as text so that they read as published
  const data = [
    ['1. BME staff in Bands 8a and above (of all staff at that level)', '4.1%', '10.3%', '4.6%', '10.9%'],
    ['2. Relative likelihood of white applicants being appointed from shortlisting compared to BME applicants', '1.63', '1.61', '1.47', '1.61'],
    ['3. Relative likelihood of BME staff entering the formal disciplinary process', '1.21', '1.16', '0.84', '1.14'],
    ['4. Relative likelihood of white staff accessing non-mandatory training and CPD', '1.02', '1.14', '1.08', '1.12'],
    ['5. BME staff experiencing harassment, bullying or abuse from patients, relatives or the public', '27.9%', '30.3%', '26.2%', '29.1%'],
    ['6. BME staff experiencing harassment, bullying or abuse from staff', '28.4%', '29.0%', '30.1%', '28.5%'],
    ['7. BME staff believing the trust provides equal opportunities for career progression', '74.6%', '69.9%', '76.3%', '70.0%'],
    ['8. BME staff personally experiencing discrimination from a manager, team leader or colleague', '11.8%', '15.3%', '12.9%', '16.7%'],
    ['9. Difference between BME Board voting membership and the overall workforce', '-4.2%', '-', '-3.6%', '-'],
  ];
  const dataRows = data.map((d) => p.line([d[0], '', '', ...d.slice(1)], { border: true, merge: ['A', 'C'], height: 28, styles: [{}, {}, {}, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }] }));
  p.blank();
  full('Our WRES action plan 2021/22', { style: { bold: true, font: { size: 13 } } });
  const hr = p.header(['No.', 'WRES indicator', 'Action', 'Expected outcome', 'Responsible', 'By when', 'Progress (September 2021)'], { style: { fill: C.nhs, color: C.white } });
  const acts = [
    ['1', ['1'], 'Set a stretch target for BME representation at Band 8a and above for each directorate, reported to the People Committee twice a year.', 'BME representation at 8a+ of 6% by March 2023', 'Director of People', 'October 2021', 'Targets drafted with directorate leads.'],
    ['2', ['2'], 'Put a trained inclusion ambassador on every interview panel for posts at Band 7 and above.', 'Likelihood ratio below 1.25', 'Head of Recruitment', 'December 2021', '22 ambassadors trained so far.'],
    ['3', ['3'], 'Ask a senior HR adviser to review every proposed disciplinary case involving a BME colleague before a formal investigation starts.', 'Ratio kept below 1.0', 'Head of Employee Relations', 'Ongoing', ''],
    ['4', ['4'], 'Publish all CPD and leadership places on one page and monitor who applies and who is funded, by ethnicity.', 'Equal access to CPD', 'Head of Learning and Development', 'March 2022', ''],
    ['5', ['5'], 'Give community teams a clear process for recording and following up racist abuse from patients, with support for the member of staff.', 'Fewer BME staff reporting abuse from the public', 'Deputy Director of Nursing', 'January 2022', 'Draft guidance out for comment.'],
    ['6', ['6', '8'], 'Run \'Let\'s talk about race\' sessions for every team in the two directorates where the staff survey shows the widest gap.', 'Gap on indicators 6 and 8 halved', 'Equality and Inclusion Manager', 'March 2022', ''],
    ['7', ['7'], 'Launch a reciprocal mentoring programme pairing BME staff with members of the executive team.', '12 pairs in the first cohort', 'Head of Organisational Development', 'November 2021', 'First cohort recruited.'],
    ['8', ['9'], 'Widen the search for the next two non-executive appointments through community and professional networks.', 'Board more representative of the workforce', 'Chair', 'June 2022', ''],
  ];
  for (const [n, ind, a, out, lead, due, prog] of acts) p.action([n, ind.join(' and '), a, out, lead, due, prog], { ref: n, indicators: ind, action: a, outcome: out, lead, due, progress: prog });
  full('Source: NHS Staff Survey 2020 and ESR at 31 March 2021. National figures from the NHS England WRES data report.', { style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional trust, a community and mental health foundation trust) following a real trust's published WRES web page: the heading, four paragraphs on the Standard (Service Condition 13, its purpose, publishing), 'What is the WRES?', the line 'The table below shows our position in comparison to our previous year's performance.', a COMPARISON TABLE (row ${t}) 'Indicator | 2019/20 PVH | 2019/20 National | 2020/21 PVH | 2020/21 National' – the trust's abbreviation and the national average for two years – with nine numbered indicator rows of figures (Indicator merged A:C), then 'Our WRES action plan 2021/22' and the action table 'No. | WRES indicator | Action | Expected outcome | Responsible | By when | Progress (September 2021)' (row ${hr}), and a source note. Judgement calls: the nine comparison rows are findings – their numbers, percentages and ratios make no action, due or indicator; the year columns are reporting years, not dues; the actions are the eight rows under the plan header; ref = No.; indicators from the WRES indicator column ONLY – the No. runs 1–8 and matches the indicator for the first five rows but not after ('6 and 8' → ['6','8'] on No. 6, '9' on No. 8); lead = Responsible; due as written ('Ongoing' kept); outcome = Expected outcome; progress = the September 2021 column ('' where empty); no status, rag null; theme null.`, { dataRows, crossRef: { metricCol: 'B', otherCols: ['A'] }, forbidden: ['2019/20 PVH', '2020/21 PVH', '2020/21', 'September 2021'] });
}
