// holdout80-wres-2017-18-thornsett: mental health and community trust; a 'Board summary' sheet first (RAG counts, three key messages,
// an 'Escalations' list quoting two actions in short), then 'Action plan' with a Theme column MERGED DOWN beside its actions, and a
// HIDDEN 'Lists' sheet feeding the drop-downs; RAG words on fills; typed dates 'dd.mm.yy'.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Thornsett Healthcare NHS Foundation Trust';
  const font = { name: 'Verdana', size: 8 };
  const sm = book.wb.addWorksheet('Board summary');
  const pws = book.wb.addWorksheet('Action plan');
  const ls = book.wb.addWorksheet('Lists', { state: 'hidden' });
  sm.getColumn(1).width = 36; sm.getColumn(2).width = 60;
  const put = (a, v, f = {}) => { const c = sm.getCell(a); c.value = v; c.font = { ...font, size: 10, ...f }; c.alignment = { wrapText: true, vertical: 'top' }; };
  put('A1', trust, { bold: true, size: 13 }); put('A2', 'WRES action plan 2017/18 – summary for the Board, January 2018', { bold: true });
  put('A4', 'RAG', { bold: true }); put('B4', 'Number of actions', { bold: true });
  [['Green', 4], ['Amber', 3], ['Red', 2]].forEach(([w, n], i) => { put(`A${5 + i}`, w); sm.getCell(`B${5 + i}`).value = { formula: `COUNTIF('Action plan'!G:G,"${w}")`, result: n }; });
  put('A9', 'Key messages', { bold: true });
  put('A10', '1.'); put('B10', 'Shortlisting gap has narrowed (1.52 to 1.31) since anonymised shortlisting started.');
  put('A11', '2.'); put('B11', 'Harassment from service users remains the largest gap; the reporting work is red.');
  put('A12', 'Escalations', { bold: true });
  put('A13', 'Racist abuse reporting (Red)'); put('B13', 'Needs Datix funding decision from the Executive.');
  put('A14', 'Board diversity (Red)'); put('B14', 'No NED vacancy expected before 2019.');
  const p = new Plan(book, { ws: pws, name: 'holdout80-wres-2017-18-thornsett', sheet: 'Action plan', standard: 'WRES', period: '2017-18', trust, widths: [20, 6, 8, 50, 26, 10, 9, 34], font });
  p.line(['WRES action plan 2017/18'], { merge: ['A', 'H'], style: { bold: true, font: { size: 11 } } });
  p.header(['Theme', 'No.', 'WRES ind.', 'Action', 'Responsible', 'Target', 'RAG', 'Update'], { style: { fill: C.purple, color: C.white } });
  const FILL = { Green: C.green, Amber: C.amber, Red: C.red };
  const RAG = { Green: 'green', Amber: 'amber', Red: 'red' };
  const groups = [
    ['Fair recruitment and progression', [
      ['1', '2', 'Shortlist anonymously for all clinical posts at band 5 and above from July 2017.', 'Recruitment Manager', '31.07.17', 'Green', 'In place; gap down to 1.31.'],
      ['2', '7', 'Launch a BME leadership "springboard" with 12 places for band 5–7 nurses, OTs and psychologists.', 'Head of Leadership & OD', '31.01.18', 'Green', 'Twelve places filled.'],
      ['3', '4', 'Record applications for secondments and acting-up by ethnicity.', 'Head of Workforce Information', '31.03.18', 'Amber', 'Form agreed; not yet live.'],
    ]],
    ['Just culture', [
      ['4', '3', 'Ask an HR adviser not linked to the service to check the terms of reference of every BME disciplinary investigation.', 'Employee Relations Lead', '30.09.17', 'Green', ''],
      ['5', '8', 'Train managers on the community teams in fair and consistent people management.', 'Head of Leadership & OD', '31.03.18', 'Amber', '60 of 140 managers.'],
    ]],
    ['Safe from harassment', [
      ['6', '5', 'Add a racist-abuse category to Datix and report monthly by ward.', 'Head of Risk & Patient Safety', '31.12.17', 'Red', 'Datix licence change not funded.'],
      ['7', '6', 'Set up a BME staff network with an executive sponsor and protected time.', 'Equality & Diversity Lead', '31.10.17', 'Green', 'Network launched in October.'],
      ['8', '5', 'Write to service users on inpatient wards about behaviour towards staff, in plain English and five community languages.', 'Head of Nursing (Inpatients)', '28.02.18', 'Amber', 'Translations ordered.'],
    ]],
    ['Leadership', [
      ['9', '9', 'Set a target for BME representation on the Board and report against it in the annual report.', 'Company Secretary', '31.03.18', 'Red', 'No NED vacancy expected before 2019.'],
    ]],
  ];
  for (const [theme, rs] of groups) {
    const first = p.r + 1;
    rs.forEach((r, i) => { const [no, ind, act, resp, tgt, rag, up] = r; p.action([i === 0 ? theme : '', no, ind, act, resp, tgt, rag, up], { ref: no, indicators: [ind], theme, action: act, lead: resp, due: tgt, status: rag, rag: RAG[rag], progress: up }, { styles: [{ bold: true, fill: C.lilac, alignment: { vertical: 'middle' } }, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, {}, { fill: FILL[rag] }, {}] }); });
    mergeDown(p.ws, 'A', first, p.r);
  }
  const last = p.r;
  for (let r = 3; r <= last; r++) { p.ws.getCell(`G${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['Lists!$A$1:$A$3'] }; p.ws.getCell(`A${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['Lists!$C$1:$C$4'] }; }
  p.ws.views = [{ state: 'frozen', ySplit: 2 }];
  ['Green', 'Amber', 'Red'].forEach((w, i) => { ls.getCell(`A${1 + i}`).value = w; });
  groups.forEach(([t], i) => { ls.getCell(`C${1 + i}`).value = t; });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health and community trust). Three tabs: 'Board summary' (trust name, a January 2018 summary title, RAG counts by COUNTIF over the plan, two key messages and an 'Escalations' list naming two red actions in a few words – data, not actions), 'Action plan' (the gold sheet) and a HIDDEN 'Lists' tab holding the RAG and Theme drop-down values. 'Action plan': title (row 1), the purple header 'Theme | No. | WRES ind. | Action | Responsible | Target | RAG | Update' (row 2, frozen) and nine actions 1–9 in four themes, each theme's name in a lilac cell MERGED DOWN column A beside its actions. Targets typed as text 'dd.mm.yy'. Judgement calls: identity from the Board summary (the plan tab never names the trust); theme = the merged Theme cell beside each action; the Escalations lines repeat actions 6 and 9 in short and are not actions; the Board summary's 'January 2018' and 'before 2019' are no dues; status = the RAG word, rag from its fill; progress = Update; the hidden Lists values are neither themes nor statuses of any row.", { mode: 'fill', ragCol: 'G', themeCol: 'A', otherSheets: { min: 3, hidden: ['Lists'], sheets: ['Board summary'] } });
}
