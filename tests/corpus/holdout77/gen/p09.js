// holdout77-wres-2025-26-brooksby: PRIMARY CARE COLLABORATIVE of twelve GP practices that adopted the WRES and the WDES voluntarily, ONE
// JOINT race and disability plan, Aptos Narrow 11. An EXCEL TABLE 'Actions' (TableStyleMedium7, banded rows) 'Ref | What we will do | Tags |
// Practice(s) | Who leads | When | Where is it? | Notes'; the HIA, the WRES indicator, the WDES metric and the Sexual Safety Charter are
// all HASHTAGS in one Tags cell ('#HIA6 #WRES5 #WDES4a'), in no fixed order; kanban-style status words from a drop-down, coloured by
// 'cell value equal to' rules; 'When' typed as text ('Oct-25', 'Ongoing'). Read as the WRES plan (file name): every row is an action.
import { Book, Plan, C, colLetter } from './lib.js';
const WORDS = { Done: [C.lightblue, 'blue'], Doing: ['FFE2EFDA', 'green'], Stuck: [C.badR, 'red'], 'To do': [null, null] };
function makeTable(p, name, headerRow, lastRow, style) {
  const ws = p.ws; const columns = []; const rows = [];
  for (let c = p.startCol; c <= p.lastCol; c++) columns.push({ name: String(ws.getRow(headerRow).getCell(c).value), filterButton: true });
  for (let r = headerRow + 1; r <= lastRow; r++) { const row = []; for (let c = p.startCol; c <= p.lastCol; c++) { const v = ws.getRow(r).getCell(c).value; row.push(v === undefined ? null : v); } rows.push(row); }
  ws.addTable({ name, displayName: name, ref: `${colLetter(p.startCol)}${headerRow}`, headerRow: true, totalsRow: false, style: { theme: style, showRowStripes: true }, columns, rows });
}
export async function build() {
  const book = new Book();
  const trust = 'Brooksby Primary Care Collaborative';
  const p = new Plan(book, { name: 'holdout77-wres-2025-26-brooksby', sheet: 'Plan 2025-26', standard: 'WRES', period: '2025-26', trust, widths: [6, 58, 24, 26, 30, 10, 12, 40], font: { name: 'Aptos Narrow', size: 11 } });
  const ws = p.ws;
  p.line([`${trust} – Race and Disability Equality Action Plan 2025/26`], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 }, color: 'FF0F6E6E' } });
  p.line(['Twelve practices and the GP federation have chosen to follow the Workforce Race Equality Standard (WRES) and the Workforce Disability Equality Standard (WDES). Agreed at the collaborative board, 11 September 2025.'], { merge: ['A', 'H'], height: 30 });
  p.line(['Tags: #HIA1–#HIA6 = the High Impact Actions of the NHS EDI Improvement Plan; #WRES + number = a WRES indicator; #WDES + number = a WDES metric; #SSC = the NHS Sexual Safety Charter.'], { merge: ['A', 'H'], height: 30, style: { italic: true, color: 'FF404040' } });
  p.blank();
  const h = p.header(['Ref', 'What we will do', 'Tags', 'Practice(s)', 'Who leads', 'When', 'Where is it?', 'Notes'], { border: false, style: { alignment: { vertical: 'middle', wrapText: true } } });
  ws.views = [{ state: 'frozen', ySplit: h }];
  const data = [
    ['A1', 'Use the same anonymised application form at every practice for salaried GP, practice nurse and reception posts.', '#HIA2 #WRES2 #WDES2', ['2'], 'All 12 practices', 'Collaborative Workforce Lead', 'Oct-25', 'Done', 'In use at 11 of the 12 practices; Meadowbank joins in January.'],
    ['A2', 'Make the offer of adjustments at interview part of every practice’s standard invitation letter.', '#HIA2 #WDES2', [], 'All 12 practices', 'Collaborative Workforce Lead', 'Oct-25', 'Done', 'Template letter shared.'],
    ['A3', 'Agree one zero-tolerance message and a reception-desk script for racist or disablist abuse from patients, with removal from the list as the last step.', '#HIA6 #WRES5 #WDES4a', ['5'], 'All 12 practices', 'Clinical Director', 'Nov-25', 'Doing', 'Script drafted; the LMC is checking the wording on removal.'],
    ['A4', 'Set up a confidential route for staff to raise discrimination by a partner or manager with someone outside their own practice.', '#HIA6 #WRES8 #WRES6 #WDES4a', ['8', '6'], 'All 12 practices', 'Freedom to Speak Up Guardian (GP federation)', 'Dec-25', 'Doing', 'Guardian appointed; route goes live in January.'],
    ['A5', 'Offer every receptionist and administrator the care navigator development pathway, with at least a third of places for ethnic minority staff.', '#WRES4 #HIA2', ['4'], 'Brooksby Medical Centre; Wreake Valley Surgery', 'Training Hub Lead', 'Mar-26', 'To do', ''],
    ['A6', 'Pay for workplace adjustments from the collaborative’s shared fund so that small practices are not put off.', '#HIA4 #WDES8', [], 'All 12 practices', 'Collaborative Finance Lead', 'Jan-26', 'Stuck', 'The partners’ board has not yet agreed the size of the fund.'],
    ['A7', 'Sign the Sexual Safety Charter as a collaborative and brief every practice team on it.', '#HIA6 #SSC', [], 'All 12 practices', 'Clinical Director', 'Sep-25', 'Done', 'Signed 19 September; briefings done at all practices.'],
    ['A8', 'Give internationally trained GPs and nurses who join a practice a named buddy and a local induction to the area and its services.', '#HIA5 #WRES7', ['7'], 'Practices taking international recruits', 'Training Hub Lead', 'Ongoing', 'Doing', 'Three buddies in place.'],
    ['A9', 'Collect ethnicity and disability data for all practice staff through the national workforce tool and report it to the collaborative board.', '#HIA1 #WRES1 #WDES1', ['1'], 'All 12 practices', 'Collaborative Workforce Lead', 'Mar-26', 'To do', ''],
    ['A10', 'Report the make-up of the collaborative board and the practice partners by ethnicity and disability every year.', '#WDES10 #WRES9 #HIA1', ['9'], 'GP federation', 'Collaborative Chair', 'Mar-26', 'To do', ''],
  ];
  for (const [ref, action, tags, inds, where, who, when, st, notes] of data)
    p.action([ref, action, tags, where, who, when, st, notes], { ref, indicators: inds, action, lead: who, due: when, status: st, rag: WORDS[st][1], progress: notes }, { border: false, styles: [{}, {}, { color: 'FF0F6E6E' }, {}, {}, {}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}] });
  const first = h + 1, last = p.r;
  makeTable(p, 'Actions', h, last, 'TableStyleMedium7');
  for (let r = first; r <= last; r++) ws.getCell(`G${r}`).dataValidation = { type: 'list', allowBlank: true, showErrorMessage: true, formulae: ['"To do,Doing,Stuck,Done"'] };
  ws.addConditionalFormatting({ ref: `G${first}:G${last}`, rules: Object.entries(WORDS).filter(([, v]) => v[0]).map(([w, [fill]], i) => ({ type: 'cellIs', operator: 'equal', formulae: [`"${w}"`], priority: i + 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: fill } } } })) });
  p.blank();
  p.line(['Where is it? Done = blue, Doing = green, Stuck = red, To do = no colour. Contact: Collaborative Workforce Lead via the federation inbox.'], { merge: ['A', 'H'], style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional primary care collaborative of twelve GP practices that adopted the WRES and the WDES voluntarily), ONE JOINT RACE AND DISABILITY PLAN, Aptos Narrow 11. Sheet 'Plan 2025-26': a teal title naming the collaborative, a paragraph (twelve practices and the GP federation follow both standards; agreed 11 September 2025), an italic TAG KEY line, a blank row, then an EXCEL TABLE 'Actions' (TableStyleMedium7, banded rows, filter buttons) with header 'Ref | What we will do | Tags | Practice(s) | Who leads | When | Where is it? | Notes' (row 5, frozen) and ten actions (rows 6–15); a status key line at the foot. The TAGS cell holds hashtags in no fixed order – '#HIA6 #WRES8 #WRES6 #WDES4a', '#WRES4 #HIA2', '#WDES10 #WRES9 #HIA1', '#HIA6 #SSC'. 'Where is it?' is a kanban status from a drop-down (To do / Doing / Stuck / Done), coloured by 'cell value equal to' rules (Done light blue, Doing light green, Stuck light red; To do none). 'When' is typed text ('Oct-25', 'Ongoing'). Judgement calls: read as the WRES plan (the file's standard; the workbook names both); EVERY ROW IS AN ACTION (none ambiguous) – the disability-only rows (A2, A6) and the charter row (A7) stay actions with []; indicators = the numbers of the #WRES tags in the order written ('#HIA6 #WRES8 #WRES6 #WDES4a' → ['8','6']), never #WDES (so A3's '#WDES4a' adds nothing), #HIA or #SSC; lead = Who leads as written; Practice(s) is a context column, no lead or theme; due = When as typed; status = the kanban word, rag from its conditional colour (Done → blue, Doing → green, Stuck → red, To do → null); progress = Notes; theme null; the agreement date is no due.", { ragCol: 'G', mode: 'word', words: Object.fromEntries(Object.entries(WORDS).map(([w, v]) => [w, v[1]])), cfWords: { col: 'G' }, notFrom: ['C', 'D'], indRe: { col: 'C', re: '#WRES(\\d)' }, otherStd: { col: 'C', own: '#WRES', min: 3 }, hia: { col: 'C', re: '#HIA([1-6])' }, table77: { name: 'Actions', headerRow: h }, dv: ['G'], fieldCols: { lead: 'E', due: 'F', status: 'G', progress: 'H', ref: 'A' }, forbidden: ['11 September 2025'] });
}
