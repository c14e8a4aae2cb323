// holdout60-wres-2018-19-fellbrook: specialist heart and lung trust; themed sub-heading rows, a 'Date completed' column, and a SIGN-OFF
// BLOCK under the table (approved by, date, review).
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Fellbrook Heart and Lung Hospital NHS Foundation Trust';
  const font = { name: 'Verdana', size: 9 };
  const p = new Plan(book, { name: 'holdout60-wres-2018-19-fellbrook', sheet: 'WRES 2018-19', standard: 'WRES', period: '2018-19', trust, widths: [7, 58, 10, 26, 13, 13, 40], font });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, color: C.teal } });
  p.line(['Race Equality Action Plan 2018-19 (Workforce Race Equality Standard)'], { merge: ['A', 'G'], style: { bold: true } });
  p.blank();
  p.header(['Ref', 'Action', 'Indicator', 'Lead', 'Target date', 'Date completed', 'Update'], { style: { fill: C.teal, color: C.white } });
  const fmt = 'dd mmm yy';
  const S = [
    ['Recruitment and progression', [
      ['R1', 'Add a statement welcoming applications from BME candidates to all adverts for senior nursing and scientific posts.', '2', 'Head of Resourcing', D(2018, 7, 31), D(2018, 7, 20), 'Wording agreed with the BME network and in use.'],
      ['R2', 'Report shortlisting-to-appointment ratios by ethnicity for each clinical directorate every six months.', '2', 'Workforce Information Analyst', D(2018, 10, 31), D(2018, 11, 9), 'First report to the Workforce and OD Committee in November.'],
      ['R3', 'Fund four places on the regional BME ready-now leadership programme.', '7', 'Head of Education', D(2019, 1, 31), null, 'Two places filled; two held for the spring cohort.'],
    ]],
    ['Bullying and harassment', [
      ['B1', 'Train 20 staff as bullying and harassment advisers, at least half of them from BME backgrounds.', '6', 'Head of Employee Relations', D(2018, 12, 31), null, '14 trained so far.'],
      ['B2', 'Analyse the staff survey free-text comments on discrimination by staff group and share the themes with managers.', '8', 'Head of OD', D(2019, 3, 31), null, ''],
      ['B3', 'Remind staff through team briefings how to report abuse from patients and relatives, and what support follows.', '5', 'Head of Patient Experience', D(2018, 9, 30), D(2018, 9, 28), ''],
    ]],
    ['Leadership and governance', [
      ['L1', 'Name an executive sponsor for race equality and add WRES progress to the Board\'s quarterly workforce report.', '9', 'Chief Executive', D(2018, 6, 30), D(2018, 6, 26), 'Director of Nursing named sponsor.'],
      ['L2', 'Check disciplinary cases for ethnicity at the monthly case review and ask for a second opinion where BME staff are referred.', '3', 'Head of Employee Relations', D(2019, 3, 31), null, ''],
    ]],
  ];
  const sec = [];
  for (const [name, acts] of S) {
    sec.push(p.line([name], { merge: ['A', 'G'], style: { bold: true, fill: C.palegrey } }));
    for (const [r, a, i, l, d, done, u] of acts) p.action([r, a, i, l, d, done, u], { ref: r, indicators: [i], theme: name, action: a, lead: l, due: shown(d, fmt), completed: done ? shown(done, fmt) : '', progress: u }, { styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, { numFmt: fmt }, { numFmt: fmt }] });
  }
  p.blank();
  const so = [
    p.line(['Approved by:', 'Board of Directors'], { style: { bold: true }, styles: [{}, { bold: false }] }),
    p.line(['Date:', '28 June 2018'], { style: { bold: true }, styles: [{}, { bold: false }] }),
    p.line(['Review:', 'Quarterly at the Workforce and OD Committee; next review October 2018'], { style: { bold: true }, styles: [{}, { bold: false }] }),
  ];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a specialist heart and lung trust), Verdana 9: merged teal title and plan line, a blank row, a teal header 'Ref | Action | Indicator | Lead | Target date | Date completed | Update', three merged grey SUB-HEADING rows ('Recruitment and progression', 'Bullying and harassment', 'Leadership and governance') each over two or three actions, a blank row and a SIGN-OFF BLOCK of label / value pairs ('Approved by: | Board of Directors', 'Date: | 28 June 2018', 'Review: | Quarterly … next review October 2018'). Dates are real, shown dd mmm yy. Judgement calls: theme = the sub-heading row above; completed = the Date completed cell as shown ('' where blank); due = Target date, never the completion date; progress = Update; ref R1…; indicators from the Indicator column; no status column (status '', rag null – a completion date is not a status word); the sign-off block is not an action and gives no lead or due.", { cols: { ref: 'A', action: 'B', ind: 'C', lead: 'D', due: 'E', completed: 'F', progress: 'G' }, sections: sec, dataRows: so, forbidden: ['Board of Directors', '28 June 2018'] });
}
