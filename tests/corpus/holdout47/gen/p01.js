// holdout47-wres-2018-19-corvedale: follows an acute trust's 'Workforce Race Equality Standard 2016 – 2021 Progress Report and Annual Data
// Return – August 2018' (Board, September 2018; vdocument.in copy): a report sheet with the contents (Introduction, Progress Summary, Metric 1–9,
// Appendix 1 WRES Targets Summary 2016 – 2021, Appendix 2 trust data by staff group, Appendix 3 WRES Action Plan Progress August 2018 / 2017 -
// Targets and Action 2018/19, Appendix 4A Racial Harassment Reporting 2013 - 2018, Appendix 4B Metric 5 Action Plan), the running footer
// 'Workforce Race Equality Standard –Board – September 2018' with the page number, and the appendices. Here Appendices 3, 4A and 4B are pasted
// one under another on one sheet, as the pages run.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Corvedale Hospitals NHS Trust';
  const FOOT = 'Workforce Race Equality Standard –Board – September 2018';
  // --- the report sheet (contents and introduction) ---
  const rep = book.wb.addWorksheet('Report');
  rep.getColumn(1).width = 86; rep.getColumn(2).width = 8;
  const repRows = [
    [trust], ['Workforce Race'], ['Equality Standard'], ['2016 – 2021'], ['Progress Report and Annual Data Return – August 2018'], [], [`${FOOT}`, '2'], [],
    ['Contents'], ['Introduction', '4'], ['Progress Summary', '5'], ['Metric 1', '5'], ['Metric 2', '10'], ['Metric 3', '11'], ['Metric 4', '11'], ['Metric 5', '12'], ['Metric 6', '13'], ['Metric 7', '14'], ['Metric 8', '14'], ['Metric 9', '14'],
    ['Appendix 1 - WRES Targets Summary 2016 – 2021', '16'], ['Appendix 2 – 2018 Trust data across Support, Middle and Senior staff groups', '17'],
    ['Appendix 3 – Workforce Race Equality Standard Action Plan Progress August 2018 2017 - Targets and Action 2018/19', '18'],
    ['Appendix 4A – Racial Harassment Reporting 2013 - 2018', '25'], ['Appendix 4B – Metric 5 Action Plan', '28'], [], [`${FOOT}`, '3'], [],
    ['Introduction'],
    ['The Workforce Race Equality Standard (WRES) is a national standard introduced in July 2015. It asks every NHS trust to compare the experience of its Black and Minority Ethnic (BME) staff with that of its white staff against nine metrics, and to publish an action plan each year.'],
    ['In 2016 the Board agreed five-year targets for each metric, running to 2021. This report sets out this year\'s data against those targets, what changed in 2017/18 and the actions for 2018/19. The targets are summarised at Appendix 1 and the actions at Appendices 3 and 4B.'],
    [], [`${FOOT}`, '4'],
  ];
  repRows.forEach((v, i) => { const row = rep.getRow(i + 1); v.forEach((x, j) => { row.getCell(j + 1).value = x; row.getCell(j + 1).alignment = { wrapText: true, vertical: 'top' }; row.getCell(j + 1).font = { name: 'Arial', size: 10, ...(i < 5 ? { bold: true, size: i === 0 ? 12 : 18, color: { argb: C.nhs } } : {}), ...(v[0] === FOOT ? { size: 8, color: { argb: 'FF808080' } } : {}), ...(['Contents', 'Introduction'].includes(v[0]) && v.length === 1 ? { bold: true, size: 12 } : {}) }; }); });
  // --- Appendix 1 (targets summary, figures only) ---
  const ap1 = book.wb.addWorksheet('Appendix 1');
  [[ 'Appendix 1 - WRES Targets Summary 2016 – 2021' ], [], ['Metric', 'Baseline 2016', 'Position 2018', 'Target 2021'],
    ['1 – BME staff in Bands 8a and above', '7.9%', '9.6%', '14%'], ['2 – Relative likelihood of white staff being appointed from shortlisting', '1.71', '1.48', '1.25'],
    ['3 – Relative likelihood of BME staff entering the formal disciplinary process', '2.04', '1.62', '1.25'], ['4 – Relative likelihood of white staff accessing non-mandatory training', '1.18', '1.05', '1.00'],
    ['5 – BME staff experiencing harassment from patients or the public', '31%', '33%', '25%'], ['6 – BME staff experiencing harassment from staff', '29%', '26%', '22%'],
    ['7 – BME staff believing the trust provides equal opportunities for progression', '71%', '74%', '82%'], ['8 – BME staff experiencing discrimination from a manager or colleague', '14%', '12%', '8%'],
    ['9 – BME voting Board members', '1', '2', '3'], [], [`${FOOT}`, '', '', '16'],
  ].forEach((v, i) => { const row = ap1.getRow(i + 1); v.forEach((x, j) => { row.getCell(j + 1).value = x; row.getCell(j + 1).font = { name: 'Arial', size: v[0] === FOOT ? 8 : 10, bold: i === 0 || i === 2 }; row.getCell(j + 1).alignment = { wrapText: true, vertical: 'top' }; }); });
  [60, 14, 14, 14].forEach((w, i) => { ap1.getColumn(i + 1).width = w; });
  // --- the plan sheet: Appendix 3, Appendix 4A (figures), Appendix 4B ---
  const p = new Plan(book, { name: 'holdout47-wres-2018-19-corvedale', sheet: 'Appendices 3-4', standard: 'WRES', period: '2018-19', trust, widths: [20, 24, 30, 48, 24, 14] });
  const foot = (n) => p.line([FOOT, undefined, undefined, undefined, undefined, String(n)], { style: { font: { size: 8, color: { argb: 'FF808080' } } } });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['Appendix 3 – Workforce Race Equality Standard Action Plan Progress August 2018'], { merge: ['A', 'F'], style: { bold: true, color: C.nhs, font: { size: 12 } } });
  p.line(['2017 - Targets and Action 2018/19'], { merge: ['A', 'F'], style: { bold: true } });
  p.header(['Metric', 'Target 2016 – 2021', 'Position August 2018', 'Action 2018/19', 'Lead', 'Timescale'], { style: { fill: C.paleblue } });
  const groups = [
    ['Metric 1 – Workforce representation (senior bands)', '14% of staff in Bands 8a and above from a BME background by 2021', 'Up from 8.7% to 9.6%. Most of the rise is in Band 8a; Bands 8c to 9 are unchanged.', ['1'], [
      ['Add a BME member to every interview panel for posts at Band 8a and above, drawn from a trained pool of panel members', 'Head of Recruitment', 'Sep-18'],
      ['Run a second cohort of the Stepping Up development programme for BME staff in Bands 5 to 7', 'Associate Director of OD', 'Mar-19'],
    ]],
    ['Metric 2 – Appointment from shortlisting', 'Relative likelihood no higher than 1.25 by 2021', '1.48 (2017: 1.56).', ['2'], [
      ['Check each directorate\'s shortlisting and appointment figures every quarter and ask directorates above 1.5 to explain the gap', 'Head of Workforce Information', 'Quarterly from Q2 2018/19'],
    ]],
    ['Metric 3 – Formal disciplinary process', 'Relative likelihood no higher than 1.25 by 2021', '1.62 (2017: 1.80). Eleven BME staff entered a formal process in 2017/18.', ['3'], [
      ['Ask a senior HR manager to review every proposed disciplinary case involving a BME member of staff before it goes to formal investigation', 'Deputy Director of HR', 'Jul-18'],
      ['Report the outcome of the pre-investigation reviews to the Workforce Committee twice a year', 'Deputy Director of HR', 'Oct-18 and Apr-19'],
    ]],
    ['Metric 4 – Non-mandatory training and CPD', 'Equal likelihood (1.00) by 2021', '1.05 – close to target.', ['4'], [
      ['Record all non-mandatory training on the learning system so that access can be analysed by ethnicity', 'Head of Learning and Development', 'Dec-18'],
    ]],
    ['Metric 5 – Harassment from patients, relatives or the public', 'No more than 25% by 2021', '33% (2017: 31%) – moving away from the target.', ['5'], null],
    ['Metrics 6 and 7 – Harassment from staff; equal opportunities for progression', '22% (metric 6) and 82% (metric 7) by 2021', '26% and 74%.', ['6', '7'], [
      ['Train 40 Dignity at Work advisers, at least half of them from BME backgrounds, and publicise them on every ward', 'Equality and Diversity Lead', 'Jan-19'],
    ]],
    ['Metric 8 – Discrimination at work', 'No more than 8% by 2021', '12% (2017: 14%).', ['8'], [
      ['Include a session on race and fairness in the Leading Teams management programme', 'Associate Director of OD', 'Nov-18'],
    ]],
    ['Metric 9 – Board representation', 'Three BME voting Board members by 2021', 'Two BME voting members.', ['9'], [
      ['Ask the search agency for the next non-executive appointment to produce a long list on which at least a third of candidates are from BME backgrounds', 'Trust Secretary', 'When the next vacancy arises'],
    ]],
  ];
  const forbidden = [];
  for (const [metric, target, pos, inds, acts] of groups) {
    if (!acts) { p.line([metric, target, pos, 'A separate action plan for Metric 5 is at Appendix 4B, following the review of racial harassment reporting at Appendix 4A.', '', ''], { border: true }); forbidden.push(pos); continue; }
    const first = p.r + 1;
    acts.forEach(([a, lead, due], i) => p.action([i === 0 ? metric : undefined, i === 0 ? target : undefined, i === 0 ? pos : undefined, a, lead, due], { indicators: inds, action: a, lead, due, outcome: target }));
    for (const c of ['A', 'B', 'C']) mergeDown(p.ws, c, first, p.r);
    forbidden.push(pos);
  }
  foot(18);
  p.blank();
  p.line(['Appendix 4A – Racial Harassment Reporting 2013 - 2018'], { merge: ['A', 'F'], style: { bold: true, color: C.nhs, font: { size: 12 } } });
  p.line(['Year', 'Incidents reported by BME staff', 'of which from patients or the public', 'of which from staff', 'Staff survey (metric 5)', ''], { style: { bold: true }, border: true });
  const data = [];
  for (const v of [['2013/14', '41', '33', '8', '28%'], ['2014/15', '46', '37', '9', '30%'], ['2015/16', '52', '44', '8', '31%'], ['2016/17', '49', '40', '9', '31%'], ['2017/18', '63', '55', '8', '33%']]) data.push(p.line([...v, ''], { border: true }));
  foot(25);
  p.blank();
  const h4b = p.line(['Appendix 4B – Metric 5 Action Plan'], { merge: ['A', 'F'], style: { bold: true, color: C.nhs, font: { size: 12 } } });
  p.line(['Metric 5: Percentage of BME staff experiencing harassment, bullying or abuse from patients, relatives or the public in the last 12 months'], { merge: ['A', 'F'], style: { italic: true } });
  p.header(['No.', 'Action', '', 'Responsible', 'Date', 'How we will measure impact'], { style: { fill: C.paleblue }, merge: ['B', 'C'] });
  const m5 = [
    ['1', 'Add a racial abuse option to the incident reporting form so that incidents can be counted and followed up', 'Head of Risk', 'Aug-18', 'Racially motivated incidents reported separately in the quarterly incident report'],
    ['2', 'Write to every patient or visitor who racially abuses a member of staff, using the trust\'s warning letter', 'Head of Security', 'Oct-18', 'Number of letters sent each quarter'],
    ['3', 'Give ward managers a short guide on supporting a member of staff after racial abuse, including time out and debrief', 'Equality and Diversity Lead', 'Dec-18', 'Guide issued; 2019 staff survey result for metric 5'],
    ['4', 'Display posters in the Emergency Department and outpatients stating that racial abuse of staff will not be tolerated', 'Head of Communications', 'Sep-18', 'Posters in place in all public areas'],
  ];
  for (const [ref, a, lead, due, measure] of m5) p.action([ref, a, undefined, lead, due, measure], { ref, indicators: ['5'], action: a, lead, due, outcome: measure }, { merge: ['B', 'C'] });
  foot(28);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust) following a real published 'Workforce Race Equality Standard 2016 – 2021 Progress Report and Annual Data Return – August 2018' taken to the Board in September 2018. Three sheets: 'Report' (title, contents with page numbers naming Metric 1–9 and Appendices 1–4B, an introduction, the running footer 'Workforce Race Equality Standard –Board – September 2018' with page numbers), 'Appendix 1' (the five-year targets as figures – no actions) and the plan sheet 'Appendices 3-4', where three appendices are pasted one under another as the pages run. Appendix 3 (title rows 2–3, header row 4) is 'Metric | Target 2016 – 2021 | Position August 2018 | Action 2018/19 | Lead | Timescale' with Metric, Target and Position MERGED DOWN over each metric's one or two actions; its Metric 5 row carries no action but a pointer to a separate plan ('A separate action plan for Metric 5 is at Appendix 4B …'); a running FOOTER row ends each page (rows 15, 24, 33). Appendix 4A (rows 17–23) is a table of harassment figures by year. Appendix 4B (rows 26–32) is a second table with different columns 'No. | Action | Responsible | Date | How we will measure impact' under a title and the metric 5 wording. Judgement calls: the Metric 5 pointer row is a non-action row (it says where the actions are; its target and position are context); indicators from the Metric cell ('Metrics 6 and 7 …' → ['6','7']) and, in Appendix 4B, from the appendix title / metric line (['5']); outcome = the merged five-year Target for Appendix 3 actions (shared by the group) and 'How we will measure impact' for Appendix 4B; the Position August 2018 cell is a finding about the metric, NOT progress on the 2018/19 actions (progress ''); leads and timescales as written ('Sep-18' is text, 'Quarterly from Q2 2018/19', 'Oct-18 and Apr-19', 'When the next vacancy arises'); refs only in Appendix 4B ('1'–'4'); the footers, Appendix 4A figures, the report's contents lines and Appendix 1 give no gold field; no status column, rag null; theme null (no section rows – the appendix titles are document parts, the metric is an indicator).", { forbidden: [FOOT, 'September 2018', 'August 2018', ...forbidden], dataRows: data, indCol: { col: 'A', to: 14 } });
}
