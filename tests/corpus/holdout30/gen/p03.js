// holdout30-wres-2023-24-fallowmere: an ICB's plan for its own staff as THREE SMALL TABLES stacked down 'Sheet1', drawn with borders only,
// each typed by a different person with its own header and column order, under a bold caption naming the WRES indicators.
import { Book, Plan } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Fallowmere Integrated Care Board';
  const p = new Plan(book, { name: 'holdout30-wres-2023-24-fallowmere', sheet: 'Sheet1', standard: 'WRES', period: '2023-24', trust, widths: [36, 52, 22, 12], font: { name: 'Calibri', size: 11 } });
  p.line([trust], { style: { bold: true, font: { size: 12 } } });
  p.line(['WRES - what we are doing for ICB staff in 23/24']);
  p.blank();
  const secs = []; const hdrs = [];
  // table 1: Action | Lead | By when
  secs.push(p.line(['Recruitment (WRES 1 & 2)'], { style: { bold: true } }));
  hdrs.push(p.header(['Action', 'Lead', 'By when'], { style: { bold: false } }));
  const T1 = 'Recruitment (WRES 1 & 2)';
  for (const [a, l, d] of [
    ['Diverse panel member for every band 8a+ interview, from the trained pool', 'Head of People', 'Sept 23'],
    ['Independent review of the last 12 months of shortlisting by ethnicity', 'People analytics', 'Nov 23'],
    ['Reword job adverts in plain English and check them with the race equality network', 'Recruitment partner (CSU)', 'Dec 23'],
  ]) p.action([a, l, d], { indicators: ['1', '2'], theme: T1, action: a, lead: l, due: d });
  p.blank();
  // table 2: Who | What | When
  const T2 = 'Discipline and bullying (WRES 3, 5-8)';
  secs.push(p.line([T2], { style: { bold: true } }));
  hdrs.push(p.header(['Who', 'What', 'When'], { style: { bold: false } }));
  for (const [l, a, d, inds] of [
    ['HR advisory team', 'Pre-formal check by a second HR adviser on any case about a Black, Asian or minority ethnic colleague', 'from Oct', ['3', '5', '6', '7', '8']],
    ['Director of Corporate Affairs', 'Civility and respect sessions for every team, led by directors', 'Jan 24', ['5', '6', '7', '8']],
    ['Freedom to Speak Up Guardian', 'Report anonymised race-related concerns to the People Committee', 'quarterly', ['5', '6', '7', '8']],
  ]) p.action([l, a, d], { indicators: inds, theme: T2, action: a, lead: l, due: d });
  p.blank();
  // table 3: Task | Deadline | Owner | Done?
  const T3 = 'Board and senior roles (WRES 9)';
  secs.push(p.line([T3], { style: { bold: true } }));
  hdrs.push(p.header(['Task', 'Deadline', 'Owner', 'Done?'], { style: { bold: false } }));
  for (const [a, d, l, st] of [
    ['Set a target for board diversity and publish it on the website', 'Oct 23', 'Chair', 'yes'],
    ['Shadow board places for 4 staff from under-represented groups', 'Mar 24', 'Chief People Officer', 'partly'],
    ['Add an EDI objective to every executive appraisal', 'Apr 24', 'Chief Executive', 'not yet'],
  ]) p.action([a, d, l, st], { indicators: ['9'], theme: T3, action: a, lead: l, due: d, status: st });
  p.blank();
  p.line(['* 5-8 are the staff survey ones'], { style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ICB, its own staff) on 'Sheet1', Calibri 11: trust name, a one-line title, then THREE SMALL TABLES stacked down the sheet with a blank row between them, drawn with thin borders only (no fills, headers not bold), each under a bold caption that names its WRES indicators, and each with ITS OWN HEADER AND COLUMN ORDER, as if typed by three people: 'Action | Lead | By when' (rows 5–8), 'Who | What | When' (the lead FIRST, rows 11–14), 'Task | Deadline | Owner | Done?' (rows 17–20). A footnote '* 5-8 are the staff survey ones' at the end. Judgement calls: each table is read through its own header – the action is the Action / What / Task cell, the lead the Lead / Who / Owner cell, the due the By when / When / Deadline cell; theme = the caption; indicators from the caption, for every row of its table ('WRES 1 & 2' → ['1','2']; 'WRES 3, 5-8' → the range expanded to ['3','5','6','7','8'] on all three rows – the rows do not name an indicator themselves, so none is narrowed from wording); 'Done?' is a status column – its answers kept as written ('yes', 'partly', 'not yet'), rag null (no colour); only the third table has one, so the others have status ''; dues as typed ('from Oct', 'quarterly'); the footnote is not an action.", { sections: secs, smallTables: { headers: hdrs, actionHeads: ['Action', 'What', 'Task'] } });
}
