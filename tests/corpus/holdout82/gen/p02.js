// holdout82-wres-2018-19-wrenmarsh: a Smartsheet sheet exported to Excel. Hierarchy by indentation (and Excel outline levels): the plan
// itself as the top row, indicator groups as parent rows carrying rolled-up dates and % complete, actions as their children. A 'Health'
// symbol column exported as the words Green / Yellow / Red / Blue / Gray; 'Assigned To' contacts as emails; 'Modified By' / 'Modified';
// Smartsheet's system 'Row ID' and 'Parent' (long numbers) at the right.
import { Book, Plan, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wrenmarsh Valley Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout82-wres-2018-19-wrenmarsh', sheet: 'WRES Action Plan 2018-19', standard: 'WRES', period: '2018-19', trust, widths: [62, 9, 30, 11, 11, 11, 44, 28, 16, 19, 19], font: { name: 'Arial', size: 10 } });
  p.ws.views = [{ state: 'frozen', ySplit: 1 }];
  p.header(['Task Name', 'Health', 'Assigned To', 'Start Date', 'End Date', '% Complete', 'Comments', 'Modified By', 'Modified', 'Row ID', 'Parent'], { style: { fill: 'FFE7EEF8' } });
  const F = 'dd/mm/yy'; const W = { Green: 'green', Yellow: 'amber', Red: 'red', Blue: 'blue', Gray: null };
  const id = (n) => `${4418302751}${String(n).padStart(6, '0')}`;
  const top = id(100101);
  const sum = (name, s, e, pc, rid, par, lvl) => { const r = p.line([name, '', '', s, e, pc, '', 'k.obi@wrenmarsh.nhs.uk', '19/02/19 16:07', rid, par], { border: true, outline: lvl, styles: [{ bold: true, alignment: { indent: lvl * 2 } }, {}, {}, { numFmt: F }, { numFmt: F }, { numFmt: '0%' }] }); return r; };
  sum(`${trust} – WRES Action Plan 2018/19`, D(2018, 5, 1), D(2019, 3, 29), 0.48, top, '', 0);
  const groups = [
    ['Indicator 1 – Workforce representation', ['1'], D(2018, 5, 1), D(2019, 3, 29), 0.5, [
      ['Publish ethnicity by band for each clinical division in the quarterly workforce report', 'Blue', 'r.hale@wrenmarsh.nhs.uk', D(2018, 5, 1), D(2018, 9, 28), 1, 'Q1 and Q2 reports published; divisional boards now review them.'],
      ['Set a target for BME representation at Band 8a+ in each division and agree it at the Workforce Committee', 'Yellow', 'd.mwangi@wrenmarsh.nhs.uk', D(2018, 10, 1), D(2019, 3, 29), 0.25, 'Draft targets shared with two of five divisions.', null]]],
    ['Indicator 2 – Recruitment', ['2'], D(2018, 6, 4), D(2019, 2, 28), 0.4, [
      ['Train 80 recruiting managers in fair shortlisting and interviewing', 'Yellow', 's.patel2@wrenmarsh.nhs.uk', D(2018, 6, 4), D(2019, 2, 28), 0.55, '44 trained so far; sessions in theatres cancelled twice.', null],
      ['Use diverse interview panels for every post at Band 7 and above', 'Red', 's.patel2@wrenmarsh.nhs.uk', D(2018, 7, 2), D(2018, 12, 21), 0.1, 'Not enough trained BME panel members – see action above.', null]]],
    ['Indicator 3 – Formal disciplinary', ['3'], D(2018, 5, 14), D(2018, 11, 30), 0.8, [
      ['Introduce a pre-formal decision check by a senior HR business partner before any disciplinary investigation starts', 'Green', 'j.thornton@wrenmarsh.nhs.uk', D(2018, 5, 14), D(2018, 11, 30), 0.8, 'Checklist live since July; 9 cases reviewed, 4 resolved informally.', null]]],
    ['Indicators 5 and 6 – Bullying and harassment', ['5', '6'], D(2018, 9, 3), D(2019, 3, 29), 0.3, [
      ['Recruit and train 20 Freedom to Speak Up champions, at least half from BME staff', 'Green', 'ftsu@wrenmarsh.nhs.uk', D(2018, 9, 3), D(2019, 1, 31), 0.6, '14 champions trained.', null],
      ['Run a "Civility saves lives" session in every ward and department', 'Gray', 'l.ferreira@wrenmarsh.nhs.uk', D(2018, 11, 1), D(2019, 3, 29), 0, 'Paused while the OD team is restructured.', null]]],
    ['Indicator 7 – Career progression', ['7'], D(2018, 6, 1), D(2019, 3, 29), 0.35, [
      ['Launch a reverse mentoring scheme pairing executives with BME staff', 'Green', 'd.mwangi@wrenmarsh.nhs.uk', D(2018, 6, 1), D(2018, 12, 14), 0.7, 'Nine pairs meeting monthly.', null],
      ['Fund ten places on the regional Stepping Up leadership programme', 'Red', 'learning.development@wrenmarsh.nhs.uk', D(2018, 9, 1), D(2019, 3, 29), 0, 'Regional programme dates not yet released.', null]]],
    ['Indicator 9 – Board representation', ['9'], D(2018, 10, 1), D(2019, 3, 29), 0.5, [
      ['Ask the Council of Governors to set out a diverse long list for the next two non-executive appointments', 'Yellow', 'trust.secretary@wrenmarsh.nhs.uk', D(2018, 10, 1), D(2019, 3, 29), 0.5, 'Search agency briefed.', null]]],
  ];
  let n = 100102;
  for (const [gname, inds, s, e, pc, acts] of groups) {
    const gid = id(n++); sum(gname, s, e, pc, gid, top, 1);
    for (const [task, health, who, st, en, pcc, com] of acts) {
      p.action([task, health, who, st, en, pcc, com, 'k.obi@wrenmarsh.nhs.uk', '19/02/19 16:07', id(n++), gid], { indicators: inds, theme: gname, action: task, lead: who, due: shown(en, F), status: health, rag: W[health], progress: com }, { outline: 2, styles: [{ alignment: { indent: 4 } }, {}, {}, { numFmt: F }, { numFmt: F }, { numFmt: '0%' }] });
    }
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute FT) kept in Smartsheet and exported to Excel. Sheet 'WRES Action Plan 2018-19', frozen header 'Task Name | Health | Assigned To | Start Date | End Date | % Complete | Comments | Modified By | Modified | Row ID | Parent' (row 1). The hierarchy is shown by indentation of Task Name and by Excel outline levels: row 2 is the plan itself (level 0, bold, the trust's name), six bold INDICATOR PARENT ROWS at level 1 carry rolled-up Start / End dates and % complete, and the ten actions are their level-2 children. Health is Smartsheet's RYG symbol exported as a word (Green / Yellow / Red / Blue / Gray); contacts are emails; Row ID and Parent are Smartsheet's system identifiers (the Parent of each child is its parent row's Row ID). Judgement calls: the top row and the parent rows are NOT actions, even though they carry dates and percentages (roll-ups); theme = the parent row one level up, indicators from its name ('Indicators 5 and 6' → ['5','6']); lead = Assigned To as written (emails, a shared mailbox for FTSU and L&D kept as written); 'Modified By' is the last editor, never the lead, and 'Modified' is no due; due = End Date as displayed ('28/09/18'), never the Start Date; ref '' – Row ID is a system number, not a reference the plan uses; status = the Health word, rag from it (Yellow = amber, Blue = complete = blue, Gray = paused / not applicable → null); progress = Comments.", { mode: 'word', ragCol: 2, words: { Green: 'green', Yellow: 'amber', Red: 'red', Blue: 'blue', Gray: null }, notFrom: ['D', 'H', 'I', 'J', 'K'] });
}
