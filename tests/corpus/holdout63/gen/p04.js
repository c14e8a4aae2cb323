// holdout63-wres-2022-23-tollbury: follows a 'Workforce Race Equality Standard (WRES) Progress Report 2016' of an NHS body, as listed publicly
// (https://businessdocbox.com/amp/80244527-Human_Resources/Workforce-race-equality-standard-wres-progress-report-2016.html – a progress
// report in the family of 'WRES Progress Report July 2017' and 'WRES Data and Action Plan' documents): a numbered report with an
// introduction, what was done since the last report, the data, and next steps. ASSUMED (only the title and its neighbours are readable): the
// 'What we said / What we did' table, the small data table, the next-steps table with NS refs and a status column.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Tollbury Integrated Care Board';
  const p = new Plan(book, { name: 'holdout63-wres-2022-23-tollbury', sheet: 'Progress report', standard: 'WRES', period: '2022-23', trust, widths: [8, 58, 12, 26, 14, 16], font: { name: 'Arial', size: 10 } });
  const M = ['A', 'F'];
  p.line([trust], { merge: M, style: { bold: true } });
  p.line(['Workforce Race Equality Standard (WRES) Progress Report 2022'], { merge: M, style: { bold: true, font: { size: 14 } } });
  p.blank();
  p.line(['1. Introduction'], { style: { bold: true } });
  p.line(['This report sets out what the ICB has done since its first WRES report as a new organisation, what our 2022 data shows, and the next steps we will take in 2022/23. It was agreed by the People and Culture Committee on 20 October 2022.'], { merge: M, height: 40 });
  p.blank();
  p.line(['2. What we have done since our last report'], { style: { bold: true } });
  p.header(['', 'What we said we would do', '', 'What we did'], { merge: [['B', 'C'], ['D', 'F']], style: { fill: C.palegrey } });
  const past = [
    ['Set up a staff network for ethnic minority colleagues', 'The Ethnic Minority Colleagues Network launched in April 2022 and has 61 members.'],
    ['Ask every director to take part in reverse mentoring', 'Seven of nine directors have been paired with a mentor.'],
    ['Report ethnicity in our recruitment data', 'Recruitment data by ethnicity now goes to the People and Culture Committee every quarter.'],
  ].map(([a, b]) => p.line(['', a, '', b], { border: true, merge: [['B', 'C'], ['D', 'F']], height: 30 }));
  p.blank();
  p.line(['3. Our data'], { style: { bold: true } });
  p.header(['', 'WRES indicator', '2021', '2022'], { style: { fill: C.palegrey } });
  const data = [
    ['', '1 – BME staff at Band 8a and above', '11.2%', '13.0%'],
    ['', '2 – Likelihood of white applicants being appointed from shortlisting', '1.44', '1.61'],
    ['', '6 – BME staff experiencing bullying from colleagues', '23.5%', '19.8%'],
    ['', '7 – BME staff who believe the ICB offers equal opportunities', '71.0%', '75.4%'],
  ].map((r) => p.line(r, { border: true }));
  p.blank();
  p.line(['4. Next steps for 2022/23'], { style: { bold: true } });
  p.header(['No.', 'Action', 'WRES indicator', 'Lead', 'Target date', 'Status (Oct 2022)'], { style: { fill: C.palegrey } });
  const acts = [
    ['NS1', 'Agree an aspirational target for ethnic minority representation at Band 8a and above, and publish it', ['1'], 'Chief People Officer', 'December 2022', 'In progress'],
    ['NS2', 'Run a development programme for ethnic minority colleagues in Bands 5 to 7, with a sponsor for each participant', ['1', '7'], 'Head of Organisational Development', 'March 2023', 'Not started'],
    ['NS3', 'Use a diverse panel member for every interview at Band 8a and above', ['2'], 'Head of HR Operations', 'November 2022', 'In progress'],
    ['NS4', 'Review the shortlisting stage for the 10 posts with the widest gap and report the findings', ['2'], 'Head of HR Operations', 'Q4 2022/23', 'Not started'],
    ['NS5', 'Introduce a civility and respect charter with the network, and a clear route for raising racism', ['6'], 'Director of Corporate Affairs', 'January 2023', 'Not started'],
    ['NS6', 'Include a question on race equality in every director\'s mid-year appraisal', ['7'], 'Chief Executive', 'October 2022', 'Complete'],
    ['NS7', 'Carry over: complete reverse mentoring pairs for the two remaining directors', [], 'Chief People Officer', 'December 2022', 'In progress'],
  ];
  for (const [ref, a, inds, lead, due, st] of acts) p.action([ref, a, inds.join(', ') || '—', lead, due, st], { ref, indicators: inds, action: a, lead, due, status: st }, { border: true, height: 30 });
  p.blank();
  p.line(['Progress against these next steps will be reported to the People and Culture Committee in April 2023 and published with our 2023 WRES report.'], { merge: M, style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional body, an integrated care board) following a real published 'Workforce Race Equality Standard (WRES) Progress Report 2016' (listed publicly; only its title and family of documents could be read, so the sections are assumed): the ICB's name, the report title, numbered sections – '1. Introduction' with a paragraph naming the committee date, '2. What we have done since our last report' with a merged two-column table 'What we said we would do | What we did' (three rows), '3. Our data' with a small table 'WRES indicator | 2021 | 2022', and '4. Next steps for 2022/23' with the action table 'No. | Action | WRES indicator | Lead | Target date | Status (Oct 2022)' (header row 21), seven actions NS1–NS7, then an italic reporting line. Judgement calls: ONLY the next steps are this plan's actions – the 'What we said we would do' rows are last year's commitments reported as done (their results are in 'What we did') and the data rows are measures, so all are non-action rows; there are three header rows (8, 14, 21); ref as written ('NS1'); indicators from the WRES indicator column ('1, 7' → ['1','7']; '—' → []) – NS7 says 'Carry over' in its text and names no indicator, and the earlier reverse-mentoring row is not linked to it by number, so its indicators stay []; status the word as written ('Complete', 'In progress', 'Not started'), no fill, rag null; due as written ('Q4 2022/23'); the committee date in the introduction is not a due date; theme null ('4. Next steps for 2022/23' is the report section that holds the whole table, not a theme).", { forbidden: ['20 October 2022', 'Set up a staff network for ethnic minority colleagues'] });
}
