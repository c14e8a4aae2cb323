// Re-opens every holdout67 workbook and checks its gold against the cells: holdout25's core checks cut to this batch (file name, period
// and standard, gold key order, trust named, 6–20 actions in row order, every non-empty row classified exactly once, header rows,
// valid indicators, theme = a non-action row above, status / rag against the fill) plus, for this batch's MULTI-ROW ACTIONS:
//  joins  – the action text is its row's cell JOINED with the continuation rows' cells of the same column (never the first line alone);
//  blocks – step / milestone / task / record rows that belong to an action are non-action rows; by default every gold field comes from
//           the action row itself and never from a block row (a step's owner or date is not the lead or due); with fieldsFromBlock the
//           record's second row is where lead, due, status and progress live.
// `node gen/verify.js [-v] [name]`
import fs from 'node:fs';
import path from 'node:path';
import { ExcelJS, OUT, RAG_OF } from './lib.js';
const verbose = process.argv.includes('-v');
const only = process.argv.slice(2).find((a) => !a.startsWith('-'));
const checks = JSON.parse(fs.readFileSync(path.join(OUT, 'gen', 'checks.json'), 'utf8'));
const norm = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
const pad = (n) => String(n).padStart(2, '0');
function text(cell) {
  const m = cell.isMerged ? cell.master : cell; const v = m.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) { if (m.numFmt !== 'dd/mm/yyyy') throw new Error('unexpected date format ' + m.numFmt); return `${pad(v.getUTCDate())}/${pad(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`; }
  if (typeof v === 'object' && v.richText) return v.richText.map((r) => r.text).join('');
  return String(v);
}
const own = (cell) => !cell.isMerged || cell.master.address === cell.address; // a merged slave shows nothing of its own
const KEYS = ['sheet', 'standard', 'identity', 'headerRows', 'nonActionRows', 'ambiguousRows', 'notes', 'actions'];
const AKEYS = ['row', 'ref', 'indicator', 'indicators', 'theme', 'action', 'lead', 'due', 'status', 'rag', 'progress', 'outcome', 'completed', 'dueSource'];
const WRES = ['1', '2', '3', '4', '5', '6', '7', '8', '9'], WDES19 = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'], WDES21 = ['1', '2', '3', '4a', '4b', '5', '6', '7', '8', '9a', '9b', '10'];
let failures = 0, plans = 0, total = 0;
for (const file of fs.readdirSync(OUT).filter((f) => f.endsWith('.gold.json')).sort()) {
  const name = file.replace('.gold.json', ''); if (only && !name.includes(only)) continue; plans++;
  const g = JSON.parse(fs.readFileSync(path.join(OUT, file), 'utf8')); const chk = checks[name] || {}; const errs = [];
  const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(OUT, `${name}.xlsx`)); const ws = wb.getWorksheet(g.sheet);
  if (!ws) { console.log(`✗ ${name} no sheet ${g.sheet}`); failures++; continue; }
  const m = /^holdout67-(wres|wdes)-(\d{4}-\d\d)-[a-z]+$/.exec(name);
  if (!m || m[1].toUpperCase() !== g.standard || m[2] !== g.identity.period) errs.push('file name / standard / period disagree');
  if (JSON.stringify(Object.keys(g)) !== JSON.stringify(KEYS)) errs.push('gold keys out of order');
  const cellsOf = (r, viaMerge = false) => { const out = []; const row = ws.getRow(r); for (let c = 1; c <= ws.columnCount; c++) { const cell = row.getCell(c); out.push(own(cell) || viaMerge ? norm(text(cell)) : ''); } return out; };
  const maxRow = ws.rowCount; let trustSeen = false;
  for (let r = 1; r <= maxRow; r++) if (cellsOf(r).some((t) => t.includes(g.identity.trust))) trustSeen = true;
  if (!trustSeen) errs.push('trust not named on the sheet');
  if (!String(g.notes).includes(g.identity.period.replace('-', '/')) && !g.notes.includes(g.identity.period)) errs.push('notes do not name the period');
  const rows = g.actions.map((a) => a.row); const act = new Set(rows); const non = new Set(g.nonActionRows);
  if (g.actions.length < 6 || g.actions.length > 20) errs.push(`${g.actions.length} actions`);
  if (rows.some((r, i) => i && r <= rows[i - 1])) errs.push('actions not in row order');
  for (let r = 1; r <= maxRow; r++) {
    const filled = cellsOf(r).some(Boolean);
    if (filled && !act.has(r) && !non.has(r)) errs.push(`row ${r} not classified`);
    if (act.has(r) && non.has(r)) errs.push(`row ${r} both action and non-action`);
    if (!filled && (act.has(r) || non.has(r))) errs.push(`row ${r} empty but listed`);
  }
  for (const h of g.headerRows) if (!non.has(h)) errs.push(`header ${h} not a non-action row`);
  const valid = g.standard === 'WRES' ? WRES : g.identity.period === '2019-20' ? WDES19 : WDES21;
  const blockRows = new Set(Object.values(chk.blocks || {}).flat()); const joinRows = new Set(Object.values(chk.joins || {}).flat());
  for (const r of [...blockRows, ...joinRows]) if (!non.has(r) || act.has(r)) errs.push(`block / join row ${r} is not a plain non-action row`);
  if (chk.hiddenBlocks) for (const r of blockRows) if (!ws.getRow(r).hidden) errs.push(`milestone row ${r} is not hidden`);
  for (const a of g.actions) {
    total++; const w = `row ${a.row}`;
    if (JSON.stringify(Object.keys(a)) !== JSON.stringify(AKEYS)) errs.push(`${w} action keys out of order`);
    const here = cellsOf(a.row, !!chk.staffGroups); const joins = chk.joins?.[a.row] || []; const blk = chk.blocks?.[String(a.row)] || [];
    // action text: the row's cell, or that cell joined with the same column of its continuation rows
    const joined = here.map((t, c) => norm([t, ...joins.map((r) => cellsOf(r)[c])].filter(Boolean).join(' ')));
    if (!joined.includes(norm(a.action))) errs.push(`${w} action is not its cell joined with its continuation rows`);
    if (joins.length && here.includes(norm(a.action))) errs.push(`${w} action is only the first row of a continued cell`);
    for (const r of blk) if (cellsOf(r).includes(norm(a.action))) errs.push(`${w} action taken from a step row`);
    const src = chk.fieldsFromBlock ? [...here, ...blk.flatMap(cellsOf)] : here;
    for (const f of ['ref', 'lead', 'due', 'status', 'progress', 'outcome']) {
      if (!a[f]) continue; const v = norm(a[f]);
      if (!src.includes(v) && !joined.includes(v)) errs.push(`${w} ${f} '${v}' not on its row`);
      if (!chk.fieldsFromBlock) for (const r of blk) if (cellsOf(r).includes(v) && !here.includes(v)) errs.push(`${w} ${f} '${v}' taken from a step row`);
    }
    if (a.theme !== null) { let ok = false; for (let r = a.row - 1; r >= 1; r--) if (non.has(r) && !blockRows.has(r) && cellsOf(r).includes(norm(a.theme))) { ok = true; break; } if (!ok) errs.push(`${w} theme not a non-action row above`); }
    if (a.indicators.some((i) => !valid.includes(i)) || (a.indicators[0] ?? null) !== a.indicator || new Set(a.indicators).size !== a.indicators.length) errs.push(`${w} indicators wrong ${a.indicators}`);
    // staff-group pairs (corvenhithe): an action on the second row of a pair reads the merged Ref / WRES / Action cells above it, and its
    // own row names a staff group; the pair's two actions differ in lead, due or status
    if (chk.staffGroups) {
      const sg = norm(text(ws.getRow(a.row).getCell(chk.staffGroups.groupCol)));
      if (!chk.staffGroups.groups.includes(sg)) errs.push(`${w} staff group '${sg}' not one of the plan's groups`);
      const twin = g.actions.find((b) => b !== a && b.action === a.action);
      if (twin && twin.lead === a.lead && twin.due === a.due && twin.status === a.status) errs.push(`${w} repeated action has nothing of its own`);
      if (twin && twin.row === a.row - 1 && own(ws.getRow(a.row).getCell(chk.staffGroups.actionCol))) errs.push(`${w} second row of a pair does not sit under a merged action cell`);
    }
    if (chk.mode === 'fill') {
      const r = a.row + (chk.ragRowOffset || 0); const cell = ws.getRow(r).getCell(chk.ragCol); const c = cell.isMerged ? cell.master : cell;
      const seen = RAG_OF[c.fill?.fgColor?.argb] ?? null;
      if (seen !== a.rag) errs.push(`${w} rag '${a.rag}' but cell shows '${seen}'`);
      if (norm(a.status) !== norm(text(cell))) errs.push(`${w} status '${a.status}' ≠ status cell '${norm(text(cell))}'`);
    } else if (a.rag !== null || a.status !== '') errs.push(`${w} status/rag set in a plan without a status column`);
    if (a.due && a.dueSource !== 'column') errs.push(`${w} dueSource`);
    if (verbose) console.log(`  ${w} ${a.ref} [${a.indicators}] ${a.lead} | ${a.due} | ${a.status}→${a.rag} | ${a.action.slice(0, 60)}`);
  }
  if (errs.length) { failures += errs.length; console.log(`✗ ${name}`); errs.forEach((e) => console.log('   ', e)); }
  else console.log(`✓ ${name} (${g.actions.length} actions)`);
}
console.log(failures ? `${failures} problem(s)` : `all ${plans} plans verified, ${total} actions`);
process.exit(failures ? 1 : 0);
