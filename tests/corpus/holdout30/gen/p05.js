// holdout30-wres-2020-21-kestlebury: a learning disability trust whose HR manager shows WHO LEADS only by the FONT COLOUR of the action,
// decoded by a key line typed under the table; no lead column and no status.
import { Book, Plan } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Kestlebury Community and Learning Disability NHS Trust';
  const p = new Plan(book, { name: 'holdout30-wres-2020-21-kestlebury', sheet: 'WRES 20-21', standard: 'WRES', period: '2020-21', trust, widths: [5, 66, 10, 14, 44], font: { name: 'Verdana', size: 9 } });
  p.line([trust], { merge: ['A', 'E'], style: { bold: true } });
  p.line(['Race equality (WRES) plan 2020-21'], { merge: ['A', 'E'] });
  p.header(['No', 'What', 'WRES no.', 'When', 'Progress']);
  const K = { FFFF0000: 'HR team', FF0070C0: 'Learning & OD', FF00B050: 'EDI lead (Priya)', FF7030A0: "Chief Exec's office" };
  const rows = [
    [1, 'Publish our WRES figures with a plain-English summary for support workers in the houses', '1', 'Sept 20', 'FF00B050', 'on the intranet 30/9'],
    [2, 'Ethnically diverse shortlisting and interview panels for all team leader posts', '2', 'Oct 20', 'FFFF0000', ''],
    [3, 'Check every disciplinary for BME staff at the investigation stage with a second manager', '3', 'from Nov', 'FFFF0000', 'started Nov'],
    [4, 'Make sure BME support workers get equal access to the Care Certificate top-up and level 3 courses', '4', 'Jan 21', 'FF0070C0', ''],
    [5, 'Covid risk assessments done for every BME colleague, followed up by managers', '5, 6', 'Aug 20', 'FFFF0000', '96% done'],
    [6, 'Reverse mentoring for the executive team with BME support workers', '7', 'Mar 21', 'FF7030A0', 'on hold (Covid)'],
    [7, 'Race equality training for managers - online because of Covid', '8', 'Feb 21', 'FF0070C0', ''],
    [8, 'Talk to the Chair about how we recruit our next non-exec', '9', 'Mar 21', 'FF7030A0', ''],
  ];
  for (const [n, a, ind, due, col, prog] of rows) p.action([n, a, ind, due, prog], { ref: String(n), indicators: ind.split(', '), action: a, lead: K[col], due, progress: prog }, { styles: [{}, { color: col }] });
  p.blank();
  const key = p.line(['', "Key: red writing = HR team,  blue = Learning & OD,  green = EDI lead (Priya),  purple = Chief Exec's office"], { merge: ['B', 'E'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community and learning disability trust), Verdana 9: trust and title merged A:E, header 'No | What | WRES no. | When | Progress', eight actions, a blank row, and a KEY LINE typed under the table: \"Key: red writing = HR team, blue = Learning & OD, green = EDI lead (Priya), purple = Chief Exec's office\". There is NO LEAD COLUMN: each action's text is written in the font colour of the team that leads it (red, blue, green, purple); no cell is filled and there is no status column. Judgement calls: lead = the key's label for the action's font colour ('HR team', 'Learning & OD', 'EDI lead (Priya)', \"Chief Exec's office\") – read through the key, as the HR manager intends; the red and green writing are NOT RAG statuses (the key says what they mean) – status '' and rag null on every row; ref = No ('1'); indicators from 'WRES no.' ('5, 6' → ['5','6']); due as typed ('from Nov', 'Sept 20'); progress as written, '' where empty ('on hold (Covid)' is progress text, not a status column); theme null; the key line is not an action.", { leadColour: { col: 'B', keyRow: key, key: K } });
}
