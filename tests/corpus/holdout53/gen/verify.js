// Re-opens every holdout53 workbook and checks its gold against the cells. The core checks are holdout25's (file name, gold key
// order, trust named, actions in row order, every row classified, fields on the row, theme a section row above, valid indicators,
// status / rag against the cell, notFrom context columns, forbidden context values, data rows, no 'N/A'), cut down to what this batch
// uses; new for holdout53 – CELLS THAT HOLD STRUCTURE:
//   wholeCell  the gold action is the WHOLE action cell with whitespace collapsed – never one of its lines (its first line, a
//              bullet, a numbered step), and the lines of a multi-line action cell are never actions of their own;
//   leadCell   lead = the whole lead cell collapsed (every person / body on its lines), never one line of a multi-line cell;
//   dueLine    due = ONE LINE of the due cell (the date line) – never the whole cell when it carries a note; where a line says
//              'Revised:' the due is the revised date (eskvalley);
//   fieldCell  progress / outcome = the whole progress / measure cell collapsed (all the dated bullets, all the measure bullets);
//   structured at least half the plan's action rows have a multi-line cell in a gold-source column (the structure is real).
// `node gen/verify.js [-v] [name]`
import fs from 'node:fs';
import path from 'node:path';
import { ExcelJS, OUT, RAG_OF, colNum } from './lib.js';
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
    case 'dd-mmm-yy': return `${pad(day)}-${MON[m]}-${String(y).slice(2)}`;
    case 'dd mmm yyyy': return `${pad(day)} ${MON[m]} ${y}`;
    default: throw new Error('unknown date format ' + f);
  }
}
function raw(cell) {
  const m = cell.isMerged ? cell.master : cell; const v = m.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return fmtDate(v, m.numFmt);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object' && v.richText) return v.richText.map((r) => r.text).join('');
  return String(v);
}
const lines = (s) => String(s).split('\n').map(norm).filter(Boolean);
function rowTexts(ws, r) { const out = []; const row = ws.getRow(r); for (let c = 1; c <= Math.max(ws.columnCount, row.cellCount); c++) out.push(raw(row.getCell(c))); return out; }
const WRES = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
const WDES = ['1', '2', '3', '4', '4a', '4b', '5', '6', '7', '8', '9', '9a', '9b', '10'];
const KEYS = ['sheet', 'standard', 'identity', 'headerRows', 'nonActionRows', 'ambiguousRows', 'notes', 'actions'];
const AKEYS = ['row', 'ref', 'indicator', 'indicators', 'theme', 'action', 'lead', 'due', 'status', 'rag', 'progress', 'outcome', 'completed', 'dueSource'];
let failures = 0; let plans = 0;
for (const f of fs.readdirSync(OUT).filter((x) => x.endsWith('.gold.json')).sort()) {
  const name = f.replace('.gold.json', ''); if (only && !name.includes(only)) continue;
  plans++; const errs = []; const g = JSON.parse(fs.readFileSync(path.join(OUT, f), 'utf8')); const chk = checks[name] || {};
  const m = /^holdout53-(wres|wdes)-(\d{4})-(\d{2})-([a-z]+)$/.exec(name);
  if (!m) errs.push('bad file name');
  else {
    if (g.standard !== m[1].toUpperCase()) errs.push('standard ≠ file name');
    if (g.identity?.period !== `${m[2]}-${m[3]}`) errs.push('period ≠ file name');
    if ((+m[2] + 1) % 100 !== +m[3] || +m[2] < 2016 || +m[2] > 2025) errs.push('period out of range');
    if (m[1] === 'wdes' && +m[2] < 2019) errs.push('WDES before 2019');
  }
  if (JSON.stringify(Object.keys(g)) !== JSON.stringify(KEYS)) errs.push('gold keys ' + Object.keys(g));
  if (!norm(g.notes) || norm(g.notes).length < 300) errs.push('notes too short');
  const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(OUT, name + '.xlsx'));
  const ws = wb.getWorksheet(g.sheet); if (!ws) { console.log(name, 'NO SHEET', g.sheet); failures++; continue; }
  let trustSeen = false; wb.eachSheet((s) => s.eachRow((row, r) => { if (rowTexts(s, r).some((t) => norm(t).includes(g.identity.trust))) trustSeen = true; }));
  if (!trustSeen) errs.push('trust not on any sheet');
  if (g.actions.length < 6 || g.actions.length > 20) errs.push('action count ' + g.actions.length);
  const rows = g.actions.map((a) => a.row); if (rows.some((r, i) => i && r <= rows[i - 1])) errs.push('actions not in row order');
  const non = new Set(g.nonActionRows); const act = new Set(rows);
  for (const r of g.headerRows) if (!non.has(r)) errs.push(`header row ${r} not in nonActionRows`);
  if (g.ambiguousRows.length) errs.push('ambiguous rows in a batch that has none');
  for (const r of rows) if (non.has(r)) errs.push(`row ${r} both action and non-action`);
  for (let r = 1; r <= ws.rowCount; r++) {
    const has = rowTexts(ws, r).some((t) => norm(t) !== '');
    if (has && !non.has(r) && !act.has(r)) errs.push(`row ${r} has content but is neither action nor non-action: ${norm(rowTexts(ws, r).join(' | ')).slice(0, 80)}`);
    if (!has && (non.has(r) || act.has(r))) errs.push(`row ${r} listed but empty`);
  }
  const cell = (col, r) => ws.getRow(r).getCell(colNum(col));
  const cv = (col, r) => raw(cell(col, r));
  const first = (r) => rowTexts(ws, r).map(norm).find((t) => t) || '';
  if (chk.sections) {
    for (const r of chk.sections) { if (!non.has(r) || g.headerRows.includes(r)) errs.push(`section row ${r} is not a plain non-action row`); }
    for (const a of g.actions) { const s = chk.sections.filter((x) => x < a.row).pop(); const want = s ? first(s) : null; if (norm(a.theme) !== norm(want) || (want === null) !== (a.theme === null)) errs.push(`row ${a.row} theme '${a.theme}' ≠ nearest section row '${want}'`); }
    if (chk.sameHeaders) { const hs = g.headerRows.map((r) => rowTexts(ws, r).map(norm).join('|')); if (g.headerRows.length < 2 || new Set(hs).size !== 1) errs.push('header rows do not repeat one header'); }
  } else for (const a of g.actions) if (a.theme !== null) errs.push(`row ${a.row} theme set in a plan without section rows`);
  if (chk.forbidden) for (const a of g.actions) for (const fld of ['action', 'lead', 'due', 'status', 'theme', 'progress', 'outcome']) for (const v of chk.forbidden) if (a[fld] && norm(a[fld]) === norm(v)) errs.push(`row ${a.row} ${fld} is the context value '${v}'`);
  if (chk.dataRows) for (const r of chk.dataRows) { if (!non.has(r) || g.headerRows.includes(r)) errs.push(`data row ${r} is not a plain non-action row`); if (lines(rowTexts(ws, r).join('\n')).length < 3) errs.push(`data row ${r} holds no bullet lines`); }
  for (const a of g.actions) for (const fld of ['lead', 'due', 'status']) if (/^n\/?a$/i.test(norm(a[fld]))) errs.push(`row ${a.row} ${fld} is '${a[fld]}' (N/A means none)`);
  const valid = g.standard === 'WRES' ? WRES : WDES;
  let structuredRows = 0; const allLines = new Set();
  for (const a of g.actions) for (const l of lines(cv(chk.actionCol, a.row))) if (lines(cv(chk.actionCol, a.row)).length > 1) allLines.add(l);
  for (const a of g.actions) {
    const where = `row ${a.row}`;
    if (JSON.stringify(Object.keys(a)) !== JSON.stringify(AKEYS)) errs.push(`${where} keys`);
    const cells = rowTexts(ws, a.row);
    const inRow = (v) => cells.some((c) => norm(c).includes(norm(v)));
    // wholeCell
    const ac = cv(chk.actionCol, a.row); const al = lines(ac);
    if (norm(a.action) !== norm(ac)) errs.push(`${where} action is not the whole action cell collapsed`);
    if (al.length > 1 && al.includes(norm(a.action))) errs.push(`${where} action is one line of a multi-line cell`);
    if (a.action !== norm(a.action)) errs.push(`${where} action whitespace not collapsed`);
    if (allLines.has(norm(a.action))) errs.push(`${where} action is a line of another action's cell`);
    // leadCell
    if (chk.leadCol) {
      const lc = cv(chk.leadCol, a.row); const ll = lines(lc);
      if (norm(a.lead) !== norm(lc)) errs.push(`${where} lead '${a.lead}' is not the whole lead cell '${norm(lc)}'`);
      if (ll.length > 1 && ll.includes(norm(a.lead))) errs.push(`${where} lead is one line of a multi-line cell`);
    } else if (a.lead && !inRow(a.lead)) errs.push(`${where} lead not on row`);
    for (const fld of ['action', 'lead', 'progress', 'outcome', 'theme', 'ref', 'status']) if (a[fld] && a[fld] !== norm(a[fld])) errs.push(`${where} ${fld} whitespace not collapsed`);
    // dueLine
    if (a.due) {
      const dc = cells.find((c) => lines(c).includes(norm(a.due)) || lines(c).some((l) => l.includes(norm(a.due))));
      if (!dc) errs.push(`${where} due '${a.due}' is not a line of any cell`);
      else {
        const dl = lines(dc);
        if (dl.length > 1 && norm(a.due) === norm(dc)) errs.push(`${where} due is the whole cell, note included`);
        const rev = dl.find((l) => /^Revised:/.test(l));
        if (rev && !rev.includes(norm(a.due))) errs.push(`${where} due '${a.due}' is not the revised date (${rev})`);
        if (dl.length > 1 && !rev && dl[0] !== norm(a.due)) errs.push(`${where} due '${a.due}' is not the date line '${dl[0]}'`);
      }
    }
    // fieldCell
    if (chk.progressCol) { if (norm(a.progress) !== norm(cv(chk.progressCol, a.row))) errs.push(`${where} progress is not the whole progress cell`); }
    else if (a.progress && !inRow(a.progress)) errs.push(`${where} progress not on row`);
    if (chk.outcomeCol) { if (norm(a.outcome) !== norm(cv(chk.outcomeCol, a.row))) errs.push(`${where} outcome is not the whole measure cell`); }
    else if (a.outcome) errs.push(`${where} outcome set but the plan has no measure column`);
    if (a.ref && !cells.some((c) => norm(c) === a.ref)) errs.push(`${where} ref '${a.ref}' is not a cell`);
    if (a.completed) errs.push(`${where} completed set`);
    if (a.due && a.dueSource !== 'column') errs.push(`${where} dueSource`);
    const gcols = [chk.actionCol, chk.leadCol, chk.progressCol, chk.outcomeCol].filter(Boolean);
    if (gcols.some((c) => lines(cv(c, a.row)).length > 1) || cells.some((c) => a.due && lines(c).length > 1 && lines(c)[0] === norm(a.due))) structuredRows++;
    if (chk.notFrom) for (const col of chk.notFrom) { const t = norm(cv(col, a.row)); if (t) for (const fld of ['action', 'lead', 'due', 'status', 'progress', 'outcome']) if (norm(a[fld]) === t || (a[fld] && lines(cv(col, a.row)).includes(norm(a[fld])))) errs.push(`${where} ${fld} taken from context column ${col}`); }
    if (!Array.isArray(a.indicators) || a.indicators.some((i) => !valid.includes(i))) errs.push(`${where} indicators invalid ${a.indicators}`);
    if ((a.indicators.length ? a.indicators[0] : null) !== a.indicator) errs.push(`${where} indicator ≠ indicators[0]`);
    if (new Set(a.indicators).size !== a.indicators.length) errs.push(`${where} duplicate indicators`);
    if (chk.mode) {
      const c = ws.getRow(a.row).getCell(chk.ragCol); const t = norm(raw(c));
      const seen = chk.mode === 'fill' ? RAG_OF[c.fill?.fgColor?.argb] ?? null : t ? RAG_OF[c.font?.color?.argb] ?? null : null;
      if (seen !== a.rag) errs.push(`${where} rag '${a.rag}' but cell shows '${seen}' (${t})`);
      if (norm(a.status) !== t) errs.push(`${where} status '${a.status}' ≠ status cell '${t}'`);
    } else {
      if (a.rag !== null) errs.push(`${where} rag set but the plan colours no status`);
      if (a.status && !cells.some((c) => norm(c) === a.status)) errs.push(`${where} status not a cell`);
    }
    if (verbose) console.log(`  ${where} [${a.indicators}] ${a.ref} | ${a.lead.slice(0, 40)} | ${a.due} | ${a.status} → ${a.rag} | ${a.action.slice(0, 50)}`);
  }
  if (structuredRows * 2 < g.actions.length) errs.push(`only ${structuredRows} of ${g.actions.length} actions have a multi-line cell – the structure is not real`);
  if (errs.length) { failures += errs.length; console.log(`✗ ${name}`); errs.forEach((e) => console.log('   ', e)); }
  else console.log(`✓ ${name} (${g.actions.length} actions, ${structuredRows} with structured cells)`);
}
console.log(failures ? `${failures} problem(s)` : `all ${plans} plans verified`);
process.exit(failures ? 1 : 0);
