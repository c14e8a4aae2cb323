// holdout75-wres-2025-26-skelthorpe: specialist cancer centre FT; the Inclusion Manager's compact tracker, headed with single
// letters and symbols 'W | # | Action | O | By | S | % | Note' (W = WRES indicator, O = owner initials, S = status letter on a fill,
// % = per cent complete). Owners' initials and the S letters are decoded only on a second tab, 'Who'.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Skelthorpe Cancer Centre NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout75-wres-2025-26-skelthorpe', sheet: 'Tracker', standard: 'WRES', period: '2025-26', trust, widths: [5, 4, 62, 8, 10, 4, 6, 36], font: { name: 'Aptos', size: 10 } });
  p.line([`${trust} – WRES 2025/26`], { style: { bold: true, font: { size: 12 } } });
  p.line(['updated 03/12/25 KA'], { style: { italic: true, color: 'FF808080', font: { size: 8 } } });
  const hr = p.header(['W', '#', 'Action', 'O', 'By', 'S', '%', 'Note'], { style: { fill: C.navy, color: C.white, alignment: { horizontal: 'center' } } });
  const FILL = { C: C.lightblue, G: C.green, A: C.amber, R: C.red };
  const RAG = { C: 'blue', G: 'green', A: 'amber', R: 'red' };
  const F = 'd-mmm-yy';
  const rows = [
    ['1', '1', 'Set representation targets for BME staff at Band 8a and above in radiotherapy, medical physics and nursing, and report them each quarter.', 'KA', D(2025, 9, 30), 'C', 1, 'Targets signed off at People Committee.'],
    ['2', '2', 'Anonymise shortlisting for every Band 6 and above clinical post and check the relative likelihood of appointment after six months.', 'MT', D(2025, 12, 31), 'G', 0.6, 'Anonymised since July.'],
    ['2', '3', 'Put a trained inclusion panel member on every Band 7 and above interview in radiotherapy and the chemotherapy day unit.', 'MT', 'Q4', 'A', 0.3, 'Only 9 panel members trained so far.'],
    ['3', '4', 'Use the just culture guide before any formal disciplinary and record the ethnicity of each case at the decision point.', 'RH', D(2025, 10, 31), 'G', 0.8, ''],
    ['4', '5', 'Publish who gets funded places on the SACT and advanced practice courses, by ethnicity, for each cohort.', 'LO', D(2026, 3, 31), 'R', 0.1, 'Course data held by two teams and not joined up.'],
    ['5/6', '6', 'Put the “no excuse for racism” statement on patient letters and in waiting areas, and back staff who end an abusive consultation.', 'RH / KA', D(2025, 11, 30), 'G', 0.7, 'Statement on letters from October.'],
    ['7', '7', 'Offer the Stepping Up programme to 12 BME staff at Bands 5 to 7, each with a senior sponsor.', 'LO', D(2026, 3, 31), 'A', 0.4, 'Eight places filled.'],
    ['all', '8', 'Report WRES progress to the Board twice a year, with the race equality network chair presenting alongside the Chief People Officer.', 'KA', D(2026, 1, 31), 'G', 0.5, ''],
    ['9', '9', 'Make the next two non-executive appointments from a diverse longlist supplied by the search firm.', 'CS', 'Q4', 'A', 0.2, ''],
  ];
  for (const r of rows) {
    const [w, no, act, o, by, s, pc, note] = r;
    const inds = w === 'all' ? ['1', '2', '3', '4', '5', '6', '7', '8', '9'] : w.split('/');
    p.action(r, { ref: no, indicators: inds, action: act, lead: o, due: by instanceof Date ? shown(by, F) : by, status: s, rag: RAG[s], progress: note }, { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, { alignment: { horizontal: 'center' } }, { numFmt: F, alignment: { horizontal: 'center' } }, { fill: FILL[s], bold: true, alignment: { horizontal: 'center' } }, { numFmt: '0%', alignment: { horizontal: 'center' } }, {}] });
  }
  p.ws.autoFilter = `A${hr}:H${p.r}`;
  p.ws.views = [{ state: 'frozen', ySplit: hr }];
  const who = book.wb.addWorksheet('Who');
  who.getColumn(1).width = 8; who.getColumn(2).width = 24; who.getColumn(3).width = 40;
  const wrows = [['O', 'Name', 'Role'], ['KA', 'Kemi Adebayo', 'Inclusion Manager'], ['MT', 'Mark Thornley', 'Head of Resourcing'], ['RH', 'Rachel Hewson', 'Head of Employee Relations'], ['LO', 'Lewis Okoro', 'Head of Education and Training'], ['CS', 'Claire Sowerby', 'Company Secretary'], [], ['S', 'C = complete, G = on track, A = some risk, R = off track'], ['W', 'WRES indicator; all = indicators 1–9'], ['%', 'per cent complete (owner’s estimate)']];
  wrows.forEach((v, i) => { v.forEach((x, j) => { const c = who.getCell(i + 1, j + 1); c.value = x; c.font = { name: 'Aptos', size: 10, bold: i === 0 }; }); });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist cancer centre FT), Aptos 10: the Inclusion Manager's compact tracker. Sheet 'Tracker': the trust and year (row 1), a small grey 'updated 03/12/25 KA' line, then the navy header row 3 with ONE-LETTER and symbol headings 'W | # | Action | O | By | S | % | Note' (filter buttons, frozen), nine actions. A second tab 'Who' decodes the owners' initials (KA Inclusion Manager, MT Head of Resourcing …) and the letters (S = C complete / G on track / A some risk / R off track; W = WRES indicator, 'all' = 1–9; % = per cent complete). What the contents show: W = WRES indicator ('5/6', 'all'), # = the action number, O = the owner's initials ('RH / KA' for two), By = real dates shown 'd-mmm-yy' or typed 'Q4', S = a status letter bold on a fill, % = per cent complete (0%–100%), Note = progress. Judgement calls: ref = #; indicators from W ('5/6' → ['5','6']; 'all' → all nine); lead = O as written (the initials, kept whole when two are joined: 'RH / KA') – the Who tab explains them but the plan's lead is what the cell says; due = By as displayed ('30-Sep-25', 'Q4'); status = the S letter, rag from its fill (C light blue = complete → blue); the % column is an estimate, no field; progress = Note where filled; theme null. The 'updated 03/12/25 KA' line is the date of the last edit, no due, and its initials lead nothing.", { mode: 'fill', ragCol: 6, fieldCols: { ref: 'B', action: 'C', lead: 'D', due: 'E', status: 'F', progress: 'H' }, headerSays: { A: 'W', B: '#', D: 'O', E: 'By', F: 'S', G: '%' }, notFrom: ['G'], forbidden: ['03/12/25'] });
}
