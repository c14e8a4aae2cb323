// Re-opens every holdout45 workbook and checks its gold against the cells: file name, gold keys, identity on the sheet, every non-empty
// row classified once, action text = a cell, every other gold text field on the action's row, themes on non-action rows above, valid
// indicators, RAG against the recorded cell, and the batch's own checks (checks.json): `latest` (a field = the last filled cell of a run
// of update columns), `dueFrom` (due = the revised column where filled, else the original), `forbidden` (context strings that must not
// become a field), `band` (rows below a band have theme null), `flagged` (rows carrying a NEW / c/f flag are actions). `node gen/verify.js [-v] [name]`
import fs from 'node:fs';
import path from 'node:path';
import { ExcelJS, OUT, RAG_OF, colNum } from './lib.js';
const verbose = process.argv.includes('-v');
const only = process.argv.slice(2).find((a) => !a.startsWith('-'));
const checks = JSON.parse(fs.readFileSync(path.join(OUT, 'gen', 'checks.json'), 'utf8'));
const norm = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
const MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n) => String(n).padStart(2, '0');
function fmtDate(d, f) {
  const y = d.getUTCFullYear(), m = d.getUTCMonth(), day = d.getUTCDate();
  switch (f) {
    case 'dd/mm/yyyy': return `${pad(day)}/${pad(m + 1)}/${y}`;
    case 'dd/mm/yy': return `${pad(day)}/${pad(m + 1)}/${String(y).slice(2)}`;
    case 'dd.mm.yyyy': return `${pad(day)}.${pad(m + 1)}.${y}`;
    case 'mmm-yy': return `${MON[m].slice(0, 3)}-${String(y).slice(2)}`;
    case 'mmm yyyy': return `${MON[m].slice(0, 3)} ${y}`;
    case 'mmmm yyyy': return `${MON[m]} ${y}`;
    case 'd mmmm yyyy': return `${day} ${MON[m]} ${y}`;
    case 'dd-mmm-yy': return `${pad(day)}-${MON[m].slice(0, 3)}-${String(y).slice(2)}`;
    case 'dd mmm yy': return `${pad(day)} ${MON[m].slice(0, 3)} ${String(y).slice(2)}`;
    case 'dd mmmm yyyy': return `${pad(day)} ${MON[m]} ${y}`;
    case 'd mmm yyyy': return `${day} ${MON[m].slice(0, 3)} ${y}`;
    case 'dd.mm.yy': return `${pad(day)}.${pad(m + 1)}.${String(y).slice(2)}`;
    case 'dd mmm yyyy': return `${pad(day)} ${MON[m].slice(0, 3)} ${y}`;
    case '"by "mmm yyyy': return `by ${MON[m].slice(0, 3)} ${y}`;
    case '"w/c "dd/mm/yy': return `w/c ${pad(day)}/${pad(m + 1)}/${String(y).slice(2)}`;
    case 'mmm-yyyy': return `${MON[m].slice(0, 3)}-${y}`;
    case 'd-mmm-yy': return `${day}-${MON[m].slice(0, 3)}-${String(y).slice(2)}`;
    case 'mmm yy': return `${MON[m].slice(0, 3)} ${String(y).slice(2)}`;
    case 'yyyy-mm-dd': return `${y}-${pad(m + 1)}-${pad(day)}`;
    case '[$-809]dd mmmm yyyy;@': return `${pad(day)} ${MON[m]} ${y}`;
    case 'ddd dd/mm/yy': return `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()]} ${pad(day)}/${pad(m + 1)}/${String(y).slice(2)}`;
    default: throw new Error('unknown date format ' + f);
  }
}
function fmtNum(v, f) {
  if (!f || f === 'General') return String(v);
  if (f === '0.0%') return (v * 100).toFixed(1) + '%';
  if (f === '0%') return Math.round(v * 100) + '%';
  if (f === '0.00') return v.toFixed(2);
  if (f === '0.0') return v.toFixed(1);
  if (f === '+0.0;-0.0;0.0') return (v > 0 ? '+' : v < 0 ? '-' : '') + Math.abs(v).toFixed(1);
  if (f === '+0.00;-0.00;0.00') return (v > 0 ? '+' : v < 0 ? '-' : '') + Math.abs(v).toFixed(2);
  throw new Error('unknown number format ' + f);
}
let LIVE = false; // revision-mark plans (holdout15): a person reads a cell without its struck-through runs
function text(cell) {
  const m = cell.isMerged ? cell.master : cell; const v = m.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return fmtDate(v, m.numFmt);
  if (typeof v === 'number') return fmtNum(v, m.numFmt);
  if (typeof v === 'object' && v.richText) return v.richText.filter((r) => !(LIVE && r.font?.strike)).map((r) => r.text).join('');
  if (typeof v === 'object' && 'result' in v) return String(v.result);
  return String(v);
}
function rowTexts(ws, r) { const out = []; const row = ws.getRow(r); for (let c = 1; c <= Math.max(ws.columnCount, row.cellCount); c++) out.push(text(row.getCell(c))); return out; }
const cellText = (ws, ref) => text(ws.getCell(ref));
const WRES = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
const WDES = ['1', '2', '3', '4', '4a', '4b', '5', '6', '7', '8', '9', '9a', '9b', '10'];
const KEYS = ['sheet', 'standard', 'identity', 'headerRows', 'nonActionRows', 'ambiguousRows', 'notes', 'actions'];
const AKEYS = ['row', 'ref', 'indicator', 'indicators', 'theme', 'action', 'lead', 'due', 'status', 'rag', 'progress', 'outcome', 'completed', 'dueSource'];
const TF = ['ref', 'lead', 'due', 'status', 'progress', 'outcome', 'completed'];
let failures = 0; let plans = 0; let total = 0;
for (const f of fs.readdirSync(OUT).filter((x) => x.endsWith('.gold.json')).sort()) {
  const name = f.replace('.gold.json', ''); if (only && !name.includes(only)) continue;
  plans++; const errs = []; const g = JSON.parse(fs.readFileSync(path.join(OUT, f), 'utf8')); const ck = checks[name] || {};
  const m = /^holdout45-(wres|wdes)-(\d{4}-\d{2})-([a-z]+)$/.exec(name);
  if (!m) errs.push('bad file name'); else { if (g.standard !== m[1].toUpperCase()) errs.push('standard ≠ file name'); if (g.identity?.period !== m[2]) errs.push('period ≠ file name'); }
  if (JSON.stringify(Object.keys(g)) !== JSON.stringify(KEYS)) errs.push('gold keys ' + Object.keys(g));
  const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(OUT, name + '.xlsx'));
  const ws = wb.getWorksheet(g.sheet); if (!ws) { console.log(name, 'NO SHEET', g.sheet); failures++; continue; }
  let trustSeen = false, periodSeen = false; wb.eachSheet((s) => s.eachRow((row, r) => { const t = rowTexts(s, r).join(' '); if (t.includes(g.identity.trust)) trustSeen = true; }));
  if (!trustSeen) errs.push('trust not named in the workbook');
  const A = g.actions; total += A.length;
  if (A.length < 6 || A.length > 20) errs.push(`${A.length} actions`);
  const arows = A.map((a) => a.row); if (arows.some((r, i) => i && r <= arows[i - 1])) errs.push('actions not in row order');
  const nar = new Set(g.nonActionRows); for (const r of arows) if (nar.has(r)) errs.push(`row ${r} both action and non-action`);
  for (const h of g.headerRows) if (!nar.has(h)) errs.push(`header ${h} not in nonActionRows`);
  for (let r = 1; r <= ws.rowCount; r++) { const t = rowTexts(ws, r).some((x) => norm(x)); if (t && !nar.has(r) && !arows.includes(r)) errs.push(`row ${r} not classified`); if (!t && (nar.has(r) || arows.includes(r))) errs.push(`row ${r} empty but listed`); }
  const valid = g.standard === 'WRES' ? WRES : WDES;
  for (const a of A) {
    if (JSON.stringify(Object.keys(a)) !== JSON.stringify(AKEYS)) errs.push(`row ${a.row} keys`);
    const cells = rowTexts(ws, a.row).map(norm);
    if (!cells.includes(norm(a.action))) errs.push(`row ${a.row} action text not a cell`);
    for (const k of TF) if (a[k] && !cells.some((c) => c.includes(norm(a[k])))) errs.push(`row ${a.row} ${k} '${a[k]}' not on the row`);
    if (a.indicator !== (a.indicators[0] ?? null)) errs.push(`row ${a.row} indicator ≠ indicators[0]`);
    for (const i of a.indicators) if (!valid.includes(i)) errs.push(`row ${a.row} bad indicator ${i}`);
    if (a.theme !== null) { const above = g.nonActionRows.filter((r) => r < a.row).some((r) => rowTexts(ws, r).map(norm).includes(norm(a.theme))); if (!above) errs.push(`row ${a.row} theme not a non-action row above`); }
    if ((a.dueSource === 'column') !== !!a.due) errs.push(`row ${a.row} dueSource`);
    for (const k of ['lead', 'due', 'status']) if (/^n\/?a$/i.test(a[k])) errs.push(`row ${a.row} ${k} N/A`);
    // RAG against the recorded cell
    const rc = ck.ragCells?.[a.row];
    if (rc) { const cell = ws.getCell(`${rc}${a.row}`); const fill = cell.fill?.fgColor?.argb; const byFill = fill ? RAG_OF[fill] ?? null : null; const byWord = ck.ragWords ? (Object.entries(ck.ragWords).find(([w]) => norm(text(cell)).toUpperCase().startsWith(w.toUpperCase()))?.[1] ?? null) : null; const want = ck.ragWords ? byWord : byFill; if (a.rag !== want) errs.push(`row ${a.row} rag ${a.rag} ≠ cell ${rc} (${want})`); }
    else if (a.rag !== null) errs.push(`row ${a.row} rag ${a.rag} with no RAG cell`);
    // latest of a run of update columns
    for (const L of [].concat(ck.latest || [])) {
      const vals = L.cols.map((c) => norm(cellText(ws, `${c}${a.row}`))).filter((v) => v && !(L.skip || []).includes(v));
      const want = vals.length ? vals[vals.length - 1] : '';
      const got = norm(a[L.field]); const ok = L.partOf ? (want ? want.includes(got) && got : !got) : got === want;
      if (!ok) errs.push(`row ${a.row} ${L.field} '${got}' ≠ latest of ${L.cols.join('')} '${want}'`);
      if (L.needHistory && vals.length < 2 && !(L.exempt || []).includes(a.row)) errs.push(`row ${a.row} has no earlier update (trap not real)`);
    }
    if (ck.dueFrom) { const { orig, rev, keep = [] } = ck.dueFrom; const rv = norm(cellText(ws, `${rev}${a.row}`)); const want = rv && !keep.includes(rv) ? rv : norm(cellText(ws, `${orig}${a.row}`)); if (norm(a.due) !== want) errs.push(`row ${a.row} due '${a.due}' ≠ current date '${want}'`); }
    if (ck.arrowCol) { const t = norm(cellText(ws, `${ck.arrowCol}${a.row}`)); const want = t.includes('→') ? norm(t.split('→').pop()) : t; if (norm(a.due) !== want) errs.push(`row ${a.row} due '${a.due}' ≠ the date after the arrow '${want}'`); }
    for (const s of ck.forbidden || []) for (const k of [...TF, 'action', 'theme']) if (a[k] && norm(a[k]) === norm(s)) errs.push(`row ${a.row} ${k} is the context value '${s}'`);
    for (const b of ck.bands || []) if (a.row > b && (!ck.bandEnd || a.row < ck.bandEnd) && a.theme !== null) errs.push(`row ${a.row} below band ${b} has a theme`);
  }
  for (const r of ck.flagged || []) if (!arows.includes(r)) errs.push(`flagged row ${r} is not an action`);
  for (const r of ck.notActions || []) if (!nar.has(r)) errs.push(`history row ${r} is not a non-action row`);
  if (ck.arrowCol && A.filter((a) => cellText(ws, `${ck.arrowCol}${a.row}`).includes('→')).length < 2) errs.push('fewer than two moved dates (trap not real)');
  if (ck.revisedCount !== undefined) { const n = A.filter((a) => norm(cellText(ws, `${ck.dueFrom.rev}${a.row}`)) && !ck.dueFrom.keep?.includes(norm(cellText(ws, `${ck.dueFrom.rev}${a.row}`)))).length; if (n < ck.revisedCount) errs.push(`only ${n} revised dates (trap not real)`); }
  if (errs.length) { failures++; console.log(`FAIL ${name}\n  ` + errs.join('\n  ')); } else console.log(`ok   ${name} (${A.length} actions)`);
  if (verbose) for (const a of A) console.log(`   ${a.row} ${a.ref} [${a.indicators}] ${a.status}/${a.rag} due ${a.due}`);
}
console.log(`${plans} plans, ${total} actions, ${failures} failing`);
process.exit(failures ? 1 : 0);
