// holdout51-wdes-2024-25-yarrowby: an ordinary WDES tracker of a primary care collaborative. Quirks: a HIDDEN COLUMN ('Original due',
// kept when dates were revised) between Lead and Due, and a small TOTALS BLOCK of COUNTIF formulas under the status column.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Yarrowby Primary Care Collaborative';
  const p = new Plan(book, { name: 'holdout51-wdes-2024-25-yarrowby', sheet: 'WDES 24-25', standard: 'WDES', period: '2024-25', trust, widths: [6, 14, 56, 26, 12, 12, 13], font: { name: 'Calibri', size: 11 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Disability Equality Standard – action plan 2024/25 (staff employed by the collaborative and its member practices)'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  const h = p.header(['ID', 'WDES metric', 'What we will do', 'Lead', 'Original due (if moved)', 'Due', 'Status'], { style: { fill: C.purple, color: C.white } });
  p.ws.getColumn('E').hidden = true;
  const F = 'dd/mm/yy';
  const ST = { Complete: [C.blue, C.white, 'blue'], 'On track': [C.lightgreen, null, 'green'], Behind: [C.amber, null, 'amber'] };
  const acts = [
    ['1', 'Metric 1', ['1'], 'Collect disability status from practice staff through the collaborative\'s HR system at onboarding and at annual review.', 'HR Manager', D(2024, 9, 30), D(2024, 9, 30), 'Complete'],
    ['2', 'Metric 2', ['2'], 'Add the Disability Confident offer of an interview to every vacancy the collaborative advertises for practices.', 'HR Manager', D(2024, 7, 31), D(2024, 10, 31), 'Complete'],
    ['3', 'Metric 4a', ['4a'], 'Put up the collaborative\'s zero-tolerance notice in every reception and on the online booking pages.', 'Operations Manager', D(2024, 8, 31), D(2024, 8, 31), 'Complete'],
    ['4', 'Metric 4b', ['4b'], 'Give practice managers a short guide on how to take and log a report of bullying from a disabled colleague.', 'Practice Manager Lead', D(2024, 11, 30), D(2025, 1, 31), 'Behind'],
    ['5', 'Metric 5', ['5'], 'Offer disabled staff a place on the care navigator to practice supervisor development scheme.', 'Training Hub Lead', D(2025, 3, 31), D(2025, 3, 31), 'On track'],
    ['6', 'Metric 6', ['6'], 'Ask every practice to use the collaborative\'s return-to-work form, which asks about adjustments.', 'Operations Manager', D(2024, 12, 31), D(2025, 2, 28), 'On track'],
    ['7', 'Metric 8', ['8'], 'Set up a shared fund across the practices to pay for workplace adjustments such as specialist chairs and software.', 'Finance Lead', D(2024, 10, 31), D(2025, 3, 31), 'Behind'],
    ['8', 'Metric 9a', ['9a'], 'Run an engagement survey for disabled staff in the spring and share the results with every practice.', 'Clinical Director', D(2025, 3, 31), D(2025, 3, 31), 'On track'],
  ];
  const first = p.r + 1;
  for (const [id, m, inds, a, lead, orig, due, st] of acts) {
    const [fill, col, rag] = ST[st];
    p.action([id, m, a, lead, orig.getTime() === due.getTime() ? undefined : orig, due, st], { ref: id, indicators: inds, action: a, lead, due: shown(due, F), status: st, rag }, { styles: [{ alignment: { horizontal: 'center' } }, {}, {}, {}, { numFmt: F }, { numFmt: F }, { fill, ...(col ? { color: col } : {}) }] });
  }
  const last = p.r;
  p.blank();
  const cnt = (w) => acts.filter((x) => x[7] === w).length;
  const rows = [];
  for (const w of ['Complete', 'On track', 'Behind']) rows.push(p.line(['', '', '', '', '', w, { formula: `COUNTIF(G${first}:G${last},"${w}")`, result: cnt(w) }], { styles: [{}, {}, {}, {}, {}, { bold: true, alignment: { horizontal: 'right' } }, { alignment: { horizontal: 'center' } }] }));
  rows.push(p.line(['', '', '', '', '', 'Total', { formula: `COUNTA(G${first}:G${last})`, result: acts.length }], { styles: [{}, {}, {}, {}, {}, { bold: true, alignment: { horizontal: 'right' } }, { bold: true, alignment: { horizontal: 'center' } }] }));
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional body, a primary care collaborative of general practices): an ordinary tracker. Name (row 1), an italic title line (row 2), a blank row, one purple header 'ID | WDES metric | What we will do | Lead | Original due (if moved) | Due | Status' (row 4) in which column E 'ORIGINAL DUE (IF MOVED)' IS HIDDEN (it holds the first date on the four rows whose date was put back, and is empty elsewhere); eight actions (rows 5–12), IDs 1–8, metrics written 'Metric 4a', 'Metric 9a' (the 2021+ set), Due as real dates shown dd/mm/yy, Status a word on a fill (Complete on blue with white text, On track on light green, Behind on amber). Under the table a blank row and a TOTALS BLOCK in F–G (rows 14–17): 'Complete', 'On track', 'Behind' and 'Total' with COUNTIF / COUNTA formulas over the Status column (3, 3, 2, 8). Judgement calls: the hidden column is not read – due = the visible Due, never the hidden Original due; the totals are a summary, not actions; ref = the ID; indicators from 'Metric N'; status = the word and rag = its fill (blue for Complete); no progress column; theme null.", { ragCol: 'G', mode: 'fill', refCol: { col: 'A' }, hiddenCol: { col: 'E' }, notFrom: ['E'], countLine: { row: rows, formula: 'G', counts: [['Complete', 'Complete'], ['On track', 'On track'], ['Behind', 'Behind'], ['Total', '*']] } });
}
