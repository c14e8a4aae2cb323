// holdout50 verify: re-opens every workbook and checks its gold against the cells (holdout25's generic checks, trimmed to what this
// batch uses, plus group / system checks: orgCols, notIdentity, fieldCols, forbidden). `node gen/verify.js [-v] [name]`
import fs from 'node:fs';
import path from 'node:path';
import { ExcelJS, OUT, RAG_OF } from './lib.js';
const verbose = process.argv.includes('-v');
const only = process.argv.slice(2).find((a) => !a.startsWith('-'));
const checks = JSON.parse(fs.readFileSync(path.join(OUT, 'gen', 'checks.json'), 'utf8'));
const norm = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
const MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n) => String(n).padStart(2, '0');
function fmtDate(d, f) {
  const y = d.getUTCFullYear(), m = d.getUTCMonth(), day = d.getUTCDate(), yy = String(y).slice(2), mon = MON[m].slice(0, 3);
  const r = { 'dd/mm/yyyy': `${pad(day)}/${pad(m + 1)}/${y}`, 'dd/mm/yy': `${pad(day)}/${pad(m + 1)}/${yy}`, 'mmm-yy': `${mon}-${yy}`, 'mmm yyyy': `${mon} ${y}`, 'mmmm yyyy': `${MON[m]} ${y}`, 'd mmm yyyy': `${day} ${mon} ${y}`, 'dd-mmm-yy': `${pad(day)}-${mon}-${yy}`, 'dd.mm.yy': `${pad(day)}.${pad(m + 1)}.${yy}` }[f];
  if (!r) throw new Error('unknown date format ' + f); return r;
}
function text(cell) {
  const m = cell.isMerged ? cell.master : cell; const v = m.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return fmtDate(v, m.numFmt);
  if (typeof v === 'object' && v.richText) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'result' in v) return String(v.result);
  return String(v);
}
const colNum = (c) => c.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
function rowTexts(ws, r) { const out = []; const row = ws.getRow(r); for (let c = 1; c <= Math.max(ws.columnCount, row.cellCount); c++) out.push(norm(text(row.getCell(c)))); return out; }
const WRES = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
const WDES = ['1', '2', '3', '4', '4a', '4b', '5', '6', '7', '8', '9', '9a', '9b', '10'];
const KEYS = ['sheet', 'standard', 'identity', 'headerRows', 'nonActionRows', 'ambiguousRows', 'notes', 'actions'];
const AKEYS = ['row', 'ref', 'indicator', 'indicators', 'theme', 'action', 'lead', 'due', 'status', 'rag', 'progress', 'outcome', 'completed', 'dueSource'];
let failures = 0; let plans = 0;
for (const f of fs.readdirSync(OUT).filter((x) => x.endsWith('.gold.json')).sort()) {
  const name = f.replace('.gold.json', ''); if (only && !name.includes(only)) continue;
  plans++; const errs = []; const g = JSON.parse(fs.readFileSync(path.join(OUT, f), 'utf8')); const chk = checks[name] || {};
  const m = /^holdout50-(wres|wdes)-(\d{4}-\d{2})-([a-z]+)$/.exec(name);
  if (!m) errs.push('bad file name');
  else { if (g.standard !== m[1].toUpperCase()) errs.push('standard ≠ file name'); if (g.identity?.period !== m[2]) errs.push('period ≠ file name'); }
  if (JSON.stringify(Object.keys(g)) !== JSON.stringify(KEYS)) errs.push('gold keys ' + Object.keys(g));
  if (JSON.stringify(Object.keys(g.identity)) !== '["period","trust"]') errs.push('identity keys');
  const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(OUT, name + '.xlsx'));
  const ws = wb.getWorksheet(g.sheet); if (!ws) { console.log(name, 'NO SHEET', g.sheet); failures++; continue; }
  // the identity is written in a cell somewhere in the workbook (as the workbook states it), and is none of the named other bodies
  let trustSeen = false; wb.eachSheet((s) => s.eachRow((row, r) => { if (rowTexts(s, r).some((t) => t.includes(g.identity.trust))) trustSeen = true; }));
  if (!trustSeen) errs.push(`identity '${g.identity.trust}' not on any sheet`);
  for (const o of chk.notIdentity || []) { if (g.identity.trust === o) errs.push(`identity is the other body '${o}'`); let seen = false; wb.eachSheet((s) => s.eachRow((row, r) => { if (rowTexts(s, r).some((t) => t.includes(o))) seen = true; })); if (!seen) errs.push(`notIdentity '${o}' is not on the workbook (trap not real)`); }
  if (g.actions.length < 6 || g.actions.length > 20) errs.push('action count ' + g.actions.length);
  const rows = g.actions.map((a) => a.row); if (rows.some((r, i) => i && r <= rows[i - 1])) errs.push('actions not in row order');
  const non = new Set(g.nonActionRows); const act = new Set(rows);
  if (JSON.stringify(g.nonActionRows) !== JSON.stringify([...g.nonActionRows].sort((a, b) => a - b))) errs.push('nonActionRows not sorted');
  for (const r of g.headerRows) if (!non.has(r)) errs.push(`header row ${r} not in nonActionRows`);
  for (const r of g.ambiguousRows) if (!non.has(r)) errs.push(`ambiguous row ${r} not in nonActionRows`);
  for (const r of rows) if (non.has(r)) errs.push(`row ${r} both action and non-action`);
  for (let r = 1; r <= ws.rowCount; r++) {
    const has = rowTexts(ws, r).some(Boolean);
    if (has && !non.has(r) && !act.has(r)) errs.push(`row ${r} has content but is unclassified: ${rowTexts(ws, r).join(' | ').slice(0, 80)}`);
    if (!has && (non.has(r) || act.has(r))) errs.push(`row ${r} listed but empty`);
  }
  for (const r of chk.sections || []) if (!non.has(r) || g.headerRows.includes(r)) errs.push(`section row ${r} not a plain non-action row`);
  for (const r of chk.dataRows || []) if (!non.has(r) || g.headerRows.includes(r)) errs.push(`data row ${r} not a plain non-action row`);
  const valid = g.standard === 'WRES' ? WRES : WDES;
  for (const a of g.actions) {
    const where = `row ${a.row}`;
    if (JSON.stringify(Object.keys(a)) !== JSON.stringify(AKEYS)) errs.push(`${where} action keys`);
    const cells = rowTexts(ws, a.row); const inRow = (v) => cells.some((c) => c === norm(v) || c.includes(norm(v)));
    if (!cells.includes(norm(a.action))) errs.push(`${where} action text not a cell`);
    if (a.ref && !inRow(a.ref)) errs.push(`${where} ref '${a.ref}' not on row`);
    for (const fld of ['lead', 'due', 'progress', 'outcome', 'completed']) if (a[fld] && !inRow(a[fld])) errs.push(`${where} ${fld} '${a[fld]}' not on row`);
    for (const fld of ['lead', 'due', 'status', 'progress', 'outcome']) if (['N/A', 'n/a', '-', '—'].includes(norm(a[fld]))) errs.push(`${where} ${fld} is a none-mark`);
    // fields that must come from one column (fieldCols: { lead: 'F', due: 'G', … }): the gold equals that cell exactly
    for (const [fld, col] of Object.entries(chk.fieldCols || {})) { const v = norm(text(ws.getCell(`${col}${a.row}`))); if (norm(a[fld]) !== v) errs.push(`${where} ${fld} '${a[fld]}' ≠ ${col} '${v}'`); }
    // context / organisation columns never give a gold field
    for (const col of [...(chk.notFrom || []), ...(chk.orgCols || [])]) { const t = norm(text(ws.getCell(`${col}${a.row}`))); if (t) for (const fld of ['ref', 'action', 'lead', 'due', 'status', 'progress', 'outcome', 'theme']) if (norm(a[fld]) === t) errs.push(`${where} ${fld} taken from context column ${col} ('${t}')`); }
    for (const v of chk.forbidden || []) for (const fld of ['ref', 'action', 'lead', 'due', 'status', 'theme', 'progress', 'outcome']) if (norm(a[fld]) === norm(v)) errs.push(`${where} ${fld} is the context value '${v}'`);
    if (a.theme !== null) { let ok = false; for (let r = a.row - 1; r >= 1; r--) if (non.has(r) && !g.headerRows.includes(r) && rowTexts(ws, r).includes(norm(a.theme))) { ok = true; break; } if (!ok) errs.push(`${where} theme '${a.theme}' not a non-action row above`); }
    if (chk.sections && a.theme !== null) { const sec = [...chk.sections].filter((r) => r < a.row).pop(); if (!rowTexts(ws, sec).includes(norm(a.theme))) errs.push(`${where} theme is not its nearest section row ${sec}`); }
    if (chk.sections && a.theme === null) errs.push(`${where} sectioned plan but theme null`);
    if (!Array.isArray(a.indicators) || a.indicators.some((i) => !valid.includes(i))) errs.push(`${where} indicators invalid ${a.indicators}`);
    if ((a.indicators.length ? a.indicators[0] : null) !== a.indicator) errs.push(`${where} indicator ≠ indicators[0]`);
    if (new Set(a.indicators).size !== a.indicators.length) errs.push(`${where} duplicate indicators`);
    if (a.dueSource !== (a.due ? 'column' : null) && !(chk.dueSources || []).includes(a.dueSource)) errs.push(`${where} dueSource ${a.dueSource}`);
    if (chk.ragCol) {
      const cell = ws.getCell(`${chk.ragCol}${a.row}`); const t = norm(text(cell));
      const seen = RAG_OF[cell.fill?.fgColor?.argb] ?? null;
      if (seen !== a.rag) errs.push(`${where} rag '${a.rag}' but status cell shows '${seen}' (${t})`);
      if (norm(a.status) !== t) errs.push(`${where} status '${a.status}' ≠ status cell '${t}'`);
    } else if (a.rag !== null || a.status !== '') errs.push(`${where} status/rag set but plan has no status column`);
    if (verbose) console.log(`  ${where} ${a.ref} [${a.indicators}] ${a.lead} | ${a.due} | ${a.status} → ${a.rag} | ${a.theme} | ${a.action.slice(0, 40)}`);
  }
  if (errs.length) { failures += errs.length; console.log(`✗ ${name}`); errs.forEach((e) => console.log('   ', e)); }
  else console.log(`✓ ${name} (${g.actions.length} actions)`);
}
console.log(failures ? `${failures} problem(s)` : `all ${plans} plans verified`);
process.exit(failures ? 1 : 0);
