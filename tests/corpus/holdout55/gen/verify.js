// Re-opens every holdout55 workbook and checks its gold against the cells (written for this batch, after holdout25's verify):
// gold format and key order; every non-empty row is either an action or listed in nonActionRows (and not both); header / ambiguous rows
// are non-action rows; every gold field is a cell of its own row (dates as displayed); theme = the nearest section row above; indicators
// valid and named on the row, in its merged cells or in its section; RAG from the status cell's fill; and the batch's own judgements
// from checks.json – dueFrom (due = that column as shown), notFrom (no field from a context column), latestOf (progress = the latest
// filled quarter), marks (due = the year heading of the last ● column), stdCol (joint plans: actions name WRES, ambiguous rows only WDES).
// `node gen/verify.js [-v] [name]`
import fs from 'node:fs';
import path from 'node:path';
import { ExcelJS, OUT, RAG_OF, shown, colNum } from './lib.js';
const verbose = process.argv.includes('-v');
const only = process.argv.slice(2).find((a) => !a.startsWith('-'));
const checks = JSON.parse(fs.readFileSync(path.join(OUT, 'gen', 'checks.json'), 'utf8'));
const ref25 = JSON.parse(fs.readFileSync(path.join(OUT, '..', 'holdout25', 'holdout25-wres-2022-23-hallowfield.gold.json'), 'utf8'));
const KEYS = Object.keys(ref25), AKEYS = Object.keys(ref25.actions[0]);
const norm = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
const WRES = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
function text(cell) {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return cell.numFmt ? shown(v, cell.numFmt) ?? v.toISOString() : v.toISOString();
  if (typeof v === 'object' && v.richText) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'result' in v) return String(v.result);
  return String(v);
}
let failures = 0, plans = 0, actions = 0;
for (const f of fs.readdirSync(OUT).filter((x) => x.endsWith('.gold.json')).sort()) {
  const name = f.replace('.gold.json', ''); if (only && !name.includes(only)) continue; plans++;
  const g = JSON.parse(fs.readFileSync(path.join(OUT, f), 'utf8')); const chk = checks[name] || {}; const errs = [];
  const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(OUT, `${name}.xlsx`));
  const ws = wb.getWorksheet(g.sheet); if (!ws) { console.log(`✗ ${name}: no sheet ${g.sheet}`); failures++; continue; }
  if (JSON.stringify(Object.keys(g)) !== JSON.stringify(KEYS)) errs.push('top-level keys differ from holdout25');
  if (g.standard !== 'WRES' && g.standard !== 'WDES') errs.push('standard');
  if (!/^20\d\d-\d\d$/.test(g.identity.period) || !name.includes(g.identity.period)) errs.push('period');
  const own = (r) => { const out = []; ws.getRow(r).eachCell({ includeEmpty: false }, (c) => { if (!c.isMerged || c.master.address === c.address) { const t = norm(text(c)); if (t) out.push(t); } }); return out; };
  const withMasters = (r) => { const out = []; for (let c = 1; c <= ws.columnCount; c++) { const cell = ws.getRow(r).getCell(c); const t = norm(text(cell.isMerged ? cell.master : cell)); if (t) out.push(t); } return out; };
  const at = (col, r) => norm(text(ws.getRow(r).getCell(colNum(col))));
  const allText = []; ws.eachRow((row) => row.eachCell((c) => allText.push(norm(text(c)))));
  if (!allText.some((t) => t.includes(g.identity.trust))) errs.push(`trust '${g.identity.trust}' not on the sheet`);
  const actRows = new Set(g.actions.map((a) => a.row)); const non = new Set(g.nonActionRows);
  if (actRows.size !== g.actions.length) errs.push('two actions on one row');
  if (g.actions.length < 6 || g.actions.length > 20) errs.push(`${g.actions.length} actions`);
  for (let r = 1; r <= ws.rowCount; r++) {
    const filled = own(r).length > 0;
    if (filled && !actRows.has(r) && !non.has(r)) errs.push(`row ${r} non-empty but neither action nor non-action`);
    if (!filled && (actRows.has(r) || non.has(r))) errs.push(`row ${r} empty but listed`);
    if (actRows.has(r) && non.has(r)) errs.push(`row ${r} both action and non-action`);
  }
  for (const r of [...g.headerRows, ...g.ambiguousRows]) if (!non.has(r)) errs.push(`header/ambiguous row ${r} not in nonActionRows`);
  const secs = (chk.sections || []).slice().sort((a, b) => a - b);
  for (const a of g.actions) {
    actions++; const w = `row ${a.row}`; const cells = own(a.row); const wide = withMasters(a.row);
    if (JSON.stringify(Object.keys(a)) !== JSON.stringify(AKEYS)) errs.push(`${w} action keys differ`);
    if (!cells.includes(norm(a.action))) errs.push(`${w} action not a cell of its row`);
    for (const fld of ['ref', 'lead', 'status', 'progress', 'outcome', 'completed']) if (a[fld] && !cells.includes(norm(a[fld]))) errs.push(`${w} ${fld} '${a[fld]}' not a cell of its row`);
    if (a.due && !chk.marks && !cells.includes(norm(a.due))) errs.push(`${w} due '${a.due}' not a cell of its row`);
    if ((a.due ? 'column' : null) !== a.dueSource) errs.push(`${w} dueSource`);
    // theme: the nearest section row above, or null when the plan has none
    const sec = secs.filter((s) => s < a.row).pop();
    const want = sec ? own(sec)[0] : null;
    if (norm(a.theme) !== norm(want) && !(a.theme === null && want === null)) errs.push(`${w} theme '${a.theme}' ≠ section '${want}'`);
    // indicators
    if (!Array.isArray(a.indicators) || a.indicators.some((i) => !WRES.includes(i))) errs.push(`${w} invalid indicators`);
    if ((a.indicators[0] ?? null) !== a.indicator) errs.push(`${w} indicator ≠ indicators[0]`);
    if (new Set(a.indicators).size !== a.indicators.length) errs.push(`${w} duplicate indicators`);
    const ctx = [...wide, a.theme || ''].join(' | ').replace(/(\d)\s*[–-]\s*(\d)/g, (m, x, y) => { const o = []; for (let k = +x; k <= +y; k++) o.push(k); return o.join(', '); });
    for (const i of a.indicators) if (!new RegExp(`(WRES|[Ii]ndicators?|^)[^|]*\\b${i}\\b|\\bAll\\b|[Aa]ll four`).test(ctx) && !ctx.split(' | ').some((t) => t.split(/[ ,]+/).includes(i))) errs.push(`${w} indicator ${i} not named on the row or its section`);
    // RAG
    if (chk.ragCol) {
      const cell = ws.getRow(a.row).getCell(colNum(chk.ragCol)); const seen = RAG_OF[cell.fill?.fgColor?.argb] ?? null;
      if (seen !== a.rag) errs.push(`${w} rag '${a.rag}' but cell shows '${seen}'`);
      if (norm(a.status) !== norm(text(cell))) errs.push(`${w} status ≠ status cell`);
    } else if (a.rag !== null || a.status !== '') errs.push(`${w} status/rag set but the plan has no status`);
    if (chk.dueFrom) { const c = chk.dueFrom.find((col) => at(col, a.row)); const want2 = c ? at(c, a.row) : ''; if (norm(a.due) !== want2) errs.push(`${w} due '${a.due}' ≠ '${want2}'`); }
    if (chk.notFrom) for (const col of chk.notFrom) { const t = at(col, a.row); if (t) for (const fld of ['action', 'lead', 'due', 'status', 'progress', 'outcome', 'ref']) if (norm(a[fld]) === t) errs.push(`${w} ${fld} taken from context column ${col}`); }
    if (chk.latestOf) { const c = chk.latestOf.find((col) => at(col, a.row)); const want3 = c ? at(c, a.row) : ''; if (norm(a.progress) !== want3) errs.push(`${w} progress ≠ latest quarter '${want3}'`); }
    if (chk.marks) {
      let last = null; for (const col of ['C', 'D', 'E']) if (at(col, a.row) === '●') last = col;
      const want4 = last ? at(last, chk.yearRow) : '';
      if (norm(a.due) !== want4) errs.push(`${w} due '${a.due}' ≠ year of the last ● '${want4}'`);
      if (chk.marks[a.row] !== undefined && want4 !== ['2021/22', '2022/23', '2023/24'][chk.marks[a.row]]) errs.push(`${w} marks differ from the generator`);
    }
    if (chk.stdCol && /WDES/.test(at(chk.stdCol, a.row)) && !/WRES/.test(at(chk.stdCol, a.row))) errs.push(`${w} action row names only WDES`);
    if (verbose) console.log(`  ${w} [${a.indicators}] ${a.ref} | ${a.lead} | ${a.due} | ${a.status}/${a.rag} | ${a.action.slice(0, 50)}`);
  }
  if (chk.stdCol) for (const r of g.ambiguousRows) { const t = at(chk.stdCol, r); if (!/WDES/.test(t) || /WRES/.test(t)) errs.push(`ambiguous row ${r} is not WDES-only ('${t}')`); }
  if (!chk.stdCol && g.ambiguousRows.length) errs.push('ambiguous rows without a standard column');
  if (errs.length) { failures += errs.length; console.log(`✗ ${name}`); errs.forEach((e) => console.log('   ', e)); } else console.log(`✓ ${name} (${g.actions.length} actions)`);
}
console.log(failures ? `${failures} problem(s)` : `all ${plans} plans verified, ${actions} actions`);
process.exit(failures ? 1 : 0);
