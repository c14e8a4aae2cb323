// holdout32-wres-2023-24-marshbrook: the plan as an acute trust's EDI lead keeps it – someone who lives in Excel: frozen header,
// autofilter, a Status drop-down fed from a hidden 'Lists' sheet, conditional formatting on the status words, grey calculated helper
// columns ('Days left', 'Due qtr'), a hidden sort-helper column, a % done column, dated update lines newest first, and a small grey
// 8pt count line under the table.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Marshbrook Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout32-wres-2023-24-marshbrook', sheet: 'WRES 23-24', standard: 'WRES', period: '2023-24', trust,
    widths: [8, 7, 52, 20, 11, 11, 13, 8, 8, 10, 58, 4], font: { name: 'Calibri', size: 11 } });
  const ws = p.ws; const f = { name: 'Calibri', size: 11 };
  p.line([`${trust} – WRES action tracker 2023/24`], { style: { bold: true, font: { size: 14 } } });
  p.line(['Owner: EDI Lead. Last updated 14/11/2023 (v7). Filter on Status to see what is open. Please don\'t type in the grey columns – they calculate.'], { style: { italic: true } });
  p.blank();
  const GREYH = { fill: C.grey, italic: true };
  const hr = p.header(['ID', 'Ind', 'Action', 'Owner', 'Start', 'Due', 'Status', '% done', 'Days left', 'Due qtr', 'Latest update (newest first)', 'sort'],
    { style: { fill: 'FF1F4E78', color: C.white }, styles: [{}, {}, {}, {}, {}, {}, {}, {}, { ...GREYH, color: C.black }, { ...GREYH, color: C.black }, {}, { ...GREYH, color: C.black }] });
  const today = D(2023, 11, 14);
  const qtr = (d) => { const m = d.getUTCMonth() + 1; const q = m >= 4 && m <= 6 ? 1 : m <= 9 && m >= 7 ? 2 : m >= 10 ? 3 : 4; const y = m >= 4 ? d.getUTCFullYear() : d.getUTCFullYear() - 1; return `Q${q} ${String(y).slice(2)}/${String(y + 1).slice(2)}`; };
  const A = [
    ['W23-01', '2', 'Put a trained inclusion panel member on every interview panel for posts at Band 7 and above, and log panel make-up in TRAC.', 'Head of Resourcing', D(2023, 4, 3), D(2023, 9, 29), 'Complete', 1, '02/10 – 100% of Band 7+ panels in Sept had a trained member; logging now mandatory in TRAC.\n11/07 – pool of 46 trained panel members.'],
    ['W23-02', '1, 9', 'Set and publish ethnicity representation goals for Bands 8a to VSM and for the Board, stepped to 2028.', 'Director of People', D(2023, 5, 1), D(2023, 12, 15), 'In progress', 0.6, '09/11 – goals agreed at People Committee; Board paper drafted for December.'],
    ['W23-03', '5/6', 'Launch a speak-up route for racist abuse from patients and visitors, with a ward-level support pack and a named contact in each division.', 'Head of Patient Experience', D(2023, 6, 1), D(2023, 10, 31), 'Overdue', 0.4, '06/11 – pack printed; divisional contacts still not named in Surgery and Medicine.\n04/09 – pack drafted with the Race Equality Network.'],
    ['W23-04', '3', 'Review every formal disciplinary case for ethnic minority staff at the decision stage, using a second-look panel chaired outside the division.', 'Employee Relations Manager', D(2023, 4, 3), D(2024, 3, 31), 'In progress', 0.5, '01/11 – 7 cases reviewed since April; 2 taken to informal route.'],
    ['W23-05', '4', 'Publish who gets funded CPD by ethnicity and band every quarter, starting with nursing and AHP budgets.', 'Head of Education', D(2023, 7, 3), D(2024, 1, 31), 'Not started', 0, ''],
    ['W23-06', '7', 'Run a reciprocal mentoring cohort pairing twelve executives and senior leaders with ethnic minority colleagues.', 'Head of OD', D(2023, 5, 15), D(2024, 3, 29), 'In progress', 0.3, '10/10 – 12 pairs matched; first joint session 23/11.'],
    ['W23-07', '8', 'Add a race equality question to the managers\' monthly check-in template so that discrimination concerns are raised and logged.', 'Head of OD', D(2023, 9, 1), D(2024, 2, 29), 'On hold', 0.1, '03/11 – on hold until the new appraisal system goes live (Feb 24).'],
    ['W23-08', '1', 'Hold career conversations with every ethnic minority nurse and midwife at Band 5 who has been in post more than three years.', 'Deputy Chief Nurse', D(2023, 6, 1), D(2024, 3, 31), 'In progress', 0.45, '08/11 – 118 of 260 conversations done; themes going to Nursing Board in Jan.'],
    ['W23-09', '6', 'Give every team leader in Estates and Facilities a half-day session on challenging bullying, with the Freedom to Speak Up Guardian.', 'Head of Estates', D(2023, 4, 17), D(2023, 7, 31), 'Complete', 1, '28/07 – 31 of 33 team leaders attended; two booked for September.'],
    ['W23-10', '2', 'Remove the requirement for a degree from Band 6 and 7 admin and clerical adverts where the role does not need one.', 'Head of Resourcing', D(2023, 10, 2), D(2024, 3, 31), 'Not started', 0, ''],
  ];
  const CF_WORDS = { Complete: 'green', 'In progress': 'amber', Overdue: 'red', 'Not started': null, 'On hold': null };
  const first = p.r + 1;
  for (const [id, ind, act, owner, start, due, st, pc, upd] of A) {
    const r = p.r + 1;
    const days = st === 'Complete' ? '' : Math.round((due - today) / 86400000);
    const inds = ind.match(/\d/g);
    p.action([id, ind, act, owner, start, due, st, pc, { formula: `IF(G${r}="Complete","",F${r}-DATE(2023,11,14))`, result: days }, { formula: `"Q"&IF(MONTH(F${r})>3,ROUNDUP((MONTH(F${r})-3)/3,0),4)&" "&TEXT(F${r},"yy")`, result: qtr(due) }, upd || undefined, { formula: `VALUE(LEFT(B${r},1))`, result: +ind[0] }],
      { ref: id, indicators: inds, action: act, lead: owner, due: shown(due, 'dd/mm/yyyy'), status: st, rag: CF_WORDS[st], progress: upd.replace(/\n/g, ' ') },
      { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: 'dd/mm/yyyy' }, { numFmt: 'dd/mm/yyyy' }, {}, { numFmt: '0%' }, { fill: C.palegrey, color: 'FF595959' }, { fill: C.palegrey, color: 'FF595959' }, {}, { fill: C.palegrey, color: 'FF595959' }] });
    ws.getCell(`G${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['Lists!$A$2:$A$6'] };
  }
  const last = p.r;
  ws.getColumn(12).hidden = true;
  ws.addConditionalFormatting({ ref: `G${first}:G${last}`, rules: [
    { type: 'containsText', operator: 'containsText', text: 'Complete', priority: 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: C.goodG } } } },
    { type: 'containsText', operator: 'containsText', text: 'In progress', priority: 2, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: C.neutralA } } } },
    { type: 'containsText', operator: 'containsText', text: 'Overdue', priority: 3, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: C.badR } } } },
  ] });
  p.blank();
  const sm = { color: 'FF808080', font: { size: 8 } };
  const tot = p.line([undefined, undefined, 'count', { formula: `COUNTA(C${first}:C${last})`, result: 10 }, 'complete', { formula: `COUNTIF(G${first}:G${last},"Complete")`, result: 2 }, 'overdue', { formula: `COUNTIF(G${first}:G${last},"Overdue")`, result: 1 }, 'avg %', { formula: `AVERAGE(H${first}:H${last})`, result: 0.435 }],
    { styles: [{}, {}, { ...sm, alignment: { horizontal: 'right' } }, sm, { ...sm, alignment: { horizontal: 'right' } }, sm, { ...sm, alignment: { horizontal: 'right' } }, sm, { ...sm, alignment: { horizontal: 'right' } }, { ...sm, numFmt: '0%' }] });
  ws.views = [{ state: 'frozen', ySplit: hr, xSplit: 3 }];
  ws.autoFilter = `A${hr}:K${last}`;
  const L = book.wb.addWorksheet('Lists', { state: 'hidden' });
  ['Status', 'Not started', 'In progress', 'Complete', 'On hold', 'Overdue'].forEach((v, i) => { L.getCell(`A${i + 1}`).value = v; });
  ['Owner', 'Director of People', 'Head of Resourcing', 'Head of OD', 'Head of Education', 'Employee Relations Manager', 'Deputy Chief Nurse', 'Head of Patient Experience', 'Head of Estates'].forEach((v, i) => { L.getCell(`C${i + 1}`).value = v; });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust) as its EDI lead keeps it, an everyday Excel user: a title, an italic line (owner, last updated 14/11/2023, v7, 'don't type in the grey columns – they calculate'), a blank row, then a dark-blue header 'ID | Ind | Action | Owner | Start | Due | Status | % done | Days left | Due qtr | Latest update (newest first) | sort' (row 4), frozen below the header and right of the action, with an autofilter. Status is a drop-down fed from a HIDDEN 'Lists' sheet and coloured only by conditional formatting (Complete pale green, In progress pale amber, Overdue pale red; Not started and On hold uncoloured). 'Days left' and 'Due qtr' are grey FORMULA helper columns (numbers like -14 and labels like 'Q3 23/24'); column L 'sort' is a HIDDEN helper formula taking the first digit of Ind; '% done' is a 0% number. Under the table, after a blank row, a small grey 8pt count line of formulas (count / complete / overdue / avg %). Judgement calls: every ID row is an action (ref = ID); indicators from Ind ('1, 9' → ['1','9']; '5/6' → ['5','6']), never from the hidden sort helper; lead = Owner; due = Due as displayed (dd/mm/yyyy), never Start, never Days left or Due qtr; status = the Status word, rag = the conditional-format colour it gets (Complete green, In progress amber, Overdue red, Not started / On hold null); % done is not the status; progress = the whole update cell (dated lines newest first, line break read as a space), '' where empty; the count line and the title lines are not actions; theme null (no section rows).",
    { mode: 'word', ragCol: 'G', words: CF_WORDS, dueFrom: ['F'], helpers: { hiddenCol: 'L', listSheet: 'Lists' }, notFrom: ['E', 'H', 'I', 'J', 'L'], dataRows: [tot] });
}
