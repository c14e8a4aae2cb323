// holdout34-wdes-2020-21-brackenfold: a GOOGLE SHEET downloaded as .xlsx – Google's chip colours on the status dropdown, a
// checkbox column that arrives as TRUE/FALSE, HYPERLINK formulas, an IMPORTRANGE wrapped by Google in __xludf.DUMMYFUNCTION with
// its cached value, comments turned into notes, and the 'Copy of Tracker' tab someone made as a backup left behind the real tab.
import { Book, Plan, D } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout34-wdes-2020-21-brackenfold', sheet: 'Tracker', standard: 'WDES', period: '2020-21', trust: 'Brackenfold Partnership NHS Foundation Trust', widths: [5, 9, 62, 24, 12, 14, 9, 14, 18, 14], font: { name: 'Arial', size: 10 } });
  const ws = p.ws;
  const FILL = { Complete: 'FFD4EDBC', 'In progress': 'FFFFE5A0', Delayed: 'FFFFCFC9', 'Not started': 'FFE6E6E6' };
  p.line(['WDES action tracker 2020/21 – Brackenfold Partnership NHS Foundation Trust'], { merge: ['A', 'J'], style: { bold: true, font: { size: 14 } } });
  p.line(['Please only edit the Status, Done? and Evidence columns. Metric scores pull through from the WDES data sheet.'], { merge: ['A', 'J'], style: { italic: true, color: 'FF666666' } });
  p.header(['#', 'Metric', 'Action', 'Owner', 'Due', 'Status', 'Done?', 'Date completed', 'Evidence', 'Metric score'], { border: false, style: { fill: 'FF434343', color: 'FFFFFFFF' } });
  ws.views = [{ state: 'frozen', ySplit: 3 }];
  const dd = { numFmt: 'dd/mm/yyyy' };
  const rows = [
    [1, 'M1', 'Run a "Declare it" campaign with the Disability & Wellbeing Network explaining why staff should update their disability status on ESR', 'Lena Ward', D(2020, 11, 30), 'Complete', true, D(2020, 11, 27), 'https://drive.google.com/drive/folders/1dW-decl', 0.041, ['1'], 'Lena Ward'],
    [2, 'M2', 'Include the Disability Confident guaranteed interview wording in all job adverts and check a sample of 20 adverts a quarter', 'Recruitment team', D(2020, 9, 30), 'Complete', true, D(2020, 10, 5), 'https://drive.google.com/drive/folders/1dW-adv', 1.32, ['2'], 'Recruitment team'],
    [3, 'M3', 'Add disability to the monitoring of staff entering the formal capability process and report to the People Committee', 'Employee relations', 'Q4', 'In progress', false, null, null, 2.05, ['3'], 'Employee relations'],
    [4, 'M4', 'Give managers a short guide on responding to disability-related harassment, written with the Network', 'Lena Ward / Dr Omar Haddad', D(2021, 1, 29), 'Delayed', false, null, null, 0.291, ['4'], 'Lena Ward / Dr Omar Haddad'],
    [5, 'M5, M6', 'Ask the staff survey provider for a breakdown of the disability questions by directorate and share it with each directorate leadership team', 'Staff experience lead', D(2021, 3, 31), 'Not started', false, null, null, 0.52, ['5', '6'], 'Staff experience lead'],
    [6, 'M8', 'Set up a workplace adjustments fund held centrally so that managers do not pay for adjustments from ward budgets', 'Deputy Director of Finance', D(2020, 12, 18), 'In progress', false, null, 'https://drive.google.com/drive/folders/1dW-fund', 0.63, ['8'], 'Deputy Director of Finance'],
    [7, 'M9', 'Move Network meetings online and record them so that staff on night shifts can take part', 'Disability & Wellbeing Network chair', D(2020, 7, 31), 'Complete', true, D(2020, 7, 22), null, 0.361, ['9'], 'Disability & Wellbeing Network chair'],
    [8, 'M10', 'Recruit a Non-Executive Director to act as the Board champion for disabled staff', 'Trust Chair', D(2021, 3, 31), 'In progress', false, null, null, 0, ['10'], 'Trust Chair'],
  ];
  for (const [n, m, act, who, due, st, done, comp, link, score, inds] of rows) {
    const evid = link ? { formula: `HYPERLINK("${link}","Evidence folder")`, result: 'Evidence folder' } : null;
    const sc = { formula: `IFERROR(__xludf.DUMMYFUNCTION("IMPORTRANGE(""https://docs.google.com/spreadsheets/d/1Qk7-wdes-data"",""Metrics!D${n + 4}"")"),${score})`, result: score };
    const dueShown = due instanceof Date ? [String(due.getUTCDate()).padStart(2, '0'), String(due.getUTCMonth() + 1).padStart(2, '0'), due.getUTCFullYear()].join('/') : due;
    const compShown = comp ? [String(comp.getUTCDate()).padStart(2, '0'), String(comp.getUTCMonth() + 1).padStart(2, '0'), comp.getUTCFullYear()].join('/') : '';
    const r = p.action([n, m, act, who, due, st, done, comp, evid, sc], { ref: String(n), theme: null, indicators: inds, action: act, lead: who, due: dueShown, status: st, rag: { Complete: 'green', 'In progress': 'amber', Delayed: 'red' }[st] ?? null, completed: compShown }, { border: false, styles: [{}, {}, {}, {}, dd, { fill: FILL[st] }, {}, dd, { color: 'FF1155CC' }, { numFmt: '0.00' }] });
    if (n === 4) ws.getCell(`E${r}`).note = 'Omar Haddad:\nNetwork asked to see a draft first – can we push this to end of Feb?\n\nLena Ward:\nYes, will update once agreed.';
    if (n === 8) ws.getCell(`C${r}`).note = 'Trust Chair:\nRecruitment round opens in February.';
  }
  ws.dataValidations.add('F4:F200', { type: 'list', allowBlank: true, formulae: ['"Not started,In progress,Delayed,Complete"'] });
  // the backup copy someone made before the autumn review
  const cp = book.wb.addWorksheet('Copy of Tracker');
  cp.getCell('A1').value = 'WDES action tracker 2020/21 – Brackenfold Partnership NHS Foundation Trust';
  ['#', 'Metric', 'Action', 'Owner', 'Due', 'Status'].forEach((h, i) => { cp.getRow(3).getCell(i + 1).value = h; });
  rows.slice(0, 5).forEach((x, i) => { [x[0], x[1], x[2], x[3], x[4], i < 2 ? 'In progress' : 'Not started'].forEach((v, j) => { const c = cp.getRow(4 + i).getCell(j + 1); c.value = v; if (j === 4 && v instanceof Date) c.numFmt = 'dd/mm/yyyy'; }); });
  p.saveGold('Google Sheet downloaded as .xlsx (a mental health trust). Sheet \'Tracker\': a merged title naming the tracker, year and trust, an italic editing instruction, a dark header \'# | Metric | Action | Owner | Due | Status | Done? | Date completed | Evidence | Metric score\' (frozen), eight actions. Quirks of the route: the Status dropdown keeps Google\'s pale chip colours as fills (pale green Complete, pale yellow In progress, pale red Delayed, grey Not started); the Done? checkbox comes out as TRUE/FALSE; Evidence is a HYPERLINK formula showing \'Evidence folder\'; Metric score is an IMPORTRANGE that Google wrapped as IFERROR(__xludf.DUMMYFUNCTION(…), cached value); two comment threads came across as cell notes (one asks to move a due date – the sheet still shows the old one); one due typed \'Q4\'. A second tab \'Copy of Tracker\' is an older partial backup of the first five rows and is not the plan. Judgement calls: the plan is the \'Tracker\' tab; ref = the # number; metrics \'M1\'…\'M10\' (2020-21, so the pre-2021 whole metrics 4 and 9); lead = Owner as written (\'Lena Ward / Dr Omar Haddad\' kept whole); due = Due as shown (dd/mm/yyyy, or \'Q4\'), not the date suggested in the note; status = the dropdown word; rag from the chip colour (green / amber / red; grey Not started = null); completed = Date completed where filled; Done?, Evidence and Metric score are context and give no field; no theme.', { rag: { col: 'F', fills: { FFD4EDBC: 'green', FFFFE5A0: 'amber', FFFFCFC9: 'red' } }, exact: { ref: 'A', lead: 'D', due: 'E', status: 'F', completed: 'H' }, notFrom: ['G', 'I', 'J'] });
  await book.save('holdout34-wdes-2020-21-brackenfold.xlsx');
}
