// Re-opens every holdout29 workbook and checks its gold against the cells (a shorter rewrite of holdout25's verify for this batch):
// gold keys in order; identity on the sheet; every non-empty row is an action or listed in nonActionRows (never both); header rows listed;
// every gold text field read from the action's own row (or the extra rows recorded for it: a comment row, an update row under it);
// themes are non-action rows above; indicators valid for the standard; RAG checked against the recorded cell (fill, font or word);
// rag null where no cell is recorded; forbidden strings (context that must not become a field) absent from every field. `node gen/verify.js [-v] [name]`
import fs from 'node:fs';
import path from 'node:path';
import { ExcelJS, OUT, RAG_OF, shown, colNum } from './lib.js';
const verbose = process.argv.includes('-v');
const only = process.argv.slice(2).find((a) => !a.startsWith('-'));
const checks = JSON.parse(fs.readFileSync(path.join(OUT, 'gen', 'checks.json'), 'utf8'));
const norm = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
const WORDS = { red: 'red', amber: 'amber', green: 'green', blue: 'blue', r: 'red', a: 'amber', g: 'green', b: 'blue' };
function fmtNum(v, f) {
  if (!f || f === 'General') return String(v);
  if (f === '0.0%') return (v * 100).toFixed(1) + '%';
  if (f === '0%') return Math.round(v * 100) + '%';
  if (f === '0.00') return v.toFixed(2);
  if (f === '0.0') return v.toFixed(1);
  throw new Error('unknown number format ' + f);
}
let LIVE = false;
function text(cell) {
  const m = cell.isMerged ? cell.master : cell; const v = m.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) { const s = shown(v, m.numFmt); if (!s) throw new Error('unknown date format ' + m.numFmt); return s; }
  if (typeof v === 'number') return fmtNum(v, m.numFmt);
  if (typeof v === 'object' && v.richText) return v.richText.filter((r) => !(LIVE && r.font?.strike)).map((r) => r.text).join('');
  if (typeof v === 'object' && 'result' in v) return String(v.result);
  return String(v);
}
const rowTexts = (ws, r) => { const out = []; const row = ws.getRow(r); for (let c = 1; c <= Math.max(ws.columnCount, row.cellCount); c++) out.push(norm(text(row.getCell(c)))); return out; };
const VALID = { WRES: ['1', '2', '3', '4', '5', '6', '7', '8', '9'], WDES: ['1', '2', '3', '4', '4a', '4b', '5', '6', '7', '8', '9', '9a', '9b', '10'] };
const KEYS = ['sheet', 'standard', 'identity', 'headerRows', 'nonActionRows', 'ambiguousRows', 'notes', 'actions'];
const AKEYS = ['row', 'ref', 'indicator', 'indicators', 'theme', 'action', 'lead', 'due', 'status', 'rag', 'progress', 'outcome', 'completed', 'dueSource'];
let failures = 0, plans = 0, total = 0;
for (const f of fs.readdirSync(OUT).filter((x) => x.endsWith('.gold.json')).sort()) {
  const name = f.replace('.gold.json', ''); if (only && !name.includes(only)) continue;
  plans++; const errs = []; const g = JSON.parse(fs.readFileSync(path.join(OUT, f), 'utf8')); const chk = checks[name] || {};
  LIVE = !!chk.live;
  const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(OUT, name + '.xlsx'));
  const ws = wb.getWorksheet(g.sheet); if (!ws) { console.log(`✗ ${name}: no sheet ${g.sheet}`); failures++; continue; }
  if (JSON.stringify(Object.keys(g)) !== JSON.stringify(KEYS)) errs.push('gold keys');
  if (!name.includes(`-${g.standard.toLowerCase()}-${g.identity.period}-`)) errs.push('file name ≠ standard/period');
  const all = []; for (let r = 1; r <= ws.rowCount; r++) all.push(rowTexts(ws, r).join(' | '));
  const sheetText = all.join(' ');
  for (const k of ['period', 'trust']) { const v = g.identity[k]; const alts = k === 'period' ? [v, v.replace('-', '/'), v.replace(/^(\d\d)(\d\d)-(\d\d)$/, '$1$2/$1$3'), v.replace(/^(\d\d)(\d\d)-(\d\d)$/, '$1$2-$1$3'), v.replace(/^(\d\d)(\d\d)-(\d\d)$/, '$1$2/$3')] : [v]; if (!alts.some((a) => sheetText.includes(a))) errs.push(`identity ${k} '${v}' not on sheet`); }
  const acts = new Set(g.actions.map((a) => a.row)); const non = new Set(g.nonActionRows);
  for (const r of acts) if (non.has(r)) errs.push(`row ${r} both action and non-action`);
  for (const r of g.headerRows) if (!non.has(r)) errs.push(`header ${r} not in nonActionRows`);
  for (let r = 1; r <= ws.rowCount; r++) { const empty = rowTexts(ws, r).every((t) => !t); if (!empty && !acts.has(r) && !non.has(r)) errs.push(`row ${r} not accounted for: ${all[r - 1].slice(0, 60)}`); if (empty && (acts.has(r) || non.has(r))) errs.push(`row ${r} listed but empty`); }
  const forbidden = (chk.forbidden || []).map(norm);
  for (const a of g.actions) {
    total++; const where = `row ${a.row}`;
    if (JSON.stringify(Object.keys(a)) !== JSON.stringify(AKEYS)) errs.push(`${where} action keys`);
    const rows = [a.row, ...((chk.extra || {})[a.row] || [])]; const hay = rows.map((r) => rowTexts(ws, r)); const flat = hay.flat();
    const onRow = (s) => flat.some((t) => t.includes(norm(s)));
    if (!a.action) errs.push(`${where} no action`);
    for (const fld of ['ref', 'action', 'lead', 'due', 'status', 'progress', 'outcome', 'completed']) if (a[fld] && !onRow(a[fld])) errs.push(`${where} ${fld} '${norm(a[fld]).slice(0, 50)}' not on its rows`);
    if (!flat.some((t) => t.includes(norm(a.action).slice(0, 40)))) errs.push(`${where} action not on row`);
    for (const fld of ['action', 'lead', 'due', 'status', 'progress', 'outcome', 'completed']) for (const fb of forbidden) if (fb && norm(a[fld]) === fb) errs.push(`${where} ${fld} is forbidden '${fb}'`);
    if (a.due && !a.dueSource) errs.push(`${where} due without dueSource`);
    if (!a.due && a.dueSource) errs.push(`${where} dueSource without due`);
    if (a.theme !== null) { let ok = false; for (let r = a.row - 1; r >= 1; r--) if (non.has(r) && rowTexts(ws, r).includes(norm(a.theme))) { ok = true; break; } if (!ok) errs.push(`${where} theme not a non-action row above`); }
    if (!Array.isArray(a.indicators) || a.indicators.some((i) => !VALID[g.standard].includes(i))) errs.push(`${where} indicators invalid ${a.indicators}`);
    if ((a.indicators.length ? a.indicators[0] : null) !== a.indicator) errs.push(`${where} indicator ≠ indicators[0]`);
    if (new Set(a.indicators).size !== a.indicators.length) errs.push(`${where} duplicate indicators`);
    const ra = (chk.ragAt || {})[a.row];
    if (!ra) { if (a.rag !== null) errs.push(`${where} rag '${a.rag}' but no RAG cell recorded`); }
    else {
      const cell = ws.getRow(ra.row || a.row).getCell(colNum(ra.col)); const t = norm(text(cell)).toLowerCase();
      const seen = ra.via === 'fill' ? RAG_OF[cell.fill?.fgColor?.argb] ?? null : ra.via === 'font' ? (t ? RAG_OF[cell.font?.color?.argb] ?? null : null) : WORDS[t] ?? null;
      if (seen !== a.rag) errs.push(`${where} rag '${a.rag}' but ${ra.col}${ra.row || a.row} shows '${seen}' by ${ra.via}`);
    }
    if (verbose) console.log(`  ${where} ${a.ref} [${a.indicators}] ${a.lead} | ${a.due} | ${a.status} → ${a.rag} | ${a.action.slice(0, 50)}`);
  }
  if (errs.length) { failures += errs.length; console.log(`✗ ${name}`); errs.forEach((e) => console.log('   ', e)); }
  else console.log(`✓ ${name} (${g.actions.length} actions)`);
}
console.log(failures ? `${failures} problem(s)` : `all ${plans} plans verified, ${total} actions`);
process.exit(failures ? 1 : 0);
