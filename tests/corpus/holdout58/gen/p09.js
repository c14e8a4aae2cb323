// holdout58-wres-2018-19-brackenford: integrated care trust (community + district hospital), a 14-column plan kept as a live
// spreadsheet: a HIDDEN helper column of =due−TODAY() formulas, a STATUS FORMULA (=IF(completed,"Complete",IF(overdue,"Overdue","Open")))
// whose cached words are coloured by CONDITIONAL FORMATTING only, Date completed, Last updated / Updated by audit columns.
import { Book, Plan, C, wideAction, dt, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Brackenford Integrated Care NHS Trust';
  const p = new Plan(book, { name: 'holdout58-wres-2018-19-brackenford', sheet: 'Actions', standard: 'WRES', period: '2018-19', trust, font: { name: 'Arial', size: 9 },
    widths: [9, 10, 46, 24, 12, 8, 12, 12, 30, 34, 12, 16, 10, 14] });
  const ws = p.ws;
  p.line([`${trust}`], { merge: ['A', 'N'], style: { bold: true, font: { size: 12 } } });
  p.line(['WRES Action Plan 2018-19 – live tracker (do not sort; Status is calculated, enter a Date completed to close an action)'], { merge: ['A', 'N'], style: { italic: true } });
  p.blank();
  const hdr = p.header(['Action ID', 'WRES Indicator', 'Action', 'Owner', 'Due date', 'Days to due', 'Date completed', 'Status', 'Evidence of completion', 'Comments', 'Last updated', 'Updated by', 'Sort key', 'Board report?'], { style: { fill: C.darkblue, color: C.white } });
  ws.getColumn('F').hidden = true; ws.getColumn('M').hidden = true;
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: hdr }];
  ws.autoFilter = `A${hdr}:N${hdr}`;
  const SNAP = D(2019, 2, 15);
  const M = { ref: 0, action: 2, lead: 3, due: 4, completed: 6, status: 7, progress: 9 };
  const rows = [
    ['BIC-W1', 'Indicator 1', 'Produce a quarterly workforce profile by ethnicity and band for each locality and share it with locality managers.', 'Workforce Information Manager', dt(2018, 7, 31, 'dd/mm/yyyy'), dt(2018, 7, 20, 'dd/mm/yyyy'), 'Q1 profile pack', 'Now routine each quarter.', dt(2019, 1, 10, 'dd/mm/yyyy'), 'J. Okafor', 'Yes'],
    ['BIC-W2', 'Indicator 2', 'Audit shortlisting decisions for Band 6 nursing posts for differences by ethnicity.', 'Head of Recruitment', dt(2018, 10, 31, 'dd/mm/yyyy'), dt(2018, 11, 14, 'dd/mm/yyyy'), 'Audit report to WEG', 'Audit showed BME shortlisted at 0.8 the rate of White applicants.', dt(2018, 11, 20, 'dd/mm/yyyy'), 'J. Okafor', 'Yes'],
    ['BIC-W3', 'Indicator 2', 'Act on the shortlisting audit: require two shortlisters for every Band 6 post.', 'Head of Recruitment', dt(2019, 1, 31, 'dd/mm/yyyy'), '', '', 'Awaiting NHS Jobs change to allow two shortlisters.', dt(2019, 2, 4, 'dd/mm/yyyy'), 'R. Patel', 'Yes'],
    ['BIC-W4', 'Indicator 3', 'Report disciplinary cases by ethnicity to the Workforce Equality Group every six months.', 'Head of Employee Relations', dt(2019, 3, 31, 'dd/mm/yyyy'), '', '', 'First report drafted for March WEG.', dt(2019, 2, 1, 'dd/mm/yyyy'), 'R. Patel', 'No'],
    ['BIC-W5', 'Indicator 4', 'Hold a "development day" for BME Band 2–5 staff on apprenticeships and access to CPD funding.', 'Learning & Development Lead', dt(2018, 12, 31, 'dd/mm/yyyy'), '', '', 'Venue lost; new date being sought.', dt(2019, 1, 18, 'dd/mm/yyyy'), 'J. Okafor', 'No'],
    ['BIC-W6', 'Indicators 5 & 6', 'Set up a BME staff network with terms of reference and an executive sponsor.', 'Equality & Diversity Manager', dt(2018, 9, 30, 'dd/mm/yyyy'), dt(2018, 9, 26, 'dd/mm/yyyy'), 'Network ToR', 'Launched 26/09/2018 with 31 members.', dt(2018, 10, 2, 'dd/mm/yyyy'), 'J. Okafor', 'Yes'],
    ['BIC-W7', 'Indicator 7', 'Add a question on fair career progression to the annual appraisal form for all staff.', 'Head of OD', dt(2019, 3, 31, 'dd/mm/yyyy'), '', '', 'Form redesign on April agenda.', dt(2019, 2, 11, 'dd/mm/yyyy'), 'R. Patel', 'No'],
    ['BIC-W8', 'Indicator 9', 'Report Board ethnicity against the locality population in the annual equality report.', 'Trust Secretary', dt(2018, 6, 30, 'dd/mm/yyyy'), dt(2018, 6, 28, 'dd/mm/yyyy'), 'Annual Equality Report 2018', '', dt(2018, 7, 3, 'dd/mm/yyyy'), 'J. Okafor', 'Yes'],
    ['BIC-W9', 'Indicator 8', 'Add the WRES discrimination question to the local quarterly pulse survey.', 'Head of OD', dt(2019, 2, 28, 'dd/mm/yyyy'), '', '', '', dt(2018, 12, 3, 'dd/mm/yyyy'), 'R. Patel', 'No'],
  ];
  let r0 = hdr + 1; const WORDS = { Complete: 'green', Overdue: 'red', Open: null };
  rows.forEach(([id, ind, act, owner, due, done, ev, com, upd, by, board], i) => {
    const r = r0 + i;
    const days = Math.round((due.date - SNAP) / 86400000);
    const status = done ? 'Complete' : days < 0 ? 'Overdue' : 'Open';
    const vals = [id, ind, act, owner, due, { formula: `E${r}-TODAY()`, result: days }, done, { formula: `IF(G${r}<>"","Complete",IF(E${r}<TODAY(),"Overdue","Open"))`, result: status }, ev, com, upd, by, 100 + i, board];
    const nums = (ind.match(/\d+/g) || []);
    wideAction(p, vals, M, { indicators: nums, rag: WORDS[status] }, { styles: { 7: { alignment: { horizontal: 'center', vertical: 'top' } } } });
  });
  const last = r0 + rows.length - 1;
  ws.addConditionalFormatting({ ref: `H${r0}:H${last}`, rules: [
    { type: 'containsText', operator: 'containsText', text: 'Complete', priority: 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: C.goodG } }, font: { color: { argb: 'FF006100' } } } },
    { type: 'containsText', operator: 'containsText', text: 'Overdue', priority: 2, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: C.badR } }, font: { color: { argb: 'FF9C0006' } } } },
  ] });
  p.blank();
  p.line(['Status is worked out by the sheet: Complete when a Date completed is entered, Overdue when the due date has passed, otherwise Open. Last saved 15/02/2019.'], { merge: ['A', 'N'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original wide live tracker (fictional integrated care trust), 14 columns, Arial 9: trust name, a title line with keeping instructions, a blank row, a dark-blue header (row 4) 'Action ID | WRES Indicator | Action | Owner | Due date | Days to due | Date completed | Status | Evidence of completion | Comments | Last updated | Updated by | Sort key | Board report?'; frozen under the header, autofilter; columns F (Days to due, =E−TODAY() formulas) and M (Sort key) HIDDEN. Status is a FORMULA (=IF(G<>\"\",\"Complete\",IF(E<TODAY(),\"Overdue\",\"Open\"))) whose cached word is coloured only by CONDITIONAL FORMATTING (Complete green, Overdue red, Open uncoloured); a footnote explains it and gives the save date. Judgement calls: status = the cached formula word as saved (15/02/2019), rag from the conditional format (Open → null); completed = Date completed as shown (dd/mm/yyyy), '' when empty; due = Due date, never Date completed or Last updated; lead = Owner, never 'Updated by' (the person who last edited the row); progress = Comments (BIC-W8 and BIC-W9 empty → ''); 'Evidence of completion' is not progress or outcome; the hidden helper numbers are not dues or statuses; indicators from 'Indicator n' / 'Indicators 5 & 6'; 'Board report?' Yes/No is not a status; theme null.",
    { wide: { headerRow: hdr }, cols: { ref: 'A', action: 'C', lead: 'D', due: 'E', completed: 'G', status: 'H', progress: 'J' }, hidden: ['F', 'M'], indCol: 'B', frozen: [0, hdr], notFrom: ['I', 'K', 'L', 'N'], cfWords: { col: 'H' }, words: WORDS, ragCol: 'H', mode: 'word' });
}
