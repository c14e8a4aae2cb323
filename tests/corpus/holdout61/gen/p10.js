// holdout61-wdes-2021-22-kelbrook: a CCG's EDI plan in TWO SHEETS – a 'Key' sheet decoding one-letter CODES (R = WRES, D = WDES, G, E, M,
// N, L) and the plan sheet whose first column is the code ('D4a', 'D5/D6', 'D', 'R6', 'G', 'M'); status words in coloured fonts.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Kelbrook and Slade Clinical Commissioning Group';
  const key = book.wb.addWorksheet('Key');
  key.getColumn(1).width = 10; key.getColumn(2).width = 80;
  const kr = [[trust], ['How to read the EDI plan codes'], [], ['Code', 'Meaning'], ['R', 'Workforce Race Equality Standard – Rn = WRES indicator n'], ['D', 'Workforce Disability Equality Standard – Dn = WDES metric n; D on its own = disability work not tied to one metric'], ['G', 'Gender pay gap'], ['E', 'Equality Delivery System (EDS2)'], ['M', 'Menopause'], ['N', 'Neurodiversity'], ['L', 'LGBTQ+ inclusion']];
  kr.forEach((v, i) => { const row = key.getRow(i + 1); v.forEach((x, j) => { row.getCell(j + 1).value = x; row.getCell(j + 1).font = { name: 'Arial', size: 10, bold: i < 2 || i === 3 }; }); });
  const p = new Plan(book, { name: 'holdout61-wdes-2021-22-kelbrook', sheet: 'EDI Plan 2021-22', standard: 'WDES', period: '2021-22', trust, widths: [9, 58, 30, 13, 13, 44] });
  p.line([`${trust} – EDI Plan 2021-22`], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['Codes are explained on the Key sheet. Status colours: green = complete, amber = in progress, red = deferred, black = not started.'], { merge: ['A', 'F'], style: { italic: true } });
  p.blank();
  p.header(['Code', 'Action', 'Accountable', 'Deadline', 'Status', 'Evidence of completion'], { style: { fill: C.grey } });
  const F = 'dd mmm yyyy';
  const S = { Complete: ['FF00823B', 'green'], 'In progress': [C.orange, 'amber'], Deferred: [C.darkred, 'red'], 'Not started': [C.black, null] };
  const rows = [
    ['D1', 'Run a "Count Me In" week asking staff to update their disability status on ESR.', 'Head of Workforce (CSU HR service)', D(2021, 11, 30), 'Complete', 'Declared rate 3.2% → 7.9%.'],
    ['D4a', 'Include disability in the bullying and harassment advice line\'s case categories and report the numbers each quarter.', 'HR Business Partner', D(2021, 9, 30), 'Complete', 'Categories changed; Q3 report to the People Forum.'],
    ['D5/D6', 'Give managers guidance on flexible working and pressure to attend work while unwell.', 'HR Business Partner', D(2022, 1, 31), 'In progress', 'Guidance drafted.'],
    ['D', 'Make the CCG\'s hybrid-working pattern accessible: screen readers, captions on all Teams meetings, accessible documents template.', 'Head of IT and Digital', D(2021, 12, 31), 'Complete', 'Captions on by default since October.'],
    ['R6', 'Repeat the civility and respect sessions for all teams, with examples of racist behaviour from the staff survey comments.', 'Organisational Development Lead', D(2022, 2, 28), 'In progress', 'Five of nine teams done.'],
    ['G', 'Publish the gender pay gap and explain the gap in senior commissioning roles.', 'Head of Workforce (CSU HR service)', D(2022, 3, 31), 'Not started', ''],
    ['E', 'Complete the EDS2 grading for goal 3 with staff and the union ahead of the move to the ICB.', 'Equality and Inclusion Lead', D(2022, 3, 31), 'Deferred', 'Deferred: the ICB will use EDS 2022.'],
    ['M', 'Sign the menopause workplace pledge and set up a monthly peer-support call.', 'Equality and Inclusion Lead', D(2021, 10, 31), 'Complete', 'Pledge signed 18 October.'],
    ['N', 'Buy a neurodiversity e-learning module and offer it to all line managers.', 'Organisational Development Lead', D(2022, 3, 31), 'In progress', '31 managers completed.'],
    ['D9a', 'Share the WDES survey results with the Disabled Staff Group before the report goes to the Governing Body.', 'Equality and Inclusion Lead', D(2021, 8, 31), 'Complete', 'Shared at the August meeting.'],
    ['D', 'Tell every new starter about Access to Work at induction and help them apply.', 'Head of Workforce (CSU HR service)', D(2021, 7, 31), 'Complete', 'Added to the induction checklist.'],
    ['L', 'Join the NHS Rainbow Badge scheme and brief staff on it.', 'Equality and Inclusion Lead', D(2022, 2, 28), 'Not started', ''],
  ];
  const other = [];
  for (const [code, act, lead, due, st, ev] of rows) {
    const inds = [...code.matchAll(/D(\d+[ab]?)/g)].map((m) => m[1]);
    const r = p.action([code, act, lead, due, st, ev], { indicators: inds, action: act, lead, due: shown(due, F), status: st, rag: S[st][1], progress: ev },
      { styles: [{ bold: true, alignment: { horizontal: 'center' } }, {}, {}, { numFmt: F }, { color: S[st][0], bold: true }] });
    if (!inds.length) other.push(r);
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional clinical commissioning group, its last year before the ICB) kept as ONE EDI PLAN IN TWO SHEETS: a 'Key' sheet (the CCG's name, 'How to read the EDI plan codes', a Code | Meaning table: R = WRES (Rn = indicator n), D = WDES (Dn = metric n; D alone = disability work not tied to a metric), G gender pay gap, E EDS2, M menopause, N neurodiversity, L LGBTQ+ inclusion) and the plan sheet 'EDI Plan 2021-22' (the gold): a title naming the CCG and plan, a line pointing to the Key and giving the status colours, a blank row, one grey header 'Code | Action | Accountable | Deadline | Status | Evidence of completion' (row 4) and twelve actions. Judgement calls: every row is an action of the plan, whatever its code; indicators only from a D-code naming a metric ('D4a' → ['4a'], 'D5/D6' → ['5','6'], 'D9a' → ['9a']); 'D' alone names no metric → []; 'R6' is WRES indicator 6, not WDES metric 6 → []; G, E, M, N and L rows → []; ref '' (the code is a framework code, not a reference – 'D' appears twice); due = Deadline shown as dd mmm yyyy; status = the word as written, rag from its FONT colour per the title line (green = complete, orange/amber = in progress, dark red = deferred, black = not started → rag null); progress = 'Evidence of completion' ('' on the two not-started rows); lead = Accountable as written; theme null; the Key sheet is not actions.", { mode: 'font', ragCol: 'E', otherWork: other, indFrom: { col: 'A', re: 'D(\\d+[ab]?)' }, leadCol: 'C', progressCol: 'F' });
}
