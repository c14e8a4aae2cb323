// holdout77-wdes-2026-27-caldmoor: INTEGRATED CARE BOARD formed by MERGER on 1 April 2026 (its own staff), Aptos 10. Title, a paragraph
// naming the two former ICBs, a document-control line (owner, version, approval), an EMOJI status key, then an EXCEL TABLE 'tblWDES2627'
// (TableStyleMedium4, banded rows) 'Ref | WDES metric | High Impact Action | What we will do | How we will know (success measure) | Owner |
// Due | Status | Evidence'; Status chosen from a drop-down of coloured-circle emoji words; HIA from a drop-down of short titles; due
// real dates shown mmm-yy (one 'Quarterly'); evidence as HYPERLINK formulas.
import { Book, Plan, C, D, shown, colLetter } from './lib.js';
const F = 'mmm-yy';
const WORDS = { '🔵 Complete': 'blue', '🟢 On track': 'green', '🟠 At risk': 'amber', '🔴 Off track': 'red', '⚪ Not started': null };
const SP = 'https://caldmoorswalefordicb.sharepoint.com/sites/People/WDES/2026-27/';
function makeTable(p, name, headerRow, lastRow, style) {
  const ws = p.ws; const columns = []; const rows = [];
  for (let c = p.startCol; c <= p.lastCol; c++) columns.push({ name: String(ws.getRow(headerRow).getCell(c).value), filterButton: true });
  for (let r = headerRow + 1; r <= lastRow; r++) { const row = []; for (let c = p.startCol; c <= p.lastCol; c++) { const v = ws.getRow(r).getCell(c).value; row.push(v === undefined ? null : v); } rows.push(row); }
  ws.addTable({ name, displayName: name, ref: `${colLetter(p.startCol)}${headerRow}`, headerRow: true, totalsRow: false, style: { theme: style, showRowStripes: true }, columns, rows });
}
export async function build() {
  const book = new Book();
  const trust = 'NHS Caldmoor and Swaleford Integrated Care Board';
  const p = new Plan(book, { name: 'holdout77-wdes-2026-27-caldmoor', sheet: 'WDES 2026-27', standard: 'WDES', period: '2026-27', trust, widths: [10, 15, 24, 52, 40, 28, 10, 15, 16], font: { name: 'Aptos', size: 10 } });
  const ws = p.ws;
  p.line([trust], { merge: ['A', 'I'], style: { bold: true, font: { size: 14 }, color: C.darkblue } });
  p.line(['Workforce Disability Equality Standard (WDES) action plan 2026/27 – the ICB as an employer'], { merge: ['A', 'I'], style: { bold: true, font: { size: 11 } } });
  p.line(['Our ICB was formed on 1 April 2026 from NHS Caldmoor ICB and NHS Swaleford ICB. This is the first WDES plan of the new organisation; it uses the combined 2025 WDES data of the two former ICBs and the 2025 NHS Staff Survey.'], { merge: ['A', 'I'], height: 28 });
  p.line(['Document owner: Associate Director of People and OD  |  Version 1.2  |  Approved by the Executive Committee on 28 May 2026'], { merge: ['A', 'I'], style: { italic: true, color: 'FF595959' } });
  p.line(['Status key:  🔵 Complete   🟢 On track   🟠 At risk   🔴 Off track   ⚪ Not started'], { merge: ['A', 'I'] });
  p.blank();
  const h = p.header(['Ref', 'WDES metric', 'High Impact Action', 'What we will do', 'How we will know (success measure)', 'Owner', 'Due', 'Status', 'Evidence'], { border: false, style: { alignment: { vertical: 'middle', wrapText: true } } });
  ws.views = [{ state: 'frozen', ySplit: h, xSplit: 1 }];
  const HIA = ['HIA 1 – Board objectives', 'HIA 2 – Recruitment & talent', 'HIA 3 – Pay gaps', 'HIA 4 – Health inequalities', 'HIA 5 – International recruits', 'HIA 6 – Bullying & harassment'];
  const data = [
    ['CS-WD-01', 'Metric 1', ['1'], 2, 'Ask every colleague to check and update their disability status in ESR after the transfer to the new ICB, with a short note on why we ask.', 'Declaration rate above 8% by March 2027 (combined 2025 baseline 5.2%).', 'Head of Workforce Information', D(2026, 7, 31), '🟢 On track', ['Declaration campaign plan', 'Declaration%20campaign.docx']],
    ['CS-WD-02', 'Metric 2', ['2'], 2, 'Apply for Disability Confident Leader status as the new ICB and use its interview offer for every vacancy.', 'Leader status confirmed; likelihood of appointment from shortlisting at 1.0 or better.', 'Recruitment Lead', D(2026, 12, 31), '⚪ Not started', null],
    ['CS-WD-03', 'Metric 3', ['3'], 6, 'Keep checking formal capability cases by disability every quarter – neither former ICB had a case in 2025.', 'No disabled colleague more likely to enter a formal capability process.', 'Employee Relations Adviser', 'Quarterly', '🟢 On track', null],
    ['CS-WD-04', 'Metric 4 (a & b)', ['4a', '4b'], 6, 'Add disability-related harassment to the new Respect at Work policy and give colleagues a way to report it anonymously.', 'Colleagues reporting harassment (4b) up 10 points in the 2026 survey.', 'Head of Corporate Affairs', D(2026, 9, 30), '🟠 At risk', ['Draft Respect at Work policy', 'Respect%20at%20Work%20draft%20v3.docx']],
    ['CS-WD-05', 'Metrics 5 and 7', ['5', '7'], 2, 'Give disabled colleagues first offer of places on the Stepping Forward development programme during the organisational change year.', 'Half of the 2026/27 places taken by disabled colleagues.', 'Head of Organisational Development', D(2026, 11, 30), '🟢 On track', null],
    ['CS-WD-06', 'Metric 6', ['6'], 4, 'Set out in the organisational change policy how colleagues with long-term conditions are supported through consultation: paced meetings, a named contact and written summaries.', 'Fewer disabled colleagues feeling pressure to come to work when unwell (2026 survey).', 'HR Business Partner', D(2026, 6, 30), '🔵 Complete', ['Change policy appendix C', 'OC%20policy%20appendix%20C.pdf']],
    ['CS-WD-07', 'Metric 8', ['8'], 4, 'Bring the two former ICBs’ adjustment processes into one Workplace Adjustments Passport with 30 days from request to decision.', 'Nine in ten adjustments decided within 30 days.', 'People Services Manager', D(2026, 8, 31), '🔴 Off track', null],
    ['CS-WD-08', 'Metric 9b', ['9b'], 6, 'Support the merged Disabled Staff Network to elect co-chairs and give each of them two days a month of protected time.', 'Network co-chairs in post; network consulted on every people policy.', 'Chief People Officer', D(2026, 7, 31), '🔵 Complete', ['Network terms of reference', 'DSN%20terms%20of%20reference.pdf']],
    ['CS-WD-09', 'Metric 10', ['10'], 1, 'Include disability inclusion in every board member’s 2026/27 objectives and report the Board’s own disability declaration each year.', 'All board members with an objective; Board declaration published in the annual report.', 'Director of Corporate Governance', D(2026, 6, 30), '🔵 Complete', ['Board paper 25 June 2026', 'Board%20paper%20item%2011.pdf']],
    ['CS-WD-10', '—', [], 3, 'Publish a disability pay gap for the new ICB beside the gender and ethnicity pay gaps.', 'Disability pay gap published with the 2027 pay gap reports.', 'Head of Workforce Information', D(2027, 3, 31), '⚪ Not started', null],
  ];
  for (const [ref, met, inds, hia, action, measure, owner, due, st, ev] of data) {
    const link = ev ? { formula: `HYPERLINK("${SP}${ev[1]}","${ev[0]}")`, result: ev[0] } : null;
    const dueShown = due instanceof Date ? shown(due, F) : due;
    p.action([ref, met, HIA[hia - 1], action, measure, owner, due, st, link], { ref, indicators: inds, action, lead: owner, due: dueShown, status: st, rag: WORDS[st], outcome: measure }, { border: false, styles: [{}, {}, {}, {}, {}, {}, { numFmt: F, alignment: { horizontal: 'left', vertical: 'top' } }, {}, { color: 'FF0563C1', font: { underline: true } }] });
  }
  const first = h + 1, last = p.r;
  makeTable(p, 'tblWDES2627', h, last, 'TableStyleMedium4');
  for (let r = first; r <= last; r++) {
    ws.getCell(`C${r}`).dataValidation = { type: 'list', allowBlank: true, showErrorMessage: true, formulae: [`"${HIA.join(',')}"`] };
    ws.getCell(`H${r}`).dataValidation = { type: 'list', allowBlank: true, showErrorMessage: true, formulae: [`"${Object.keys(WORDS).join(',')}"`] };
  }
  p.blank();
  p.line(['Reviewed every two months by the People Committee. Evidence links open the ICB’s People SharePoint site.'], { merge: ['A', 'I'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional integrated care board, as an employer) written in the first year after a MERGER, Aptos 10. Sheet 'WDES 2026-27': the ICB's name, title 'Workforce Disability Equality Standard (WDES) action plan 2026/27 – the ICB as an employer', a paragraph saying the ICB was formed on 1 April 2026 from NHS Caldmoor ICB and NHS Swaleford ICB, a grey italic DOCUMENT-CONTROL line (owner Associate Director of People and OD, version 1.2, Executive Committee approval 28 May 2026), an EMOJI STATUS KEY line, a blank row, then an EXCEL TABLE 'tblWDES2627' (TableStyleMedium4, banded rows) with header 'Ref | WDES metric | High Impact Action | What we will do | How we will know (success measure) | Owner | Due | Status | Evidence' (row 7, frozen) and ten actions (rows 8–17), and a foot line. The High Impact Action cell is a drop-down of short titles ('HIA 6 – Bullying & harassment'); Status is a drop-down of words that START WITH A COLOURED-CIRCLE EMOJI ('🟢 On track'); Due is a real date shown mmm-yy, once the text 'Quarterly'; Evidence cells are HYPERLINK formulas showing a document name. Judgement calls: identity = the new ICB (the two former ICBs in the paragraph are not the plan's body); indicators from 'WDES metric' only ('Metric 4 (a & b)' → ['4a','4b']; 'Metrics 5 and 7' → ['5','7']; '—' → []), never the HIA number; status = the cell as chosen, emoji included; rag = the colour of its circle (🔵 blue, 🟢 green, 🟠 amber, 🔴 red; ⚪ white = not started → null); outcome = 'How we will know (success measure)'; lead = Owner – the document owner in the control line leads nothing; due as displayed ('Jul-26', 'Quarterly'); the evidence link's document name (one is 'Board paper 25 June 2026') is no progress or due (progress ''); the formation, approval and version details are no dues; ref as written; theme null.", { ragCol: 'H', mode: 'word', words: WORDS, notFrom: ['B', 'C', 'I'], indKey: { col: 'B', key: { 'Metric 1': ['1'], 'Metric 2': ['2'], 'Metric 3': ['3'], 'Metric 4 (a & b)': ['4a', '4b'], 'Metrics 5 and 7': ['5', '7'], 'Metric 6': ['6'], 'Metric 8': ['8'], 'Metric 9b': ['9b'], 'Metric 10': ['10'], '—': [] } }, hia: { col: 'C', re: 'HIA ([1-6])' }, table77: { name: 'tblWDES2627', headerRow: h }, dv: ['C', 'H'], links: ['I'], fieldCols: { lead: 'F', due: 'G', status: 'H', ref: 'A', outcome: 'E' }, forbidden: ['Associate Director of People and OD', '28 May 2026', '1 April 2026', 'Version 1.2'] });
}
