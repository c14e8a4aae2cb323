// Re-opens every holdout42 workbook and checks its gold against the cells: holdout25's generic checks (file name, gold key order, trust
// named, actions in row order, every non-empty row classified, action text = a cell, fields on the row, theme a non-action row above,
// valid indicators, sections, notFrom, forbidden, dataRows, crossRef, rag from fill or word) cut down to what this batch uses, plus three
// new ones: indFrom (indicators = the number(s) a given column or the section row names), tickMatrix (indicators = the headers of the
// ticked metric columns) and formulaCol (a column of formulas whose cached values are what a person sees). `node gen/verify.js [-v] [name]`
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
  const y = d.getUTCFullYear(), m = d.getUTCMonth(), day = d.getUTCDate();
  switch (f) {
    case 'dd/mm/yyyy': return `${pad(day)}/${pad(m + 1)}/${y}`;
    case 'mmm-yy': return `${MON[m].slice(0, 3)}-${String(y).slice(2)}`;
    case 'mmmm yyyy': return `${MON[m]} ${y}`;
    case 'dd.mm.yy': return `${pad(day)}.${pad(m + 1)}.${String(y).slice(2)}`;
    case 'd mmm yyyy': return `${day} ${MON[m].slice(0, 3)} ${y}`;
    default: throw new Error('unknown date format ' + f);
  }
}
function text(cell) {
  const m = cell.isMerged ? cell.master : cell; const v = m.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return fmtDate(v, m.numFmt);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object' && v.richText) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'formula' in v) return String(v.result ?? '');
  return String(v);
}
function rowTexts(ws, r) { const out = []; const row = ws.getRow(r); for (let c = 1; c <= Math.max(ws.columnCount, row.cellCount); c++) out.push(text(row.getCell(c))); return out; }
const WRES = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
const WDES = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
const KEYS = ['sheet', 'standard', 'identity', 'headerRows', 'nonActionRows', 'ambiguousRows', 'notes', 'actions'];
const AKEYS = ['row', 'ref', 'indicator', 'indicators', 'theme', 'action', 'lead', 'due', 'status', 'rag', 'progress', 'outcome', 'completed', 'dueSource'];
const codesIn = (t) => { t = norm(t); const r = /(\d+)\s*(?:–|-|to)\s*(\d+)/.exec(t); if (r) { const out = []; for (let i = +r[1]; i <= +r[2]; i++) out.push(String(i)); return out; } return t.match(/\d+/g) || []; };
let failures = 0; let plans = 0;
for (const f of fs.readdirSync(OUT).filter((x) => x.endsWith('.gold.json')).sort()) {
  const name = f.replace('.gold.json', ''); if (only && !name.includes(only)) continue;
  plans++; const errs = []; const g = JSON.parse(fs.readFileSync(path.join(OUT, f), 'utf8'));
  const m = /^holdout42-(wres|wdes)-(\d{4}-\d{2})-([a-z]+)$/.exec(name);
  if (!m) errs.push('bad file name');
  else { if (g.standard !== m[1].toUpperCase()) errs.push('standard ≠ file name'); if (g.identity?.period !== m[2]) errs.push('period ≠ file name'); }
  if (JSON.stringify(Object.keys(g)) !== JSON.stringify(KEYS)) errs.push('gold keys ' + Object.keys(g));
  const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(OUT, name + '.xlsx'));
  const ws = wb.getWorksheet(g.sheet); if (!ws) { console.log(name, 'NO SHEET', g.sheet); failures++; continue; }
  let trustSeen = false; wb.eachSheet((s) => s.eachRow((row, r) => { if (rowTexts(s, r).some((t) => t.includes(g.identity.trust))) trustSeen = true; }));
  if (!trustSeen) errs.push('trust not on any sheet');
  let periodSeen = false; const [y1, y2] = g.identity.period.split('-'); const pre = new RegExp(`${y1}\\s*(?:-|–|/|to)\\s*(?:20)?${y2}\\b`);
  wb.eachSheet((s) => s.eachRow((row, r) => { if (pre.test(rowTexts(s, r).join(' '))) periodSeen = true; }));
  if (!periodSeen) errs.push('period not written on any sheet');
  if (g.actions.length < 6 || g.actions.length > 20) errs.push('action count ' + g.actions.length);
  const rows = g.actions.map((a) => a.row); if (rows.some((r, i) => i && r <= rows[i - 1])) errs.push('actions not in row order');
  const non = new Set(g.nonActionRows); const act = new Set(rows);
  for (const r of g.headerRows) if (!non.has(r)) errs.push(`header row ${r} not in nonActionRows`);
  for (const r of rows) if (non.has(r)) errs.push(`row ${r} both action and non-action`);
  for (let r = 1; r <= ws.rowCount; r++) {
    const has = rowTexts(ws, r).some((t) => norm(t) !== '');
    if (has && !non.has(r) && !act.has(r)) errs.push(`row ${r} has content but is neither action nor non-action: ${norm(rowTexts(ws, r).join(' | ')).slice(0, 80)}`);
    if (!has && (non.has(r) || act.has(r))) errs.push(`row ${r} listed but empty`);
  }
  const chk = checks[name] || {};
  const first = (r) => rowTexts(ws, r).map(norm).find((t) => t) || '';
  const cv = (col, r) => norm(text(ws.getCell(`${col}${r}`)));
  if (chk.sections) {
    const secs = chk.sections;
    for (const r of secs) { if (!non.has(r) || g.headerRows.includes(r)) errs.push(`section row ${r} is not a plain non-action row`); const holds = g.actions.some((a) => a.row > r && !secs.some((s) => s > r && s < a.row)); if (holds === (chk.emptySections || []).includes(r)) errs.push(`section row ${r} ${holds ? 'holds an action but is listed empty' : 'holds no action'}`); }
    for (const a of g.actions) { const s = secs.filter((x) => x < a.row).pop(); const want = s ? first(s) : null; if (norm(a.theme) !== norm(want) || (want === null) !== (a.theme === null)) errs.push(`row ${a.row} theme '${a.theme}' ≠ nearest section row '${want}'`); }
  } else for (const a of g.actions) if (a.theme !== null) errs.push(`row ${a.row} theme set but the plan has no section rows`);
  // indFrom: indicators = the codes named by a column of the action row ({col}) or by the nearest section row ({section: true}); 'All' = every one
  if (chk.indFrom) for (const a of g.actions) {
    let t; if (chk.indFrom.section) { const s = chk.sections.filter((x) => x < a.row).pop(); t = first(s); } else if (chk.indFrom.col) t = cv(chk.indFrom.col, a.row);
    if (chk.indFrom.lead && !/^all\b/i.test(t)) { const mm = /^(?:(?:Indicator|Metric)\s*)?(\d+)\b/.exec(t); t = mm ? mm[1] : ''; }
    if (chk.indFrom.bracket) { const mm = /\((?:WRES )?indicators? ([^)]*)\)/i.exec(norm(a.action)); t = mm ? mm[1] : ''; }
    const want = /\ball\b/i.test(t) ? (g.standard === 'WRES' ? WRES : WDES) : codesIn(t);
    if (JSON.stringify(want) !== JSON.stringify(a.indicators)) errs.push(`row ${a.row} indicators ${a.indicators} ≠ '${t}' → ${want}`);
  }
  // tickMatrix: ten metric columns under a number header; indicators = the headers of the columns holding the tick mark, in column order
  if (chk.tickMatrix) {
    const { headerRow, from, to, mark } = chk.tickMatrix;
    for (const a of g.actions) { const hits = []; for (let c = from; c <= to; c++) if (norm(text(ws.getRow(a.row).getCell(c))) === mark) hits.push(norm(text(ws.getRow(headerRow).getCell(c)))); if (JSON.stringify(hits) !== JSON.stringify(a.indicators)) errs.push(`row ${a.row} indicators ${a.indicators} ≠ ticked ${hits}`); }
    if (g.actions.filter((a) => a.indicators.length > 1).length < 3) errs.push('fewer than three actions tick several metrics');
  }
  // areaMap (rothwenny): the metric column holds short area names only, mapped to metric numbers by a key line above the table;
  // indicators = the mapped numbers of the names in the cell (split on ' / '), and the key line must state every mapping
  if (chk.areaMap) {
    const keyText = norm(rowTexts(ws, chk.areaMap.keyRow).join(' '));
    for (const [nm, code] of Object.entries(chk.areaMap.map)) if (!keyText.includes(`${nm} (${code})`)) errs.push(`key line does not map '${nm}' to ${code}`);
    for (const a of g.actions) { const want = cv(chk.areaMap.col, a.row).split(' / ').map((x) => chk.areaMap.map[norm(x)]); if (JSON.stringify(want) !== JSON.stringify(a.indicators)) errs.push(`row ${a.row} indicators ${a.indicators} ≠ area key ${want}`); }
  }
  // formulaCol: the column is formulas into another sheet, each with its cached value (what Excel shows)
  if (chk.formulaCol) for (const a of g.actions.filter((x) => chk.formulaRows.includes(x.row))) { const c = ws.getCell(`${chk.formulaCol}${a.row}`); const v = (c.isMerged ? c.master : c).value; if (!v || !v.formula || !v.result) errs.push(`row ${a.row} ${chk.formulaCol} is not a formula with a cached value`); }
  if (chk.forbidden) for (const a of g.actions) for (const fld of ['action', 'lead', 'due', 'status', 'theme', 'progress', 'outcome']) for (const x of chk.forbidden) if (a[fld] && norm(a[fld]) === norm(x)) errs.push(`row ${a.row} ${fld} is the context value '${x}'`);
  if (chk.dataRows) for (const r of chk.dataRows) { if (!non.has(r) || g.headerRows.includes(r)) errs.push(`data row ${r} is not a plain non-action row`); if (!rowTexts(ws, r).some((t) => norm(t))) errs.push(`data row ${r} is empty`); }
  for (const a of g.actions) for (const fld of ['lead', 'due', 'status']) if (/^(n\/?a|tbc|-|—)$/i.test(norm(a[fld]))) errs.push(`row ${a.row} ${fld} is '${a[fld]}' (means none)`);
  const valid = g.standard === 'WRES' ? WRES : WDES;
  for (const a of g.actions) {
    const where = `row ${a.row}`;
    if (JSON.stringify(Object.keys(a)) !== JSON.stringify(AKEYS)) errs.push(`${where} keys`);
    const cells = rowTexts(ws, a.row).map(norm);
    const inRow = (v) => cells.some((c) => c === norm(v) || c.includes(norm(v)));
    if (ws.getRow(a.row).hidden) errs.push(`${where} action on a hidden row`);
    if (!cells.includes(norm(a.action))) errs.push(`${where} action text not a cell`);
    for (const fld of ['ref', 'lead', 'due', 'progress', 'outcome', 'completed']) if (a[fld] && !inRow(a[fld])) errs.push(`${where} ${fld} '${a[fld]}' not on row`);
    if (a.status && !cells.includes(norm(a.status))) errs.push(`${where} status '${a.status}' not a cell`);
    if (a.due && !['column', 'labelled', 'action text'].includes(a.dueSource)) errs.push(`${where} dueSource '${a.dueSource}'`);
    if (!a.due && a.dueSource !== null) errs.push(`${where} dueSource without due`);
    if (a.dueSource === 'action text' && !norm(a.action).includes(norm(a.due))) errs.push(`${where} due not in the action text`);
    if (a.dueSource === 'column' && !cells.includes(norm(a.due)) && !(chk.dueRevised && cv(chk.dueRevised, a.row).startsWith(norm(a.due) + ' (was '))) errs.push(`${where} due not a whole cell`);
    // dueRevised (coldmarsh): a deadline cell 'Sept 2020 (was June 2020)' gives the current date only
    if (chk.dueRevised) { const dc = cv(chk.dueRevised, a.row); const want = dc.replace(/\s*\(was [^)]*\)$/, ''); if (norm(a.due) !== want) errs.push(`${where} due '${a.due}' ≠ current deadline '${want}'`); }
    if (chk.dueCol && a.dueSource === 'column' && cv(chk.dueCol, a.row) !== norm(a.due)) errs.push(`${where} due ≠ column ${chk.dueCol}`);
    if (chk.leadCol && norm(a.lead) !== cv(chk.leadCol, a.row)) errs.push(`${where} lead '${a.lead}' ≠ column ${chk.leadCol} '${cv(chk.leadCol, a.row)}'`);
    if (chk.notFrom) for (const col of chk.notFrom) { const t = cv(col, a.row); if (t) for (const fld of ['action', 'lead', 'due', 'status', 'progress', 'outcome']) if (norm(a[fld]) === t) errs.push(`${where} ${fld} taken from context column ${col}`); }
    if (a.theme !== null) { let ok = false; for (let r = a.row - 1; r >= 1; r--) if (non.has(r) && rowTexts(ws, r).map(norm).includes(norm(a.theme))) { ok = true; break; } if (!ok) errs.push(`${where} theme not a non-action row above`); }
    if (!Array.isArray(a.indicators) || a.indicators.some((i) => !valid.includes(i))) errs.push(`${where} indicators invalid ${a.indicators}`);
    if ((a.indicators.length ? a.indicators[0] : null) !== a.indicator) errs.push(`${where} indicator ≠ indicators[0]`);
    if (new Set(a.indicators).size !== a.indicators.length) errs.push(`${where} duplicate indicators`);
    if (chk.mode) {
      const cell = ws.getRow(a.row).getCell(chk.ragCol); const t = norm(text(cell)); let seen = null;
      if (chk.mode === 'fill') seen = RAG_OF[cell.fill?.fgColor?.argb] ?? null;
      else if (chk.mode === 'word') seen = chk.words[t] ?? null;
      if (seen !== a.rag) errs.push(`${where} rag '${a.rag}' but cell shows '${seen}' (${t})`);
      if (norm(a.status) !== t) errs.push(`${where} status '${a.status}' ≠ status cell '${t}'`);
    } else if (a.rag !== null || a.status !== '') errs.push(`${where} status / rag set but the plan has no status column`);
    if (verbose) console.log(`  ${where} [${a.indicators}] ${a.ref} | ${a.lead} | ${a.due} | ${a.status} → ${a.rag} | ${a.action.slice(0, 50)}`);
  }
  if (errs.length) { failures += errs.length; console.log(`✗ ${name}`); errs.forEach((e) => console.log('   ', e)); }
  else console.log(`✓ ${name} (${g.actions.length} actions)`);
}
console.log(failures ? `${failures} problem(s)` : `all ${plans} plans verified`);
process.exit(failures ? 1 : 0);
