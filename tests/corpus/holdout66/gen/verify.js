// Re-opens every holdout66 workbook and checks its gold against the cells: every non-empty row is either an action or listed in
// nonActionRows (never both); header rows are non-action rows; each action's text is one of its row's cells; ref, lead, due, status,
// progress and outcome are (inside) a cell of the row as displayed; the RAG agrees with the status cell's fill (mode 'fill') or with
// the word's key (mode 'word'); theme is the text of a non-action row above; indicators are valid codes with indicator = indicators[0];
// the trust named in identity is written on the sheet. Plans may list 'notFrom' columns no gold field may come from. `node gen/verify.js [-v] [name]`
import fs from 'node:fs';
import path from 'node:path';
import { ExcelJS, OUT, RAG_OF, shown, colNum } from './lib.js';
const verbose = process.argv.includes('-v');
const only = process.argv.slice(2).find((a) => !a.startsWith('-'));
const checks = JSON.parse(fs.readFileSync(path.join(OUT, 'gen', 'checks.json'), 'utf8'));
const norm = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
function text(cell) {
  const c = cell.isMerged && cell.master ? cell.master : cell; const v = c.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return shown(v, c.numFmt) ?? (() => { throw new Error('no format for date at ' + c.address); })();
  if (typeof v === 'object' && v.richText) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'result' in v) return String(v.result);
  return String(v);
}
let failures = 0, plans = 0, actions = 0;
for (const f of fs.readdirSync(OUT).filter((f) => f.endsWith('.gold.json')).sort()) {
  const name = f.replace('.gold.json', ''); if (only && !name.includes(only)) continue; plans++;
  const g = JSON.parse(fs.readFileSync(path.join(OUT, f), 'utf8')); const chk = checks[name] || {}; const errs = [];
  const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(OUT, name + '.xlsx'));
  const ws = wb.getWorksheet(g.sheet); if (!ws) { console.log(`✗ ${name}: no sheet ${g.sheet}`); failures++; continue; }
  const keys = ['sheet', 'standard', 'identity', 'headerRows', 'nonActionRows', 'ambiguousRows', 'notes', 'actions'];
  if (JSON.stringify(Object.keys(g)) !== JSON.stringify(keys)) errs.push('gold keys not in holdout25 order');
  const akeys = ['row', 'ref', 'indicator', 'indicators', 'theme', 'action', 'lead', 'due', 'status', 'rag', 'progress', 'outcome', 'completed', 'dueSource'];
  const rowCells = (r) => { const out = []; const row = ws.getRow(r); for (let c = 1; c <= ws.columnCount; c++) { const cell = row.getCell(c); if (cell.isMerged && cell.master.address !== cell.address) continue; const t = norm(text(cell)); if (t) out.push(t); } return out; };
  const non = new Set(g.nonActionRows); const act = new Map(g.actions.map((a) => [a.row, a]));
  for (let r = 1; r <= ws.rowCount; r++) {
    const filled = rowCells(r).length > 0;
    if (filled && !non.has(r) && !act.has(r)) errs.push(`row ${r} filled but neither action nor non-action`);
    if (!filled && (non.has(r) || act.has(r))) errs.push(`row ${r} listed but empty`);
    if (non.has(r) && act.has(r)) errs.push(`row ${r} both action and non-action`);
  }
  for (const h of g.headerRows) if (!non.has(h)) errs.push(`header row ${h} not in nonActionRows`);
  const all = []; for (let r = 1; r <= ws.rowCount; r++) all.push(...rowCells(r));
  if (!all.some((t) => t.includes(g.identity.trust))) errs.push(`trust '${g.identity.trust}' not on sheet`);
  const valid = g.standard === 'WRES' ? ['1', '2', '3', '4', '5', '6', '7', '8', '9'] : ['1', '2', '3', '4', '4a', '4b', '5', '6', '7', '8', '9', '9a', '9b', '10'];
  for (const a of g.actions) {
    actions++; const where = `row ${a.row}`; const cells = rowCells(a.row);
    if (JSON.stringify(Object.keys(a)) !== JSON.stringify(akeys)) errs.push(`${where} action keys not in order`);
    if (!cells.includes(norm(a.action))) errs.push(`${where} action not a cell of its row`);
    for (const fld of ['ref', 'lead', 'due', 'status', 'progress', 'outcome', 'completed']) if (a[fld] && !cells.some((c) => c === norm(a[fld]) || c.includes(norm(a[fld])))) errs.push(`${where} ${fld} '${a[fld]}' not on its row`);
    for (const fld of ['status', 'due']) if (a[fld] && !cells.includes(norm(a[fld]))) errs.push(`${where} ${fld} '${a[fld]}' is not a whole cell`);
    if (a.due && a.dueSource !== 'column') errs.push(`${where} due without dueSource 'column'`);
    if (!a.due && a.dueSource !== null) errs.push(`${where} no due but dueSource set`);
    if (chk.notFrom) for (const col of chk.notFrom) { const t = norm(text(ws.getCell(`${col}${a.row}`))); if (t) for (const fld of ['action', 'lead', 'due', 'status', 'progress', 'outcome']) if (norm(a[fld]) === t) errs.push(`${where} ${fld} taken from context column ${col}`); }
    if (a.theme !== null) { let ok = false; for (let r = a.row - 1; r >= 1; r--) if (non.has(r) && rowCells(r).includes(norm(a.theme))) { ok = true; break; } if (!ok) errs.push(`${where} theme not a non-action row above`); }
    if (!Array.isArray(a.indicators) || a.indicators.some((i) => !valid.includes(i))) errs.push(`${where} indicators invalid ${a.indicators}`);
    if ((a.indicators.length ? a.indicators[0] : null) !== a.indicator) errs.push(`${where} indicator ≠ indicators[0]`);
    if (chk.mode) {
      const cell = ws.getRow(a.row).getCell(colNum(chk.ragCol)); const t = norm(text(cell)); let seen = null;
      if (chk.mode === 'fill') seen = RAG_OF[cell.fill?.fgColor?.argb] ?? null;
      else if (chk.mode === 'font') seen = t ? RAG_OF[cell.font?.color?.argb] ?? null : null;
      else if (chk.mode === 'word') seen = chk.words[t] ?? null;
      if (seen !== a.rag) errs.push(`${where} rag '${a.rag}' but cell shows '${seen}' (${t})`);
      if (chk.statusIsCell !== false && norm(a.status) !== t) errs.push(`${where} status '${a.status}' ≠ RAG cell '${t}'`);
    } else if (a.rag !== null) errs.push(`${where} rag set but plan has no RAG check`);
    if (verbose) console.log(`  ${where} ${a.ref} [${a.indicators}] ${a.lead} | ${a.due} | ${a.status} → ${a.rag} | ${a.action.slice(0, 50)}`);
  }
  if (g.actions.length < 6 || g.actions.length > 20) errs.push(`${g.actions.length} actions (6–20 wanted)`);
  if (errs.length) { failures += errs.length; console.log(`✗ ${name}`); errs.forEach((e) => console.log('   ', e)); }
  else console.log(`✓ ${name} (${g.actions.length} actions, ${g.nonActionRows.length} non-action rows)`);
}
console.log(failures ? `${failures} problem(s)` : `all ${plans} plans verified (${actions} actions)`);
process.exit(failures ? 1 : 0);
