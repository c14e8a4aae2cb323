// Re-opens every holdout62 workbook and checks its gold against the cells: holdout25's core checks (file name, gold key order, trust named,
// action count and order, every non-empty row classified, action text = a cell on the row, every field read from a cell on its row, theme =
// a section row above, valid indicators, status / rag from the status cell's word, fill or font, forbidden context values, data rows) and,
// for this batch of plans mapped to the six High Impact Actions: indicators re-read from the plan's indicator column with every 'HIA n'
// removed (indCol; [] where the plan has none), no indicator equal to the row's HIA number unless the indicator column names it (hiaTrap),
// the HIA count table (countTable), the separate HIA mapping sheet (hiaSheet), and refs numbered by HIA (refNotInd).  `node gen/verify.js [-v] [name]`
import fs from 'node:fs';
import path from 'node:path';
import { ExcelJS, OUT, RAG_OF, colNum, shown } from './lib.js';
const verbose = process.argv.includes('-v');
const only = process.argv.slice(2).find((a) => !a.startsWith('-'));
const checks = JSON.parse(fs.readFileSync(path.join(OUT, 'gen', 'checks.json'), 'utf8'));
const norm = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
function text(cell) {
  const m = cell.isMerged ? cell.master : cell; const v = m.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) { const t = shown(v, m.numFmt); if (!t) throw new Error('unknown date format ' + m.numFmt); return t; }
  if (typeof v === 'object' && v.richText) return v.richText.map((r) => r.text).join('');
  return String(v);
}
const rowTexts = (ws, r) => { const out = []; for (let c = 1; c <= Math.max(ws.columnCount, ws.getRow(r).cellCount); c++) out.push(text(ws.getRow(r).getCell(c))); return out; };
const WRES = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
const WDES = ['1', '2', '3', '4a', '4b', '5', '6', '7', '8', '9a', '9b', '10'];
const KEYS = ['sheet', 'standard', 'identity', 'headerRows', 'nonActionRows', 'ambiguousRows', 'notes', 'actions'];
const AKEYS = ['row', 'ref', 'indicator', 'indicators', 'theme', 'action', 'lead', 'due', 'status', 'rag', 'progress', 'outcome', 'completed', 'dueSource'];
/** The indicators a person reads from the indicator cell: the part after `after`, every 'HIA n' removed, 'All' = all, '—' / 'n/a' = none. */
function readInd(t, chk, std) {
  let s = String(t);
  if (chk.indAfter) s = s.split(chk.indAfter).slice(1).join(chk.indAfter);
  s = s.replace(/HIA\s*\d/gi, '').replace(/High Impact Action\s*\d/gi, '');
  if (/^\s*all\s*$/i.test(s)) return std === 'WRES' ? WRES : WDES;
  if (chk.indLead) return [...s.matchAll(new RegExp(chk.indLead.replace('.', '\\.') + '(\\d{1,2}[ab]?)', 'g'))].map((m) => m[1]);
  return [...s.matchAll(/\b(\d{1,2}[ab]?)\b/g)].map((m) => m[1]);
}
let failures = 0; let plans = 0;
for (const f of fs.readdirSync(OUT).filter((x) => x.endsWith('.gold.json')).sort()) {
  const name = f.replace('.gold.json', ''); if (only && !name.includes(only)) continue;
  plans++; const errs = []; const g = JSON.parse(fs.readFileSync(path.join(OUT, f), 'utf8')); const chk = checks[name] || {};
  const m = /^holdout62-(wres|wdes)-(\d{4}-\d{2})-([a-z]+)$/.exec(name);
  if (!m) errs.push('bad file name');
  else { if (g.standard !== m[1].toUpperCase()) errs.push('standard ≠ file name'); if (g.identity?.period !== m[2]) errs.push('period ≠ file name'); if (m[2] < '2023-24' || m[2] > '2025-26') errs.push('period outside 2023-24..2025-26'); }
  if (JSON.stringify(Object.keys(g)) !== JSON.stringify(KEYS)) errs.push('gold keys ' + Object.keys(g));
  if (!/High Impact Action|HIA/.test(g.notes)) errs.push('notes do not describe the HIA mapping');
  const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(OUT, name + '.xlsx'));
  const ws = wb.getWorksheet(g.sheet); if (!ws) { console.log(name, 'NO SHEET', g.sheet); failures++; continue; }
  let trustSeen = false; wb.eachSheet((s) => s.eachRow((row, r) => { if (rowTexts(s, r).some((t) => t.includes(g.identity.trust))) trustSeen = true; }));
  if (!trustSeen) errs.push('trust not on any sheet');
  if (g.actions.length < 6 || g.actions.length > 20) errs.push('action count ' + g.actions.length);
  const rows = g.actions.map((a) => a.row); if (rows.some((r, i) => i && r <= rows[i - 1])) errs.push('actions not in row order');
  const non = new Set(g.nonActionRows); const act = new Set(rows); const hdr = new Set(g.headerRows);
  for (const r of g.headerRows) if (!non.has(r)) errs.push(`header row ${r} not in nonActionRows`);
  for (const r of rows) if (non.has(r)) errs.push(`row ${r} both action and non-action`);
  for (let r = 1; r <= ws.rowCount; r++) {
    const has = rowTexts(ws, r).some((t) => norm(t) !== '');
    if (has && !non.has(r) && !act.has(r)) errs.push(`row ${r} has content but is neither action nor non-action`);
    if (!has && (non.has(r) || act.has(r))) errs.push(`row ${r} listed but empty`);
  }
  for (const r of chk.dataRows || []) if (!non.has(r) || hdr.has(r)) errs.push(`data row ${r} is not a plain non-action row`);
  const forb = new Set((chk.forbidden || []).map(norm));
  const refs = new Set();
  for (const a of g.actions) {
    const where = `row ${a.row}`;
    if (JSON.stringify(Object.keys(a)) !== JSON.stringify(AKEYS)) errs.push(`${where} action keys`);
    const cells = rowTexts(ws, a.row).map(norm); const has = (v) => cells.includes(norm(v));
    if (!has(a.action)) errs.push(`${where} action text is not a cell`);
    for (const k of ['ref', 'lead', 'due', 'status', 'progress', 'outcome']) if (a[k] && !has(a[k])) errs.push(`${where} ${k} '${a[k]}' is not a cell on the row`);
    for (const k of ['action', 'lead', 'due', 'status', 'theme', 'progress', 'outcome']) if (a[k] && forb.has(norm(a[k]))) errs.push(`${where} ${k} is the context value '${a[k]}'`);
    if (a.ref) refs.add(a.ref);
    // theme: a non-action row above (the nearest section row when the plan has sections)
    if (chk.sections) { const s = chk.sections.filter((x) => x < a.row).pop(); const st = s ? norm(rowTexts(ws, s).find((t) => norm(t))) : null; if (norm(a.theme) !== (st ?? '')) errs.push(`${where} theme '${a.theme}' ≠ section '${st}'`); }
    else if (a.theme !== null) errs.push(`${where} theme set but the plan has no section rows`);
    // indicators
    const valid = g.standard === 'WRES' ? WRES : WDES;
    if (a.indicators.some((i) => !valid.includes(i))) errs.push(`${where} invalid indicator ${a.indicators}`);
    if (a.indicator !== (a.indicators[0] ?? null)) errs.push(`${where} indicator ≠ first of indicators`);
    const want = chk.indCol ? readInd(text(ws.getRow(a.row).getCell(colNum(chk.indCol))), chk, g.standard) : [];
    if (JSON.stringify(want) !== JSON.stringify(a.indicators)) errs.push(`${where} indicators ${a.indicators} ≠ indicator column '${want}'`);
    // hiaTrap: an indicator equal to the row's HIA number must come from the indicator column
    const hias = cells.flatMap((t) => [...t.matchAll(/(?:HIA|High Impact Action)\s*(\d)(?:\s*&\s*(\d))?/g)].flatMap((x) => [x[1], x[2]].filter(Boolean)));
    if (chk.refNotInd && a.ref) hias.push(a.ref.split('.')[0]);
    for (const h of hias) if (a.indicators.includes(h) && !want.includes(h)) errs.push(`${where} indicator ${h} read from the HIA`);
    // status / rag
    if (chk.mode) {
      const cell = ws.getRow(a.row).getCell(colNum(chk.ragCol || chk.statusCol)); const t = norm(text(cell));
      const seen = chk.mode === 'fill' ? RAG_OF[cell.fill?.fgColor?.argb] ?? null : t ? RAG_OF[cell.font?.color?.argb] ?? null : null;
      if (seen !== a.rag) errs.push(`${where} rag '${a.rag}' but cell shows '${seen}'`);
      if (chk.statusIsCell === false ? a.status !== '' : norm(a.status) !== t) errs.push(`${where} status '${a.status}' ≠ status cell '${t}'`);
    } else if (a.rag !== null || a.status !== '') errs.push(`${where} status/rag set but the plan has no status`);
    if (a.due && a.dueSource !== 'column') errs.push(`${where} dueSource`);
    if (verbose) console.log(`  ${where} ${a.ref} [${a.indicators}] ${a.lead} | ${a.due} | ${a.status} → ${a.rag} | ${a.theme ?? ''} | ${a.action.slice(0, 50)}`);
  }
  // HIA count table (harrowden): each HIA row counts the actions under its section by status
  if (chk.countTable) {
    chk.countTable.rows.forEach((r, i) => {
      const s = chk.countTable.sections[i]; const next = chk.countTable.sections[i + 1] ?? Infinity;
      const under = g.actions.filter((a) => a.row > s && a.row < next);
      const want = [under.length, ...['Complete', 'On track', 'Behind'].map((w) => under.filter((a) => a.status === w).length)].map(String);
      const got = [2, 3, 4, 5].map((c) => norm(text(ws.getRow(r).getCell(c))));
      if (JSON.stringify(want) !== JSON.stringify(got)) errs.push(`count row ${r} says ${got} but the plan has ${want}`);
      if (norm(text(ws.getRow(r).getCell(1))) !== norm(text(ws.getRow(s).getCell(1)))) errs.push(`count row ${r} names a different HIA from section ${s}`);
    });
  }
  // separate HIA mapping sheet (brackenholt): every ref it lists is a gold ref; every gold ref appears on it
  if (chk.hiaSheet) {
    const ms = wb.getWorksheet(chk.hiaSheet); if (!ms) errs.push('no HIA mapping sheet');
    else { const listed = new Set(); ms.eachRow((row, r) => { for (const x of (text(row.getCell(2)).match(/[A-Z]{2}\d+/g) || [])) listed.add(x); });
      for (const x of listed) if (!refs.has(x)) errs.push(`mapping sheet ref ${x} is not a gold action`);
      for (const x of refs) if (!listed.has(x)) errs.push(`gold ref ${x} missing from the mapping sheet`); }
  }
  // refs numbered by HIA (holderwold): at least three actions whose HIA number is not their metric (the trap is real)
  if (chk.refNotInd && g.actions.filter((a) => !a.indicators.includes(a.ref.split('.')[0])).length < 3) errs.push('ref trap not real');
  if (errs.length) { failures += errs.length; console.log(`✗ ${name}`); errs.forEach((e) => console.log('   ', e)); }
  else console.log(`✓ ${name} (${g.actions.length} actions)`);
}
console.log(failures ? `${failures} problem(s)` : `all ${plans} plans verified`);
process.exit(failures ? 1 : 0);
