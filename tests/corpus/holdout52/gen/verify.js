// Re-opens every holdout52 workbook and checks its gold against the cells: file name and identity, gold key order (holdout25's),
// every non-empty row classified, actions in row order, action text = a cell on its row, every other gold field on the row (or, for
// the rows checks.json lists under offRow, somewhere on the sheet: 'as above' leads, 'me'), theme = a non-action row above, indicators
// valid for the standard and year, RAG against the fill or word (null where the plan has no RAG), latest-update progress, context
// columns never used. `node gen/verify.js [-v] [name]`
import fs from 'node:fs';
import path from 'node:path';
import { ExcelJS, OUT, RAG_OF, shown, ALL_WRES, ALL_WDES, ALL_WDES21 } from './lib.js';
const verbose = process.argv.includes('-v');
const only = process.argv.slice(2).find((a) => !a.startsWith('-'));
const checks = JSON.parse(fs.readFileSync(path.join(OUT, 'gen', 'checks.json'), 'utf8'));
const norm = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
const TOP = ['sheet', 'standard', 'identity', 'headerRows', 'nonActionRows', 'ambiguousRows', 'notes', 'actions'];
const ACT = ['row', 'ref', 'indicator', 'indicators', 'theme', 'action', 'lead', 'due', 'status', 'rag', 'progress', 'outcome', 'completed', 'dueSource'];
function text(cell) {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return shown(v, cell.numFmt) ?? v.toISOString();
  if (v.richText) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'result' in v) return String(v.result);
  return String(v);
}
let failures = 0, plans = 0, total = 0;
for (const f of fs.readdirSync(OUT).filter((x) => x.endsWith('.gold.json')).sort()) {
  const name = f.replace('.gold.json', ''); if (only && !name.includes(only)) continue; plans++;
  const g = JSON.parse(fs.readFileSync(path.join(OUT, f), 'utf8')); const chk = checks[name] || {}; const errs = [];
  const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(OUT, `${name}.xlsx`));
  const m = name.match(/^holdout52-(wres|wdes)-(\d{4}-\d{2})-[a-z]+$/);
  if (!m) errs.push('bad file name'); else { if (g.standard !== m[1].toUpperCase()) errs.push('standard ≠ name'); if (g.identity.period !== m[2]) errs.push('period ≠ name'); }
  if (JSON.stringify(Object.keys(g)) !== JSON.stringify(TOP)) errs.push('gold keys out of order');
  const ws = wb.getWorksheet(g.sheet); if (!ws) { console.log(`✗ ${name}: no sheet ${g.sheet}`); failures++; continue; }
  const all = []; wb.eachSheet((s) => s.eachRow((r) => r.eachCell((c) => all.push(norm(text(c))))));
  if (!all.some((t) => t.includes(g.identity.trust))) errs.push('trust not named in the workbook');
  const yy = g.identity.period.replace(/^(\d{4})-(\d\d)$/, '$1/$2');
  if (!all.some((t) => t.includes(g.identity.period) || t.includes(yy) || t.includes(yy.replace('/', '-')))) errs.push('period not stated in the workbook');
  const rowCells = (r) => { const out = []; ws.getRow(r).eachCell({ includeEmpty: false }, (c) => { const t = norm(text(c)); if (t) out.push(t); }); return out; };
  const sheetCells = []; ws.eachRow((row, r) => rowCells(r).forEach((t) => sheetCells.push(t)));
  const acts = new Set(g.actions.map((a) => a.row)); const non = new Set(g.nonActionRows);
  if (!g.headerRows.every((r) => non.has(r))) errs.push('a header row not in nonActionRows');
  for (const r of non) { if (acts.has(r)) errs.push(`row ${r} both action and non-action`); if (!rowCells(r).length) errs.push(`non-action row ${r} is empty`); }
  ws.eachRow((row, r) => { if (rowCells(r).length && !acts.has(r) && !non.has(r)) errs.push(`row ${r} unclassified`); });
  if (g.actions.length < 6 || g.actions.length > 20) errs.push(`${g.actions.length} actions`);
  const valid = g.standard === 'WRES' ? ALL_WRES : Number(g.identity.period.slice(0, 4)) >= 2021 ? ALL_WDES21 : ALL_WDES;
  let last = 0;
  for (const a of g.actions) {
    const w = `row ${a.row}`; const cells = rowCells(a.row);
    if (JSON.stringify(Object.keys(a)) !== JSON.stringify(ACT)) errs.push(`${w} action keys out of order`);
    if (a.row <= last) errs.push(`${w} out of order`); last = a.row;
    if (!cells.includes(norm(a.action))) errs.push(`${w} action text is not a cell`);
    for (const fld of ['ref', 'lead', 'due', 'status', 'progress', 'outcome', 'completed']) {
      const v = norm(a[fld]); if (!v) continue;
      const off = (chk.offRow?.[fld] || []).includes(a.row);
      if (off) { if (!sheetCells.some((c) => c.includes(v))) errs.push(`${w} ${fld} '${v}' nowhere on the sheet`); if (cells.includes(v)) errs.push(`${w} ${fld} listed offRow but is on the row`); }
      else if (!cells.includes(v)) errs.push(`${w} ${fld} '${v}' is not a cell on the row`);
    }
    for (const [fld, rows] of Object.entries(chk.offRow || {})) if (rows.includes(a.row) && !norm(a[fld])) errs.push(`${w} offRow ${fld} empty`);
    if (a.dueSource !== (a.due ? 'column' : null)) errs.push(`${w} dueSource`);
    if (a.theme !== null) { let ok = false; for (let r = a.row - 1; r >= 1; r--) if (non.has(r) && rowCells(r).includes(norm(a.theme))) { ok = true; break; } if (!ok) errs.push(`${w} theme not a non-action row above`); }
    if (chk.themeRows && a.theme === null) errs.push(`${w} theme missing`);
    if (!Array.isArray(a.indicators) || a.indicators.some((i) => !valid.includes(i))) errs.push(`${w} indicators invalid ${a.indicators}`);
    if ((a.indicators.length ? a.indicators[0] : null) !== a.indicator) errs.push(`${w} indicator ≠ indicators[0]`);
    if (new Set(a.indicators).size !== a.indicators.length) errs.push(`${w} duplicate indicators`);
    if (chk.mode) {
      const cell = ws.getRow(a.row).getCell(chk.ragCol); const t = norm(text(cell));
      const seen = chk.mode === 'fill' ? RAG_OF[cell.fill?.fgColor?.argb] ?? null : chk.words[t] ?? null;
      if (seen !== a.rag) errs.push(`${w} rag '${a.rag}' but the cell shows '${seen}' (${t})`);
      if (norm(a.status) !== t) errs.push(`${w} status '${a.status}' ≠ status cell '${t}'`);
    } else if (a.rag !== null) errs.push(`${w} rag set but the plan has no RAG`);
    if (chk.progressFrom) { const c = chk.progressFrom.find((col) => norm(text(ws.getCell(`${col}${a.row}`)))); const want = c ? norm(text(ws.getCell(`${c}${a.row}`))) : ''; if (norm(a.progress) !== want) errs.push(`${w} progress ≠ latest update '${want}'`); }
    for (const col of chk.notFrom || []) { const t = norm(text(ws.getCell(`${col}${a.row}`))); if (t) for (const fld of ['action', 'lead', 'due', 'status', 'progress', 'outcome']) if (norm(a[fld]) === t) errs.push(`${w} ${fld} from context column ${col}`); }
    if (verbose) console.log(`  ${w} [${a.indicators}] ${a.lead} | ${a.due} | ${a.status} → ${a.rag} | ${a.progress.slice(0, 20)} | ${a.action.slice(0, 45)}`);
  }
  total += g.actions.length;
  if (errs.length) { failures += errs.length; console.log(`✗ ${name}`); errs.forEach((e) => console.log('   ', e)); } else console.log(`✓ ${name} (${g.actions.length} actions)`);
}
console.log(failures ? `${failures} problem(s)` : `all ${plans} plans verified, ${total} actions`);
process.exit(failures ? 1 : 0);
