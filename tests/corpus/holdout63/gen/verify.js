// Re-opens every holdout63 workbook and checks its gold against the cells (a compact rewrite of holdout25's verify for this batch):
// - the gold has holdout25's keys in holdout25's order; period is yyyy-yy; the trust name is written somewhere in the workbook;
// - every non-empty row of the gold sheet is either an action row or listed in nonActionRows (never both); headerRows ⊂ nonActionRows;
// - each action's text is exactly one cell of its row; lead, due (dueSource 'column'), status, progress, outcome, ref and completed are each
//   exactly one cell of the row or of a merged cell covering it; a 'labelled' due is found inside a cell of the row;
// - each indicator is written in the row or in a merged cell covering it (as 'Indicator n', 'Metric n', a bare number list, …);
// - the theme is the text of a non-action row above the action; rag agrees with the fill of the checks' ragCol (when given);
// - no gold field holds a 'forbidden' string (text from cover blocks, keys, duties) given in checks.json.
import fs from 'node:fs';
import path from 'node:path';
import { ExcelJS, OUT, RAG_OF, shown } from './lib.js';
const checks = JSON.parse(fs.readFileSync(path.join(OUT, 'gen', 'checks.json'), 'utf8'));
const norm = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
const KEYS = ['sheet', 'standard', 'identity', 'headerRows', 'nonActionRows', 'ambiguousRows', 'notes', 'actions'];
const AKEYS = ['row', 'ref', 'indicator', 'indicators', 'theme', 'action', 'lead', 'due', 'status', 'rag', 'progress', 'outcome', 'completed', 'dueSource'];
function text(cell) {
  if (!cell) return '';
  const v = cell.value;
  if (v == null) return '';
  if (v instanceof Date) { const t = shown(v, cell.numFmt); if (!t) throw new Error('date without a known format ' + cell.address); return t; }
  if (typeof v === 'object' && v.richText) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'result' in v) return String(v.result);
  return cell.text ?? String(v);
}
let failures = 0;
const fail = (n, m) => { failures++; console.log(`FAIL ${n}: ${m}`); };
for (const f of fs.readdirSync(OUT).filter((x) => x.endsWith('.gold.json')).sort()) {
  const name = f.replace('.gold.json', ''); const g = JSON.parse(fs.readFileSync(path.join(OUT, f), 'utf8')); const ck = checks[name] || {};
  if (JSON.stringify(Object.keys(g)) !== JSON.stringify(KEYS)) fail(name, 'gold keys');
  if (!/^20\d\d-\d\d$/.test(g.identity.period)) fail(name, 'period format');
  const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(OUT, `${name}.xlsx`));
  const ws = wb.getWorksheet(g.sheet); if (!ws) { fail(name, 'no sheet ' + g.sheet); continue; }
  let all = ''; wb.eachSheet((s) => s.eachRow((r) => r.eachCell((c) => { all += ' ' + norm(text(c)); })));
  if (!all.includes(norm(g.identity.trust))) fail(name, 'trust not written: ' + g.identity.trust);
  if (!name.includes(g.standard.toLowerCase()) || !name.includes(g.identity.period)) fail(name, 'file name vs standard/period');
  // cells of a row, including the master text of merged cells covering it
  const rowCells = (r) => { const out = []; const row = ws.getRow(r); for (let c = 1; c <= ws.columnCount; c++) { const cell = row.getCell(c); const m = cell.isMerged ? cell.master : cell; out.push(norm(text(m))); } return out; };
  const ownText = (r) => { const out = []; ws.getRow(r).eachCell((c) => { if (!c.isMerged || c.master === c) out.push(norm(text(c))); }); return out.filter(Boolean); };
  const actionRows = new Set(g.actions.map((a) => a.row)); const nar = new Set(g.nonActionRows);
  for (const r of nar) if (actionRows.has(r)) fail(name, `row ${r} both action and non-action`);
  for (const h of g.headerRows) if (!nar.has(h)) fail(name, `header ${h} not in nonActionRows`);
  ws.eachRow({ includeEmpty: false }, (row, r) => { if (ownText(r).length && !actionRows.has(r) && !nar.has(r)) fail(name, `row ${r} non-empty but unlisted: ${ownText(r)[0].slice(0, 50)}`); });
  for (const r of nar) if (!ownText(r).length) fail(name, `nonActionRow ${r} is empty`);
  for (const a of g.actions) {
    if (JSON.stringify(Object.keys(a)) !== JSON.stringify(AKEYS)) fail(name, `action keys row ${a.row}`);
    const cells = rowCells(a.row); const has = (v) => cells.includes(norm(v));
    if (!ownText(a.row).includes(norm(a.action))) fail(name, `row ${a.row} action not a cell: ${a.action.slice(0, 40)}`);
    for (const k of ['lead', 'status', 'progress', 'outcome', 'ref', 'completed']) if (a[k] && !has(a[k])) fail(name, `row ${a.row} ${k} not a cell: ${a[k]}`);
    if (a.due) {
      if (a.dueSource === 'column' && !has(a.due)) fail(name, `row ${a.row} due not a cell: ${a.due}`);
      if (a.dueSource === 'labelled' && !cells.some((c) => c.includes(norm(a.due)))) fail(name, `row ${a.row} labelled due not found: ${a.due}`);
    } else if (a.dueSource !== null) fail(name, `row ${a.row} dueSource without due`);
    if (a.indicator !== (a.indicators[0] ?? null)) fail(name, `row ${a.row} indicator ≠ indicators[0]`);
    const rowText = cells.join(' | ');
    for (const i of a.indicators) if (!new RegExp(`(^|[^0-9a-z])${i}([^0-9a-z]|$)`, 'i').test(rowText) && !(ck.allIndicators && rowText.includes(ck.allIndicators))) fail(name, `row ${a.row} indicator ${i} not written in the row`);
    if (a.theme) { let found = false; for (let r = a.row - 1; r >= 1; r--) if (nar.has(r) && ownText(r).some((t) => t === norm(a.theme))) { found = true; break; } if (!found) fail(name, `row ${a.row} theme not a row above: ${a.theme}`); }
    if (ck.ragCol) { const cell = ws.getRow(a.row).getCell(ck.ragCol); const argb = cell.fill?.fgColor?.argb; const want = argb ? RAG_OF[argb] ?? null : null; if (want !== a.rag) fail(name, `row ${a.row} rag ${a.rag} but fill says ${want}`); }
    else if (a.rag) fail(name, `row ${a.row} rag without ragCol`);
    for (const bad of ck.forbidden || []) for (const k of ['action', 'lead', 'due', 'status', 'progress', 'outcome', 'theme']) if (a[k] && norm(a[k]) === norm(bad)) fail(name, `row ${a.row} ${k} holds forbidden '${bad}'`);
  }
  if (g.actions.length < 6 || g.actions.length > 20) fail(name, `${g.actions.length} actions`);
  console.log(`${name}: ${g.actions.length} actions, ${g.nonActionRows.length} non-action rows checked`);
}
console.log(failures ? `${failures} failure(s)` : 'all golds agree with their workbooks');
process.exit(failures ? 1 : 0);
