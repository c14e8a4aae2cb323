// Re-opens every holdout56 workbook and checks its gold against the cells (a compact rewrite of holdout25's verify for this batch's
// layouts): file name ↔ standard and period; gold keys in corpus order; the trust named on a sheet; every non-empty row of the plan sheet
// listed as an action or a non-action row and no listed row empty; every gold field (action, ref, lead, due, status, progress, outcome)
// read from a cell of its own row as displayed; theme = a non-action row above; indicators valid and named on the action row or on the
// metric/finding row above it; rag from the status cell's fill where the plan has one (null everywhere else); no field from a context
// column (notFrom) or equal to a context string (forbidden). `node gen/verify.js [-v] [name]`
import fs from 'node:fs';
import path from 'node:path';
import { ExcelJS, OUT, RAG_OF } from './lib.js';
const verbose = process.argv.includes('-v');
const only = process.argv.slice(2).find((a) => !a.startsWith('-'));
const checks = JSON.parse(fs.readFileSync(path.join(OUT, 'gen', 'checks.json'), 'utf8'));
const norm = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n) => String(n).padStart(2, '0');
function fmtDate(d, f) {
  const y = d.getUTCFullYear(), m = d.getUTCMonth(), day = d.getUTCDate();
  switch (f) {
    case 'dd/mm/yyyy': return `${pad(day)}/${pad(m + 1)}/${y}`;
    case 'mmm-yy': return `${MON[m]}-${String(y).slice(2)}`;
    case 'd mmm yyyy': return `${day} ${MON[m]} ${y}`;
    default: throw new Error('unknown date format ' + f);
  }
}
function text(cell) {
  const m = cell.isMerged ? cell.master : cell; const v = m.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return fmtDate(v, m.numFmt);
  if (typeof v === 'object' && v.richText) return v.richText.map((r) => r.text).join('');
  return String(v);
}
const colIdx = (L) => L.charCodeAt(0) - 64;
function rowTexts(ws, r) { const out = []; const row = ws.getRow(r); for (let c = 1; c <= Math.max(ws.columnCount, row.cellCount); c++) out.push(norm(text(row.getCell(c)))); return out; }
const WDES = ['1', '2', '3', '4', '4a', '4b', '5', '6', '7', '8', '9', '9a', '9b', '10'];
const WRES = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
const KEYS = ['sheet', 'standard', 'identity', 'headerRows', 'nonActionRows', 'ambiguousRows', 'notes', 'actions'];
const AKEYS = ['row', 'ref', 'indicator', 'indicators', 'theme', 'action', 'lead', 'due', 'status', 'rag', 'progress', 'outcome', 'completed', 'dueSource'];
function codes(t) {
  let s = String(t); const k = s.search(/metric/i);
  if (k >= 0) { s = s.slice(k).replace(/^metrics?/i, ''); const stop = s.search(/[:)–|]/); if (stop >= 0) s = s.slice(0, stop); }
  else if (!/^[0-9ab ,and]+$/i.test(norm(s))) return [];
  return [...s.matchAll(/(?<![0-9a-z.])(10|[1-9][ab]?)(?![0-9a-z.%])/gi)].map((x) => x[1].toLowerCase());
}
const token = (t, i) => new RegExp(`(^|[^0-9a-z])${i}([^0-9a-z]|$)`, 'i').test(t);
let failures = 0; let plans = 0; let total = 0;
for (const f of fs.readdirSync(OUT).filter((x) => x.endsWith('.gold.json')).sort()) {
  const name = f.replace('.gold.json', ''); if (only && !name.includes(only)) continue;
  plans++; const errs = []; const g = JSON.parse(fs.readFileSync(path.join(OUT, f), 'utf8'));
  const m = /^holdout56-(wres|wdes)-(\d{4}-\d{2})-([a-z]+)$/.exec(name);
  if (!m) errs.push('bad file name');
  else { if (g.standard !== m[1].toUpperCase()) errs.push('standard ≠ file name'); if (g.identity?.period !== m[2]) errs.push('period ≠ file name'); }
  if (JSON.stringify(Object.keys(g)) !== JSON.stringify(KEYS)) errs.push('gold keys ' + Object.keys(g));
  if (JSON.stringify(Object.keys(g.identity)) !== '["period","trust"]') errs.push('identity keys');
  if (!/Judgement calls/.test(g.notes || '')) errs.push('notes do not state the judgement calls');
  const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(OUT, name + '.xlsx'));
  const ws = wb.getWorksheet(g.sheet); if (!ws) { console.log(`✗ ${name}: no sheet '${g.sheet}'`); failures++; continue; }
  let trustSeen = false; wb.eachSheet((s) => s.eachRow((row, r) => { if (rowTexts(s, r).some((t) => t.includes(g.identity.trust))) trustSeen = true; }));
  if (!trustSeen) errs.push('trust not on any sheet');
  if (g.actions.length < 6 || g.actions.length > 20) errs.push('action count ' + g.actions.length);
  const rows = g.actions.map((a) => a.row); if (rows.some((r, i) => i && r <= rows[i - 1])) errs.push('actions not in row order');
  if (g.nonActionRows.some((r, i) => i && r <= g.nonActionRows[i - 1])) errs.push('nonActionRows not sorted');
  const non = new Set(g.nonActionRows); const act = new Set(rows);
  for (const r of g.headerRows) if (!non.has(r)) errs.push(`header row ${r} not in nonActionRows`);
  for (const r of g.ambiguousRows) if (!non.has(r)) errs.push(`ambiguous row ${r} not in nonActionRows`);
  for (const r of rows) if (non.has(r)) errs.push(`row ${r} both action and non-action`);
  for (let r = 1; r <= ws.rowCount; r++) {
    const has = rowTexts(ws, r).some(Boolean);
    if (has && !non.has(r) && !act.has(r)) errs.push(`row ${r} has content but is neither action nor non-action`);
    if (!has && (non.has(r) || act.has(r))) errs.push(`row ${r} listed but empty`);
  }
  const chk = checks[name] || {};
  const valid = g.standard === 'WDES' ? WDES : WRES;
  for (const a of g.actions) {
    total++; const where = `row ${a.row}`;
    if (JSON.stringify(Object.keys(a)) !== JSON.stringify(AKEYS)) errs.push(`${where} action keys`);
    const cells = rowTexts(ws, a.row);
    if (!cells.includes(norm(a.action)) || !norm(a.action)) errs.push(`${where} action is not a cell of its row`);
    for (const fld of ['ref', 'lead', 'due', 'status', 'progress', 'outcome', 'completed']) if (a[fld] && !cells.includes(norm(a[fld]))) errs.push(`${where} ${fld} '${a[fld]}' is not a cell of its row`);
    if ((a.due ? 'column' : null) !== a.dueSource) errs.push(`${where} dueSource ${a.dueSource}`);
    if (a.theme !== null) { let ok = false; for (let r = a.row - 1; r >= 1; r--) if (non.has(r) && rowTexts(ws, r).includes(norm(a.theme))) { ok = true; break; } if (!ok) errs.push(`${where} theme not a non-action row above`); }
    if (!Array.isArray(a.indicators) || a.indicators.some((i) => !valid.includes(i))) errs.push(`${where} indicators invalid ${a.indicators}`);
    if ((a.indicators.length ? a.indicators[0] : null) !== a.indicator) errs.push(`${where} indicator ≠ indicators[0]`);
    if (new Set(a.indicators).size !== a.indicators.length) errs.push(`${where} duplicate indicators`);
    // each indicator is named on the action row or on a non-action row (metric / finding / merged problem) above it within its block
    // the indicators are exactly the metric codes the plan gives the row: from a column of the row (checks.ind = column letter) or from
    // the nearest non-action row above that names a metric (checks.ind = 'above'); figures after the metric code are never read
    let src = '';
    if (chk.ind === 'above') { for (let r = a.row - 1; r >= 1; r--) if (non.has(r) && /\bmetric\b/i.test(rowTexts(ws, r).join(' | '))) { src = rowTexts(ws, r).join(' | '); break; } }
    else src = norm(text(ws.getRow(a.row).getCell(colIdx(chk.ind))));
    const want = codes(src);
    if (JSON.stringify(want) !== JSON.stringify(a.indicators)) errs.push(`${where} indicators [${a.indicators}] but the plan gives [${want}] ('${src.slice(0, 60)}')`);
    // RAG
    if (chk.mode === 'fill') {
      const cell = ws.getRow(a.row).getCell(colIdx(chk.ragCol)); const seen = RAG_OF[cell.fill?.fgColor?.argb] ?? null;
      if (seen !== a.rag) errs.push(`${where} rag '${a.rag}' but the status cell shows '${seen}'`);
      if (norm(a.status) !== norm(text(cell))) errs.push(`${where} status '${a.status}' ≠ status cell '${norm(text(cell))}'`);
    } else if (a.rag !== null) errs.push(`${where} rag set but the plan has no coloured status`);
    for (const col of chk.notFrom || []) { const t = norm(text(ws.getRow(a.row).getCell(colIdx(col)))); if (t) for (const fld of ['action', 'lead', 'due', 'status', 'progress', 'outcome']) if (norm(a[fld]) === t) errs.push(`${where} ${fld} taken from context column ${col}`); }
    for (const s of chk.forbidden || []) for (const fld of ['action', 'lead', 'due', 'status', 'progress', 'outcome', 'theme']) if (norm(a[fld]) === s) errs.push(`${where} ${fld} is context '${s}'`);
    if (verbose) console.log(`  ${where} [${a.indicators}] ${a.lead} | ${a.due} | ${a.status} → ${a.rag} | ${a.action.slice(0, 50)}`);
  }
  if (errs.length) { failures += errs.length; console.log(`✗ ${name}`); errs.forEach((e) => console.log('   ', e)); }
  else console.log(`✓ ${name} (${g.actions.length} actions)`);
}
console.log(failures ? `${failures} problem(s)` : `all ${plans} plans verified, ${total} actions`);
process.exit(failures ? 1 : 0);
