// Re-opens every holdout59 workbook and checks its gold against the cells: holdout25's generic checks (file name, gold key order, trust
// named, action count, row order, every non-empty row classified, action text = a cell of its row, ref on the row, theme = a non-action
// row above, valid indicators) plus this batch's LEAD and TIMESCALE checks from checks.json:
//   due      – gold due = the due column's text AS DISPLAYED (Excel dates through their number format, typed text as typed); '' only
//              where the cell is empty (dueSource null then, 'column' otherwise);
//   lead     – mode 'whole': the lead cell as written; 'firstLine': the cell's (bold) first line, never the 'supported by …' line;
//              'marked': the initials marked '(L)', never a supporter's;
//   status   – mode 'word' (rag null), 'fill' (rag = the cell's fill; status '' when the cell has no text), 'font' (rag = font colour);
//   progress / outcome – the named column; notFrom – no field from those columns; forbidden – no field equals a context value.
// `node gen/verify.js [-v] [name]`
import fs from 'node:fs';
import path from 'node:path';
import { ExcelJS, OUT, RAG_OF, shown } from './lib.js';
const verbose = process.argv.includes('-v');
const only = process.argv.slice(2).find((a) => !a.startsWith('-'));
const checks = JSON.parse(fs.readFileSync(path.join(OUT, 'gen', 'checks.json'), 'utf8'));
const norm = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
function text(cell) {
  const m = cell.isMerged ? cell.master : cell; const v = m.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) { const s = shown(v, m.numFmt); if (!s) throw new Error('unknown date format ' + m.numFmt); return s; }
  if (typeof v === 'object' && v.richText) return v.richText.map((r) => r.text).join('');
  return String(v);
}
const rowTexts = (ws, r) => { const out = []; const row = ws.getRow(r); for (let c = 1; c <= Math.max(ws.columnCount, row.cellCount); c++) out.push(text(row.getCell(c))); return out; };
const WRES = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
const WDES = ['1', '2', '3', '4', '4a', '4b', '5', '6', '7', '8', '9', '9a', '9b', '10'];
const KEYS = ['sheet', 'standard', 'identity', 'headerRows', 'nonActionRows', 'ambiguousRows', 'notes', 'actions'];
const AKEYS = ['row', 'ref', 'indicator', 'indicators', 'theme', 'action', 'lead', 'due', 'status', 'rag', 'progress', 'outcome', 'completed', 'dueSource'];
let failures = 0; let plans = 0; let total = 0;
for (const f of fs.readdirSync(OUT).filter((x) => x.endsWith('.gold.json')).sort()) {
  const name = f.replace('.gold.json', ''); if (only && !name.includes(only)) continue;
  plans++; const errs = []; const g = JSON.parse(fs.readFileSync(path.join(OUT, f), 'utf8')); const chk = checks[name] || {};
  const m = /^holdout59-(wres|wdes)-(\d{4}-\d{2})-([a-z]+)$/.exec(name);
  if (!m) errs.push('bad file name');
  else { if (g.standard !== m[1].toUpperCase()) errs.push('standard ≠ file name'); if (g.identity?.period !== m[2]) errs.push('period ≠ file name'); }
  if (JSON.stringify(Object.keys(g)) !== JSON.stringify(KEYS)) errs.push('gold keys ' + Object.keys(g));
  const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(OUT, name + '.xlsx'));
  const ws = wb.getWorksheet(g.sheet); if (!ws) { console.log(name, 'NO SHEET', g.sheet); failures++; continue; }
  let trustSeen = false; wb.eachSheet((s) => s.eachRow((row, r) => { if (rowTexts(s, r).some((t) => t.includes(g.identity.trust))) trustSeen = true; }));
  if (!trustSeen) errs.push('trust not on any sheet');
  if (g.actions.length < 6 || g.actions.length > 20) errs.push('action count ' + g.actions.length);
  const rows = g.actions.map((a) => a.row); if (rows.some((r, i) => i && r <= rows[i - 1])) errs.push('actions not in row order');
  const non = new Set(g.nonActionRows); const act = new Set(rows);
  for (const r of g.headerRows) if (!non.has(r)) errs.push(`header row ${r} not in nonActionRows`);
  for (const r of rows) if (non.has(r)) errs.push(`row ${r} both action and non-action`);
  for (let r = 1; r <= ws.rowCount; r++) {
    const has = rowTexts(ws, r).some((t) => norm(t) !== '');
    if (has && !non.has(r) && !act.has(r)) errs.push(`row ${r} has content but is neither action nor non-action`);
    if (!has && (non.has(r) || act.has(r))) errs.push(`row ${r} listed but empty`);
  }
  const valid = g.standard === 'WRES' ? WRES : WDES;
  const cv = (col, r) => norm(text(ws.getCell(`${col}${r}`)));
  for (const a of g.actions) {
    total++; const where = `row ${a.row}`; const cells = rowTexts(ws, a.row).map(norm);
    if (JSON.stringify(Object.keys(a)) !== JSON.stringify(AKEYS)) errs.push(`${where} action keys`);
    if (!cells.includes(norm(a.action))) errs.push(`${where} action is not a cell of its row`);
    if (a.ref && !cells.includes(a.ref)) errs.push(`${where} ref '${a.ref}' not on row`);
    if (a.indicators.some((i) => !valid.includes(i)) || (a.indicators[0] ?? null) !== a.indicator || new Set(a.indicators).size !== a.indicators.length) errs.push(`${where} indicators ${a.indicators} / ${a.indicator}`);
    if (a.theme !== null) { let ok = false; for (let r = a.row - 1; r >= 1; r--) if (non.has(r) && !g.headerRows.includes(r) && rowTexts(ws, r).map(norm).includes(norm(a.theme))) { ok = true; break; } if (!ok) errs.push(`${where} theme not a non-action row above`); }
    if (chk.due) {
      const want = cv(chk.due.col, a.row);
      if (norm(a.due) !== want) errs.push(`${where} due '${a.due}' ≠ ${chk.due.col} as displayed '${want}'`);
      if ((a.dueSource ?? null) !== (want ? 'column' : null)) errs.push(`${where} dueSource ${a.dueSource}`);
      if (want && typeof ws.getCell(`${chk.due.col}${a.row}`).value === 'number') errs.push(`${where} due cell is a bare number`);
    }
    if (chk.lead) {
      const lc = text(ws.getCell(`${chk.lead.col}${a.row}`)); let want;
      if (chk.lead.mode === 'whole') want = norm(lc);
      else if (chk.lead.mode === 'firstLine') { const [first, ...rest] = lc.split('\n'); want = norm(first); for (const l of rest) { if (!/^supported by /.test(l)) errs.push(`${where} second line is not 'supported by …'`); if (norm(a.lead).includes(norm(l.replace(/^supported by /, '')))) errs.push(`${where} lead includes the supporter`); } }
      else if (chk.lead.mode === 'marked') { const mk = /(\S+) \(L\)/.exec(lc); want = mk ? mk[1] : ''; if ((lc.match(/\(L\)/g) || []).length !== 1) errs.push(`${where} not exactly one (L)`); }
      if (norm(a.lead) !== want) errs.push(`${where} lead '${a.lead}' ≠ '${want}' (${chk.lead.mode})`);
    } else if (a.lead) errs.push(`${where} lead but no lead column`);
    if (chk.status) {
      const c = ws.getCell(`${chk.status.col}${a.row}`); const t = cv(chk.status.col, a.row);
      if (norm(a.status) !== t) errs.push(`${where} status '${a.status}' ≠ cell '${t}'`);
      const seen = chk.status.mode === 'fill' ? RAG_OF[c.fill?.fgColor?.argb] ?? null : chk.status.mode === 'font' ? RAG_OF[c.font?.color?.argb] ?? null : null;
      if (seen !== a.rag) errs.push(`${where} rag '${a.rag}' but the cell shows '${seen}'`);
    } else if (a.status || a.rag !== null) errs.push(`${where} status/rag in a plan without status`);
    for (const fld of ['progress', 'outcome']) { if (chk[fld]) { if (norm(a[fld]) !== cv(chk[fld], a.row)) errs.push(`${where} ${fld} ≠ column ${chk[fld]}`); } else if (a[fld]) errs.push(`${where} ${fld} without a column`); }
    for (const col of chk.notFrom || []) { const t = cv(col, a.row); if (t) for (const fld of ['action', 'lead', 'due', 'status', 'progress', 'outcome']) if (norm(a[fld]) === t) errs.push(`${where} ${fld} taken from context column ${col}`); }
    for (const v of chk.forbidden || []) for (const fld of ['action', 'lead', 'due', 'status', 'theme', 'progress', 'outcome']) if (a[fld] && norm(a[fld]) === v) errs.push(`${where} ${fld} is the context value '${v}'`);
    if (verbose) console.log(`  ${where} [${a.indicators}] ${a.lead} | ${a.due} | ${a.status} → ${a.rag} | ${a.action.slice(0, 50)}`);
  }
  if (errs.length) { failures += errs.length; console.log(`✗ ${name}`); errs.forEach((e) => console.log('   ', e)); }
  else console.log(`✓ ${name} (${g.actions.length} actions)`);
}
console.log(failures ? `${failures} problem(s)` : `all ${plans} plans verified, ${total} actions`);
process.exit(failures ? 1 : 0);
