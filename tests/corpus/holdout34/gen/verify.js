// Re-opens every holdout34 workbook and checks its gold against the cells (a compact rewrite of holdout25's verify for this batch's
// exported plans): gold keys and their order; every non-empty non-action row listed; every gold field found on its row (or on its
// continuation rows, checks.json joins); the action equal to one cell (or the joined cell); RAG from the checks.json rule (a word
// column or a fill column); no field taken from the route's system / context columns (notFrom) nor from forbidden strings; theme on
// a non-action row above; indicators valid for the standard and year; trust and period written somewhere on the sheet.
// `node gen/verify.js [-v] [name]`
import fs from 'node:fs';
import path from 'node:path';
import { ExcelJS, OUT, RAG_OF, shown, colNum } from './lib.js';
const verbose = process.argv.includes('-v');
const only = process.argv.slice(2).find((a) => !a.startsWith('-'));
const checks = JSON.parse(fs.readFileSync(path.join(OUT, 'gen', 'checks.json'), 'utf8'));
const norm = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
const KEYS = ['sheet', 'standard', 'identity', 'headerRows', 'nonActionRows', 'ambiguousRows', 'notes', 'actions'];
const AKEYS = ['row', 'ref', 'indicator', 'indicators', 'theme', 'action', 'lead', 'due', 'status', 'rag', 'progress', 'outcome', 'completed', 'dueSource'];
function text(cell) {
  let v = cell.value;
  if (v === null || v === undefined) return '';
  if (v.richText) return v.richText.map((r) => r.text).join('');
  if (v.formula !== undefined || v.sharedFormula !== undefined) v = v.result;
  if (v && v.hyperlink) return String(v.text?.richText ? v.text.richText.map((r) => r.text).join('') : v.text);
  if (v && v.error) return v.error;
  if (v instanceof Date) { const f = cell.numFmt || 'dd/mm/yyyy'; const s = shown(v, f); if (s) return s; if (/^dd\/mm\/yy(yy)? hh:mm(:ss)?$/.test(f)) return shown(v, f.startsWith('dd/mm/yyyy') ? 'dd/mm/yyyy' : 'dd/mm/yy') + ' ' + String(v.getUTCHours()).padStart(2, '0') + ':' + String(v.getUTCMinutes()).padStart(2, '0') + (f.endsWith(':ss') ? ':00' : ''); throw new Error('format ' + f); }
  if (typeof v === 'number') { const f = cell.numFmt; if (f === '0%') return Math.round(v * 100) + '%'; return String(v); }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}
let failures = 0, plans = 0, actions = 0;
for (const f of fs.readdirSync(OUT).filter((x) => x.endsWith('.gold.json')).sort()) {
  const name = f.replace('.gold.json', ''); if (only && !name.includes(only)) continue;
  plans++; const errs = [];
  const g = JSON.parse(fs.readFileSync(path.join(OUT, f), 'utf8')); const chk = checks[name] || {};
  if (JSON.stringify(Object.keys(g)) !== JSON.stringify(KEYS)) errs.push('gold keys/order');
  const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(OUT, name + '.xlsx'));
  const ws = wb.getWorksheet(g.sheet); if (!ws) { console.log('✗', name, 'no sheet', g.sheet); failures++; continue; }
  const rowCells = (r) => { const out = []; ws.getRow(r).eachCell({ includeEmpty: false }, (c) => { if (!c.isMerged || c.master.address === c.address) out.push(norm(text(c))); }); return out.filter(Boolean); };
  const rowCellsM = (r) => { const out = []; for (let c = 1; c <= ws.columnCount; c++) { const cell = ws.getRow(r).getCell(c); const t = norm(text(cell.isMerged ? cell.master : cell)); if (t) out.push(t); } return out; };
  const nonEmpty = new Set(); for (let r = 1; r <= ws.rowCount; r++) if (rowCells(r).length) nonEmpty.add(r);
  const act = new Set(g.actions.map((a) => a.row)); const non = new Set(g.nonActionRows);
  for (const r of nonEmpty) if (!act.has(r) && !non.has(r)) errs.push(`row ${r} non-empty but neither action nor non-action (${rowCells(r)[0]?.slice(0, 40)})`);
  for (const r of non) { if (!nonEmpty.has(r)) errs.push(`non-action row ${r} is empty`); if (act.has(r)) errs.push(`row ${r} both action and non-action`); }
  for (const r of g.headerRows) if (!non.has(r)) errs.push(`header row ${r} not in nonActionRows`);
  const all = []; for (let r = 1; r <= ws.rowCount; r++) all.push(...rowCells(r));
  const allText = all.join(' | ') + ' | ' + g.sheet;
  if (!allText.includes(g.identity.trust)) errs.push(`trust '${g.identity.trust}' not on the sheet`);
  const [y1, y2] = g.identity.period.split('-'); const forms = [`${y1}-${y2}`, `${y1}/${y2}`, `${y1}/20${y2}`, `${y1}-20${y2}`, `${y1}–${y2}`, `${y1} - ${y2}`, `${y1}/${y2}`.replace(/^20/, '')];
  if (!forms.some((x) => allText.includes(x))) errs.push(`period ${g.identity.period} not written on the sheet`);
  const valid = g.standard === 'WRES' ? ['1', '2', '3', '4', '5', '6', '7', '8', '9'] : Number(y1) >= 2021 ? ['1', '2', '3', '4a', '4b', '5', '6', '7', '8', '9a', '9b', '10'] : ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
  if (g.actions.length < 6 || g.actions.length > 20) errs.push(`${g.actions.length} actions (want 6–20)`);
  for (const a of g.actions) {
    actions++; const where = `row ${a.row}`;
    if (JSON.stringify(Object.keys(a)) !== JSON.stringify(AKEYS)) errs.push(`${where} action keys/order`);
    if (!nonEmpty.has(a.row)) errs.push(`${where} action row empty`);
    const cells = rowCellsM(a.row);
    const joined = (chk.joins?.[a.row] || []).map(({ col, rows }) => norm([a.row, ...rows].map((r) => text(ws.getRow(r).getCell(col))).join(' ')));
    for (const j of chk.joins?.[a.row] || []) for (const r of j.rows) if (!non.has(r)) errs.push(`${where} continuation row ${r} not a non-action row`);
    const pool = [...cells, ...joined];
    if (!pool.includes(norm(a.action))) errs.push(`${where} action not a cell: '${a.action.slice(0, 50)}'`);
    for (const fld of ['ref', 'lead', 'due', 'status', 'progress', 'outcome', 'completed']) {
      const v = norm(a[fld]); if (!v) continue;
      if (!pool.some((c) => c.includes(v))) errs.push(`${where} ${fld} '${v}' not on the row`);
      for (const col of chk.notFrom || []) { const t = norm(text(ws.getCell(`${col}${a.row}`))); if (t && t === v) errs.push(`${where} ${fld} taken from context column ${col}`); }
      for (const fb of chk.forbidden || []) if (v === norm(fb)) errs.push(`${where} ${fld} is forbidden '${fb}'`);
    }
    if (chk.exact) for (const [fld, col] of Object.entries(chk.exact)) { const t = norm(text(ws.getCell(`${col}${a.row}`))); if (norm(a[fld]) !== t) errs.push(`${where} ${fld} '${a[fld]}' ≠ column ${col} '${t}'`); }
    // a 'start - end' timeline (monday.com): due = its END, never the start
    if (chk.dueEnd) { const t = norm(text(ws.getCell(`${chk.dueEnd}${a.row}`))); const want = t ? t.split(' - ')[1] : ''; if (norm(a.due) !== want) errs.push(`${where} due '${a.due}' ≠ end of timeline '${want}'`); }
    if (a.dueSource !== (a.due ? 'column' : null) && !chk.dueText) errs.push(`${where} dueSource`);
    // RAG
    const rg = chk.rag;
    if (!rg) { if (a.rag !== null) errs.push(`${where} rag set but plan has no RAG on the sheet`); }
    else {
      const cell = ws.getCell(`${rg.col}${a.row}`); const t = norm(text(cell)); let seen;
      if (rg.words) seen = rg.words[t] ?? null; else if (rg.fills) seen = rg.fills[cell.fill?.fgColor?.argb] ?? null; else seen = RAG_OF[cell.fill?.fgColor?.argb] ?? null;
      if (seen !== a.rag) errs.push(`${where} rag '${a.rag}' but ${rg.col} shows '${seen}' (${t})`);
    }
    if (a.theme !== null) { let ok = false; for (let r = a.row - 1; r >= 1; r--) if (non.has(r) && rowCellsM(r).includes(norm(a.theme))) { ok = true; break; } if (!ok) errs.push(`${where} theme not a non-action row above`); }
    if (a.indicators.some((i) => !valid.includes(i))) errs.push(`${where} invalid indicators ${a.indicators}`);
    if ((a.indicators[0] ?? null) !== a.indicator) errs.push(`${where} indicator ≠ indicators[0]`);
    if (new Set(a.indicators).size !== a.indicators.length) errs.push(`${where} duplicate indicators`);
    if (verbose) console.log(`  ${where} ${a.ref} [${a.indicators}] ${a.lead} | ${a.due} | ${a.status} → ${a.rag} | ${a.action.slice(0, 50)}`);
  }
  if (errs.length) { failures += errs.length; console.log(`✗ ${name}`); errs.forEach((e) => console.log('   ', e)); }
  else console.log(`✓ ${name} (${g.actions.length} actions)`);
}
console.log(failures ? `${failures} problem(s)` : `all ${plans} plans verified (${actions} actions)`);
process.exit(failures ? 1 : 0);
