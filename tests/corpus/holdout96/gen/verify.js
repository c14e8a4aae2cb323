// holdout96: holdout70's verify with the batch name changed and one check added (notFromRows: figures-table and last-year's-review rows are plain non-action rows and give no gold field). holdout70: holdout25's verify with the batch name changed (all earlier checks kept; the plans use notFrom, forbidden, dataRows and the RAG modes fill / word / font).
// Re-opens every holdout24 workbook (holdout22's verify, extended for holdout24: section rows and repeated headers, cross-referenced numbers, colour-only status, N/A as none)
// Re-opens every holdout22 workbook and checks its gold against the cells (holdout21's checks – group summary lines, a template left filled in, a roadmap, and all the earlier ones – plus, for this batch: TWO ACTION TABLES ON ONE SHEET WITH DIFFERENT COLUMN ORDERS (twoTables), the plan kept as a RISK REGISTER with coloured L×C scores (riskRegister), and a GAP ANALYSIS against the NHS EDI Improvement Plan whose compliant rows are not actions (gapAnalysis)). `node gen/verify.js [-v] [name]`
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ExcelJS, OUT, RAG_OF, colNum, colLetter } from './lib.js';
const JSZip = createRequire(import.meta.url)('jszip');
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
const WRES = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
const WDES = ['1', '2', '3', '4', '4a', '4b', '5', '6', '7', '8', '9', '9a', '9b', '10'];
const KEYS = ['sheet', 'standard', 'identity', 'headerRows', 'nonActionRows', 'ambiguousRows', 'notes', 'actions'];
const AKEYS = ['row', 'ref', 'indicator', 'indicators', 'theme', 'action', 'lead', 'due', 'status', 'rag', 'progress', 'outcome', 'completed', 'dueSource'];
let failures = 0; let plans = 0;
for (const f of fs.readdirSync(OUT).filter((x) => x.endsWith('.gold.json')).sort()) {
  const name = f.replace('.gold.json', ''); if (only && !name.includes(only)) continue;
  plans++; const errs = []; const g = JSON.parse(fs.readFileSync(path.join(OUT, f), 'utf8'));
  const m = /^holdout96-(wres|wdes)-(\d{4}-\d{2})-([a-z]+)$/.exec(name);
  if (!m) errs.push('bad file name');
  else { if (g.standard !== m[1].toUpperCase()) errs.push('standard ≠ file name'); if (g.identity?.period !== m[2]) errs.push('period ≠ file name'); }
  if (JSON.stringify(Object.keys(g)) !== JSON.stringify(KEYS)) errs.push('gold keys ' + Object.keys(g));
  LIVE = !!(checks[name] || {}).live;
  const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(OUT, name + '.xlsx'));
  const ws = wb.getWorksheet(g.sheet); if (!ws) { console.log(name, 'NO SHEET', g.sheet); failures++; continue; }
  // trust named somewhere in the workbook
  let trustSeen = false; wb.eachSheet((s) => s.eachRow((row, r) => { if (rowTexts(s, r).some((t) => t.includes(g.identity.trust))) trustSeen = true; }));
  // print header/footer plans (holdout16): the trust and title are only in the sheet's Page Layout header/footer (&-codes dropped), never in a cell
  const chk0 = checks[name] || {};
  if (chk0.printHeader) {
    const hf = ws.headerFooter || {}; const hfText = ['oddHeader', 'oddFooter', 'firstHeader', 'firstFooter'].map((k) => String(hf[k] || '').replace(/&"[^"]*"/g, '').replace(/&\d+/g, '').replace(/&[A-Z]/g, ' ')).join(' ');
    if (trustSeen) errs.push('print-header plan names the trust in a cell');
    if (!norm(hfText).includes(g.identity.trust)) errs.push('trust not in the print header/footer');
    for (const t of chk0.printHeader) if (!norm(hfText).includes(t)) errs.push(`print header/footer lacks '${t}'`);
    trustSeen = true;
  }
  if (!trustSeen) errs.push('trust not on any sheet');
  if (g.actions.length < 5 || g.actions.length > 30) errs.push('action count ' + g.actions.length);
  const rows = g.actions.map((a) => a.row); if (rows.some((r, i) => i && r <= rows[i - 1])) errs.push('actions not in row order');
  const non = new Set(g.nonActionRows); const act = new Set(rows);
  for (const r of g.headerRows) if (!non.has(r)) errs.push(`header row ${r} not in nonActionRows`);
  for (const r of g.ambiguousRows) if (!non.has(r)) errs.push(`ambiguous row ${r} not in nonActionRows`);
  for (const r of rows) if (non.has(r)) errs.push(`row ${r} both action and non-action`);
  for (let r = 1; r <= ws.rowCount; r++) {
    const has = rowTexts(ws, r).some((t) => norm(t) !== '');
    if (has && !non.has(r) && !act.has(r)) errs.push(`row ${r} has content but is neither action nor non-action: ${norm(rowTexts(ws, r).join(' | ')).slice(0, 80)}`);
    if (!has && (non.has(r) || act.has(r))) errs.push(`row ${r} listed but empty`);
  }
  const chk = checks[name] || {};
  // icon-set plans: the status column must carry an iconSet conditional format (holdout14)
  if (chk.mode === 'icon' && !(ws.conditionalFormattings || []).some((cf) => cf.ref.startsWith(chk.ragCol) && cf.rules.some((r) => r.type === 'iconSet'))) errs.push('no icon-set rule on the status column');
  // saved filter (holdout17): the sheet's autoFilter must carry filter criteria on the status column (as Excel saves an applied filter)
  if (chk.filtered) {
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(OUT, name + '.xlsx'))); const xml = await zip.file('xl/worksheets/sheet1.xml').async('string');
    const af = /<autoFilter ref="([^"]+)">([\s\S]*?)<\/autoFilter>/.exec(xml);
    if (!af) errs.push('no applied filter in the sheet XML');
    else for (const v of chk.filtered.shown) if (!af[2].includes(`val="${v}"`)) errs.push(`filter criteria lack '${v}'`);
    if (!g.actions.some((a) => ws.getRow(a.row).hidden)) errs.push('filtered plan has no hidden action');
  }
  // key in a header note (holdout17): the note on the status header cell names every key word; no status cell is filled or coloured
  if (chk.headerNote) {
    const n = ws.getRow(chk.headerNote.row).getCell(chk.headerNote.col).note; const nt = n == null ? '' : typeof n === 'string' ? n : (n.texts || []).map((t) => t.text).join('');
    for (const w of Object.keys(chk.words)) if (!nt.includes(w)) errs.push(`header note lacks key word '${w}'`);
    for (const a of g.actions) { const c = ws.getRow(a.row).getCell(chk.headerNote.col); if (c.fill?.fgColor?.argb || (c.font?.color?.argb && c.font.color.argb !== 'FF000000')) errs.push(`row ${a.row} status cell is coloured`); }
  }
  // pivot pasted as values (holdout18): each subtotal row counts its group's actions, the grand total counts all
  if (chk.pivot) {
    const { leadCol, countCol, subtotals, grand } = chk.pivot; const lab = (r, c) => norm(text(ws.getRow(r).getCell(c)));
    for (const [r, n] of Object.entries(subtotals)) {
      if (!non.has(+r)) errs.push(`subtotal row ${r} not a non-action row`);
      if (!/ Total$/.test(lab(+r, leadCol))) errs.push(`subtotal row ${r} has no 'Total' label`);
      const grp = g.actions.filter((a) => a.row < +r && !Object.keys(subtotals).some((s) => +s < +r && +s > a.row)).length;
      if (lab(+r, countCol) !== String(n) || grp !== n) errs.push(`subtotal row ${r} counts ${lab(+r, countCol)} but ${grp} actions`);
    }
    if (lab(grand, leadCol) !== 'Grand Total' || lab(grand, countCol) !== String(g.actions.length)) errs.push('grand total does not count every action');
  }
  // status coloured only by conditional formatting (holdout18): a 'text contains' rule per coloured key word on the status column, whose fill is that word's colour; no status cell filled by hand
  if (chk.cfWords) {
    const rules = (ws.conditionalFormattings || []).filter((cf) => cf.ref.startsWith(chk.cfWords.col)).flatMap((cf) => cf.rules);
    for (const [w, rag] of Object.entries(chk.words)) {
      const rule = rules.find((r) => r.type === 'containsText' && (r.formulae || []).some((f) => f.includes(`"${w}"`)));
      if (rag && !rule) errs.push(`no conditional format for '${w}'`);
      if (rule && (RAG_OF[rule.style?.fill?.bgColor?.argb] ?? null) !== rag) errs.push(`conditional format colours '${w}' ${rule.style?.fill?.bgColor?.argb}, key says ${rag}`);
      if (!rag && rule) errs.push(`'${w}' has no colour in the key but has a rule`);
    }
    for (const a of g.actions) if (ws.getRow(a.row).getCell(chk.cfWords.col).fill?.fgColor?.argb) errs.push(`row ${a.row} status cell filled by hand`);
  }
  // two plans side by side (holdout19): one header row holds both headers; the spacer column is empty; a row is an action exactly when
  // the left plan has content on it (rows with only last year's plan are non-action rows)
  if (chk.sideBySide) {
    const sb = chk.sideBySide; const [l0, l1] = sb.left.map((c) => c.charCodeAt(0) - 65); const [r0, r1] = sb.right.map((c) => c.charCodeAt(0) - 65); const sp = sb.spacer.charCodeAt(0) - 65;
    const hdr = rowTexts(ws, sb.headerRow).map(norm);
    if (!g.headerRows.includes(sb.headerRow)) errs.push('side-by-side header row not a header');
    if (!hdr.slice(l0, l1 + 1).every(Boolean) || !hdr.slice(r0, r1 + 1).every(Boolean)) errs.push('header row does not hold both headers');
    for (let r = 1; r <= ws.rowCount; r++) if (!ws.getRow(r).getCell(sp + 1).isMerged && norm(rowTexts(ws, r)[sp])) errs.push(`spacer column has content on row ${r}`); // titles merged across both plans are fine
    for (const r of sb.rows) {
      const t = rowTexts(ws, r).map(norm); const left = t.slice(l0, l1 + 1).some(Boolean), right = t.slice(r0, r1 + 1).some(Boolean);
      if (!right) errs.push(`row ${r} has no last-year plan beside it`);
      if (left !== act.has(r)) errs.push(`row ${r}: left plan ${left ? 'has' : 'has no'} content but the row is ${act.has(r) ? '' : 'not '}an action`);
    }
  }
  if (chk.numRag) {
    const key = norm(rowTexts(ws, chk.numRag.keyRow).join(' '));
    for (const [n, rag] of Object.entries(chk.words)) if (!new RegExp(`\\b${n} = [^0-9]*\\(${rag}\\)`, 'i').test(key)) errs.push(`key line does not give ${n} as ${rag}`);
    if (!non.has(chk.numRag.keyRow) || g.headerRows.includes(chk.numRag.keyRow)) errs.push('key line must be a non-header non-action row');
  }

  // project-plan export with summary tasks (holdout20): a row is a summary exactly when the next row is deeper in the outline;
  // summaries are non-action rows and every leaf task is an action; the task name is indented by its outline level; a summary's
  // Start/Finish are the earliest start / latest finish of the tasks under it (rolled up, as Project does)
  if (chk.summaryTasks) {
    const st = chk.summaryTasks; const lvl = (r) => ws.getRow(r).outlineLevel || 0; const last = ws.rowCount;
    const dv = (r, c) => { const v = ws.getCell(`${c}${r}`).value; return v instanceof Date ? v.getTime() : null; };
    for (let r = st.headerRow + 1; r <= last; r++) {
      const nc = ws.getCell(`${st.nameCol}${r}`); if ((nc.alignment?.indent || 0) !== lvl(r)) errs.push(`row ${r} task name indent ${nc.alignment?.indent || 0} ≠ outline level ${lvl(r)}`);
      const summary = r < last && lvl(r + 1) > lvl(r);
      if (summary && act.has(r)) errs.push(`row ${r} is a summary task but an action`);
      if (summary && (!non.has(r) || g.headerRows.includes(r))) errs.push(`summary row ${r} not a non-action row`);
      if (!summary && !act.has(r)) errs.push(`leaf task row ${r} is not an action`);
      if (summary) {
        const kids = []; for (let k = r + 1; k <= last && lvl(k) > lvl(r); k++) if (!(k < last && lvl(k + 1) > lvl(k))) kids.push(k);
        if (dv(r, st.startCol) !== Math.min(...kids.map((k) => dv(k, st.startCol)))) errs.push(`summary row ${r} Start is not the earliest start under it`);
        if (dv(r, st.finishCol) !== Math.max(...kids.map((k) => dv(k, st.finishCol)))) errs.push(`summary row ${r} Finish is not the latest finish under it`);
        if (!/^\d+ days$/.test(norm(text(ws.getCell(`D${r}`))))) errs.push(`summary row ${r} has no rolled-up duration`);
      }
    }
    if (!g.nonActionRows.includes(st.headerRow + 1) || !norm(text(ws.getCell(`${st.nameCol}${st.headerRow + 1}`))).includes(g.identity.trust)) errs.push('project summary task does not name the trust');
  }
  // colour-coded priority areas (holdout20): the key rows pair a fill with an area name and its indicators; none is a RAG colour
  const areaKey = {};
  if (chk.colourArea) {
    const ca = chk.colourArea;
    for (const r of ca.legendRows) {
      const f = ws.getCell(`${ca.col}${r}`).fill?.fgColor?.argb; const name = norm(text(ws.getCell(`${ca.nameCol}${r}`))); const it = norm(text(ws.getCell(`${ca.indCol}${r}`)));
      if (!f || norm(text(ws.getCell(`${ca.col}${r}`)))) errs.push(`key row ${r} has no plain swatch`);
      if (RAG_OF[f]) errs.push(`key row ${r} colour ${f} is also a RAG colour`);
      if (!non.has(r) || g.headerRows.includes(r)) errs.push(`key row ${r} must be a non-header non-action row`);
      const codes = /\ball\b/i.test(it) ? (g.standard === 'WRES' ? WRES : ['1', '2', '3', '4a', '4b', '5', '6', '7', '8', '9a', '9b', '10']) : (it.match(/\d+[ab]?/g) || []);
      if (areaKey[f]) errs.push(`colour ${f} used twice in the key`); areaKey[f] = { name, codes };
    }
  }
  // ---- holdout21 ----
  const cellAt = (r, c) => ws.getRow(r).getCell(c);
  const isSlave = (cell) => cell.isMerged && cell.master.address !== cell.address;
  // summary line under each indicator's group (holdout21 ravensworth): each summary row is a non-header non-action row whose label
  // names the group, whose count FORMULA's cached text counts exactly the actions of its group (between the previous summary / the
  // header and itself) by status, and whose rating FORMULA's cached word is the group's weakest position, filled in a status colour;
  // every action of a group carries the indicators its label names; the whole-plan line counts every action
  if (chk.groupSummary) {
    const gs = chk.groupSummary; const srows = Object.keys(gs.rows).map(Number).sort((x, y) => x - y);
    const W = ['Complete', 'On track', 'Delayed', 'Not started'];
    let prev = Math.max(...g.headerRows);
    for (const r of srows) {
      const label = gs.rows[r]; const grp = g.actions.filter((a) => a.row > prev && a.row < r);
      if (!non.has(r) || g.headerRows.includes(r)) errs.push(`summary row ${r} is not a non-header non-action row`);
      if (norm(text(ws.getCell(`${gs.labelCol}${r}`))) !== `${label} summary`) errs.push(`summary row ${r} label is not '${label} summary'`);
      if (!grp.length) errs.push(`summary row ${r} closes an empty group`);
      const cc = ws.getCell(`${gs.countCol}${r}`); if (!cc.value?.formula) errs.push(`summary row ${r} count is not a formula`);
      const mm = /^(.+?): (\d+) actions? – (\d+) complete, (\d+) on track, (\d+) delayed, (\d+) not started$/.exec(norm(text(cc)));
      if (!mm) errs.push(`summary row ${r} count text not understood: '${norm(text(cc))}'`);
      else {
        if (mm[1] !== label) errs.push(`summary row ${r} count names '${mm[1]}', not '${label}'`);
        const want = [grp.length, ...W.map((w) => grp.filter((a) => a.status === w).length)];
        if (mm.slice(2).map(Number).join(',') !== want.join(',')) errs.push(`summary row ${r} counts ${mm.slice(2).join(',')} but its group's gold actions give ${want.join(',')}`);
      }
      const codes = label.match(/\d+/g) || [];
      for (const a of grp) if (JSON.stringify(a.indicators) !== JSON.stringify(codes)) errs.push(`row ${a.row} indicators ${a.indicators} ≠ its group summary '${label}'`);
      const rc = ws.getCell(`${gs.ratingCol}${r}`); const sts = grp.map((a) => a.status);
      const weakest = sts.every((s) => s === 'Complete') ? 'Complete' : ['Not started', 'Delayed', 'On track'].find((w) => sts.includes(w));
      if (norm(text(rc)) !== weakest) errs.push(`summary row ${r} rating '${norm(text(rc))}' ≠ the group's weakest position '${weakest}'`);
      if (!rc.value?.formula) errs.push(`summary row ${r} rating is not a formula`);
      if (!RAG_OF[rc.fill?.fgColor?.argb]) errs.push(`summary row ${r} rating is not filled in a status colour`);
      for (const a of grp) if (a.theme !== null) errs.push(`row ${a.row} theme set in a summary-line plan`);
      prev = r;
    }
    for (const a of g.actions) if (!srows.some((r) => r > a.row)) errs.push(`row ${a.row} is after the last summary row`);
    const tt = norm(text(ws.getCell(`${gs.countCol}${gs.total}`)));
    if (!non.has(gs.total)) errs.push('whole-plan line not a non-action row');
    if (tt !== `All indicators: ${g.actions.length} actions – ${g.actions.filter((a) => a.status === 'Complete').length} complete`) errs.push(`whole-plan line '${tt}' does not count the gold actions`);
  }
  // template left filled in (holdout21 netherfold): the header is the one header row; the row under it is a GUIDANCE row of
  // bracketed italic prompts (one per header cell) and a non-header non-action row; the row under that is the template's WORKED
  // EXAMPLE – 'EXAMPLE' first, every cell grey italic, with an action, lead and timescale – which is a non-action row (not ambiguous)
  // whose action is no gold action; the instructions above the header name its row; every action is below it
  if (chk.template) {
    const t = chk.template; const hdrN = rowTexts(ws, t.headerRow).filter((x) => norm(x)).length;
    if (JSON.stringify(g.headerRows) !== JSON.stringify([t.headerRow])) errs.push(`template plan header rows ${g.headerRows} ≠ [${t.headerRow}]`);
    if (t.guidanceRow !== t.headerRow + 1 || t.exampleRow !== t.guidanceRow + 1) errs.push('guidance / example rows not directly under the header');
    for (const [r, what] of [[t.guidanceRow, 'guidance'], [t.exampleRow, 'example']]) {
      if (!non.has(r) || g.headerRows.includes(r)) errs.push(`${what} row ${r} is not a non-header non-action row`);
      if (g.ambiguousRows.includes(r)) errs.push(`${what} row ${r} marked ambiguous`);
    }
    const gc = []; ws.getRow(t.guidanceRow).eachCell((c) => { if (norm(text(c))) gc.push(c); });
    if (gc.length !== hdrN) errs.push(`guidance row has ${gc.length} prompts for ${hdrN} header cells`);
    for (const c of gc) { if (!/^\(.+\)$/.test(norm(text(c)))) errs.push(`guidance cell ${c.address} is not a bracketed prompt`); if (!c.font?.italic) errs.push(`guidance cell ${c.address} not italic`); }
    const ec = []; ws.getRow(t.exampleRow).eachCell((c) => { if (norm(text(c))) ec.push(c); });
    if (!/^EXAMPLE\b/.test(norm(text(ec[0] || {})))) errs.push('example row does not start with EXAMPLE');
    for (const c of ec) if (!c.font?.italic || c.font?.color?.argb !== 'FF808080') errs.push(`example cell ${c.address} is not grey italic`);
    const exAction = norm(text(ws.getCell(`${t.actionCol}${t.exampleRow}`)));
    for (const col of [t.actionCol, t.leadCol, t.dueCol]) if (!norm(text(ws.getCell(`${col}${t.exampleRow}`)))) errs.push(`example row has no ${col} – it should look like an action`);
    if (g.actions.some((a) => norm(a.action) === exAction)) errs.push('the worked example is a gold action');
    if (g.actions.some((a) => a.row <= t.exampleRow)) errs.push('an action above the worked example');
    if (g.actions[0]?.row !== t.firstAction) errs.push(`first action is not row ${t.firstAction}`);
    let named = false; for (let r = 1; r < t.headerRow; r++) if (non.has(r) && new RegExp(`Row ${t.exampleRow} is a worked example`).test(norm(rowTexts(ws, r).join(' ')))) named = true;
    if (!named) errs.push('no instruction names the example row');
    for (const a of g.actions) { const c = ws.getCell(`${t.actionCol}${a.row}`); if (c.font?.italic || c.font?.color?.argb === 'FF808080') errs.push(`row ${a.row} action styled like the example`); }
  }
  // roadmap (holdout21 halberton): the period header cells are distinct; every action row has text in exactly one period cell (a
  // merged bar counts once); no non-action row below the header has text in a period column unless it is a swimlane merged across
  // the whole table; the rows the generator placed are exactly the gold actions
  if (chk.roadmap) {
    const rm = chk.roadmap; const c0 = colNum(rm.from), c1 = colNum(rm.to); const hdr = []; for (let c = c0; c <= c1; c++) hdr.push(norm(text(cellAt(rm.headerRow, c))));
    if (new Set(hdr).size !== hdr.length || hdr.some((x) => !x)) errs.push(`period headers not distinct: ${hdr}`);
    if (!g.headerRows.includes(rm.headerRow) || !g.headerRows.includes(rm.headerRow - 1)) errs.push('both roadmap header rows must be header rows');
    for (let r = rm.headerRow + 1; r <= ws.rowCount; r++) {
      if (act.has(r)) continue;
      for (let c = c0; c <= c1; c++) { const cell = cellAt(r, c); if (norm(text(cell)) && !(cell.isMerged && cell.master.col === 1)) errs.push(`non-action row ${r} has text in period column ${colLetter(c)}`); }
    }
    if (JSON.stringify(Object.keys(rm.placed).map(Number)) !== JSON.stringify(rows)) errs.push('placed rows ≠ gold action rows');
  }
  // ---- holdout22 ----
  const cv = (col, r) => norm(text(ws.getCell(`${col}${r}`)));
  // two action tables with different column orders (holdout22 wexcombe): each table is a caption, a header and a run of action rows;
  // both headers are header rows, their column orders differ for the lead, due, ref and status; every row of each run is an action
  // and no action lies outside a run; the rag column of each table is the column its own header names for the status
  const tableOf = (r) => (chk.twoTables ? chk.twoTables.tables.find((t) => r >= t.first && r <= t.last) : null);
  const colOfHdr = (t, word) => { const hdr = rowTexts(ws, t.header).map(norm); const i = hdr.indexOf(word); return i < 0 ? null : colLetter(i + 1); };
  if (chk.twoTables) {
    const ts = chk.twoTables.tables;
    for (const [i, t] of ts.entries()) {
      if (!g.headerRows.includes(t.header)) errs.push(`table ${i + 1} header row ${t.header} is not a header row`);
      if (!non.has(t.caption) || g.headerRows.includes(t.caption) || !/^Part \d/.test(cv('A', t.caption))) errs.push(`table ${i + 1} caption row ${t.caption} is not a non-header 'Part n' row`);
      if (t.first !== t.header + 1) errs.push(`table ${i + 1} does not start directly under its header`);
      for (let r = t.first; r <= t.last; r++) if (!act.has(r)) errs.push(`row ${r} in table ${i + 1} is not an action`);
      for (const [fld, word] of Object.entries(t.fields)) if (!colOfHdr(t, word)) errs.push(`table ${i + 1} header has no '${word}' for ${fld}`);
      if (colOfHdr(t, t.fields.status) !== t.ragCol) errs.push(`table ${i + 1} ragCol ${t.ragCol} is not its '${t.fields.status}' column`);
      for (const a of g.actions) if (a.theme !== null) errs.push(`row ${a.row} theme set in a two-table plan`);
    }
    for (const r of rows) if (!tableOf(r)) errs.push(`action row ${r} is in neither table`);
    const [A, B] = ts; const moved = ['ref', 'lead', 'due', 'status'].filter((f) => colOfHdr(A, A.fields[f]) !== colOfHdr(B, B.fields[f]));
    if (moved.length !== 4) errs.push(`only ${moved} move between the tables – the layout needs all four to move`);
  }
  // risk register (holdout22 stenbury): the current score is an L×C formula whose cached result is the product, filled in its 5×5
  // band colour; the target score is a number no higher, filled in its band; the score colours differ from the action's rag on
  // several rows (so a reader must not take the rag from them); a scoring line above the header explains the bands
  const band = (v) => (chk.riskRegister.bands.find(([hi]) => v <= hi) || [])[1];
  if (chk.riskRegister) {
    const rr = chk.riskRegister; let differ = 0;
    for (const a of g.actions) {
      const sc = ws.getCell(`${rr.scoreCol}${a.row}`); const L = ws.getCell(`${rr.lCol}${a.row}`).value, Cq = ws.getCell(`${rr.cCol}${a.row}`).value;
      if (!(L >= 1 && L <= 5 && Cq >= 1 && Cq <= 5)) errs.push(`row ${a.row} likelihood / consequence not 1–5`);
      if (sc.value?.formula !== `${rr.lCol}${a.row}*${rr.cCol}${a.row}` || sc.value?.result !== L * Cq) errs.push(`row ${a.row} current score is not the formula ${rr.lCol}×${rr.cCol} with its product cached`);
      if (sc.fill?.fgColor?.argb !== band(L * Cq)) errs.push(`row ${a.row} current score ${L * Cq} not filled in its band colour`);
      const tg = ws.getCell(`${rr.targetCol}${a.row}`); if (typeof tg.value !== 'number' || tg.value > L * Cq || tg.fill?.fgColor?.argb !== band(tg.value)) errs.push(`row ${a.row} target score not a lower number in its band colour`);
      if (RAG_OF[band(L * Cq)] !== a.rag) differ++;
    }
    if (differ < 3) errs.push(`score colours differ from the action rag on only ${differ} rows`);
    let keyed = false; for (let r = 1; r < rr.headerRow; r++) if (non.has(r) && /likelihood × consequence.*5×5/.test(norm(rowTexts(ws, r).join(' ')))) keyed = true;
    if (!keyed) errs.push('no scoring line above the header');
    if (JSON.stringify(g.headerRows) !== JSON.stringify([rr.headerRow])) errs.push('risk register must have one header row');
  }
  // gap analysis against the EDI Improvement Plan (holdout22 ashlow): every requirement row has a position word filled in its key
  // colour; a row is an action exactly when it is not Compliant; compliant rows say there is no further action ('—' for lead and
  // date, status 'N/A' unfilled) and are non-header, non-ambiguous non-action rows; the position colour differs from the action's
  // rag on several rows
  if (chk.gapAnalysis) {
    const ga = chk.gapAnalysis; let differ = 0; const seen = [];
    for (let r = ga.headerRow + 1; r <= ga.lastRow; r++) {
      const pos = cv(ga.positionCol, r); const want = ga.positions[pos];
      if (!want) { errs.push(`row ${r} position '${pos}' is not a key word`); continue; }
      if (RAG_OF[ws.getCell(`${ga.positionCol}${r}`).fill?.fgColor?.argb] !== want) errs.push(`row ${r} position '${pos}' not filled ${want}`);
      if (pos === 'Compliant') {
        seen.push(r);
        if (act.has(r)) errs.push(`compliant row ${r} is an action`);
        if (!non.has(r) || g.headerRows.includes(r) || g.ambiguousRows.includes(r)) errs.push(`compliant row ${r} is not a plain non-action row`);
        if (cv(ga.actionCol, r) !== ga.noAction || cv(ga.leadCol, r) !== '—' || cv(ga.dueCol, r) !== '—' || cv(ga.statusCol, r) !== 'N/A') errs.push(`compliant row ${r} does not say there is no further action`);
        if (ws.getCell(`${ga.statusCol}${r}`).fill?.fgColor?.argb) errs.push(`compliant row ${r} status cell is filled`);
      } else {
        if (!act.has(r)) errs.push(`${pos} row ${r} is not an action`);
        const a = g.actions.find((x) => x.row === r); if (a && RAG_OF[ws.getCell(`${ga.positionCol}${r}`).fill?.fgColor?.argb] !== a.rag) differ++;
      }
    }
    if (JSON.stringify(seen) !== JSON.stringify(ga.compliantRows)) errs.push(`compliant rows ${seen} ≠ the generator's ${ga.compliantRows}`);
    if (differ < 3) errs.push(`position colours differ from the action rag on only ${differ} rows`);
    for (const a of g.actions) { if (a.row <= ga.headerRow || a.row > ga.lastRow) errs.push(`row ${a.row} action outside the requirement rows`); if (a.theme !== null) errs.push(`row ${a.row} theme set (the HIA column is a mapping)`); }
  }
  // holdout24: section rows (heading rows above their actions): theme = the nearest section row above, every section holds an action
  const first = (r) => rowTexts(ws, r).map(norm).find((t) => t) || '';
  if (chk.sections) {
    const secs = chk.sections;
    for (const r of secs) { if (!non.has(r) || g.headerRows.includes(r)) errs.push(`section row ${r} is not a plain non-action row`); if (!g.actions.some((a) => a.row > r && !secs.some((s) => s > r && s < a.row))) errs.push(`section row ${r} holds no action`); }
    for (const a of g.actions) { const s = secs.filter((x) => x < a.row).pop(); const want = s ? first(s) : null; if (norm(a.theme) !== norm(want) || (want === null) !== (a.theme === null)) errs.push(`row ${a.row} theme '${a.theme}' ≠ nearest section row '${want}'`); }
    // repeated headers (a PDF / web pages pasted into Excel): every header row reads the same, and each action has exactly one header between its section row and itself
    if (chk.sameHeaders) {
      const hs = g.headerRows.map((r) => rowTexts(ws, r).map(norm).join('|'));
      if (g.headerRows.length < 2 || new Set(hs).size !== 1) errs.push(`header rows ${g.headerRows} do not repeat one header`);
      if (g.headerRows.length !== secs.length) errs.push(`${g.headerRows.length} header rows for ${secs.length} sections`);
      for (const a of g.actions) { const s = secs.filter((x) => x < a.row).pop() || 0; const n = g.headerRows.filter((h) => h > s && h < a.row).length; if (n !== 1) errs.push(`row ${a.row} has ${n} header rows between its section and itself`); }
    }
  }
  // holdout24: cross-referenced numbers (northfell): indicators come from the WDES metric column only; the other frameworks' number columns differ on at least two rows
  if (chk.crossRef) {
    const codes = (col, r) => norm(text(ws.getCell(`${col}${r}`))).match(/\d+[ab]?/g) || [];
    for (const a of g.actions) if (JSON.stringify(codes(chk.crossRef.metricCol, a.row)) !== JSON.stringify(a.indicators)) errs.push(`row ${a.row} indicators ${a.indicators} ≠ WDES metric column`);
    for (const col of chk.crossRef.otherCols) if (g.actions.filter((a) => JSON.stringify(codes(col, a.row)) !== JSON.stringify(a.indicators)).length < 2) errs.push(`column ${col} agrees with the metric column on all but one row – no trap`);
  }
  // holdout24: colour-only status (ravensby, lydcombe): no status word; rag = the cell's fill; the cell holds the progress text (ravensby) or nothing (lydcombe)
  if (chk.colourOnly) {
    for (const a of g.actions) {
      const c = ws.getCell(`${chk.colourOnly.col}${a.row}`); const t = norm(text(c));
      if (a.status !== '') errs.push(`row ${a.row} colour-only status but gold status '${a.status}'`);
      if ((RAG_OF[c.fill?.fgColor?.argb] ?? null) !== a.rag || a.rag === null) errs.push(`row ${a.row} rag '${a.rag}' ≠ the cell's fill`);
      if (chk.colourOnly.progress ? t === '' || t !== norm(a.progress) : t !== '') errs.push(`row ${a.row} colour cell text '${t}' not as expected`);
    }
  }
  // holdout25: cover-sheet / context values (forbidden): no gold lead, due, status, theme or action equals one of them (a board cover
  // sheet's Lead Director or meeting date, a key's words, a findings table's traffic-light letters …)
  if (chk.forbidden) for (const a of g.actions) for (const fld of ['action', 'lead', 'due', 'status', 'theme', 'progress', 'outcome']) for (const f of chk.forbidden) if (a[fld] && norm(a[fld]) === norm(f)) errs.push(`row ${a.row} ${fld} is the context value '${f}'`);
  // holdout25: rows that must stay non-action context (dataRows): results / findings / success-metric rows – each a plain non-action row
  if (chk.dataRows) for (const r of chk.dataRows) { if (!non.has(r) || g.headerRows.includes(r)) errs.push(`data row ${r} is not a plain non-action row`); if (!rowTexts(ws, r).some((t) => norm(t))) errs.push(`data row ${r} is empty`); }
  // holdout25: metric cells carrying staff-survey question codes (qCodes): indicators = the metric number the cell starts with, never a Q number
  if (chk.qCodes) for (const a of g.actions) {
    const t = norm(text(ws.getCell(`${chk.qCodes.col}${a.row}`))); const lead = /^(\d+[ab]?)\./.exec(t); const qs = (t.match(/Q(\d+)/g) || []).map((q) => q.slice(1));
    if (!lead || JSON.stringify(a.indicators) !== JSON.stringify([lead[1]])) errs.push(`row ${a.row} indicators ${a.indicators} ≠ the metric number '${lead && lead[1]}'`);
    if (a.indicators.some((i) => qs.includes(i) && !(lead && lead[1] === i))) errs.push(`row ${a.row} indicator read from a Q code`);
  }
  if (chk.qCodes && g.actions.filter((a) => /Q\d+/.test(text(ws.getCell(`${chk.qCodes.col}${a.row}`)))).length < 3) errs.push('fewer than three actions carry a Q code – no trap');
  // holdout96: the whole report on one sheet – rows of figures tables and of last year's review grid (notFromRows = { rows, fields }):
  // each is a plain non-action row, and none of the listed gold fields of any action equals one of their cells
  if (chk.notFromRows) {
    const nf = chk.notFromRows; const texts = new Set();
    for (const r of nf.rows) { if (!non.has(r) || g.headerRows.includes(r)) errs.push(`context row ${r} is not a plain non-action row`); for (const t of rowTexts(ws, r)) if (norm(t)) texts.add(norm(t)); }
    for (const a of g.actions) for (const fld of nf.fields) if (a[fld] && texts.has(norm(a[fld]))) errs.push(`row ${a.row} ${fld} '${a[fld]}' taken from a figures / review row`);
  }
  // holdout24: 'N/A' means none – no gold lead, due or status is 'N/A'
  for (const a of g.actions) for (const fld of ['lead', 'due', 'status']) if (/^n\/?a$/i.test(norm(a[fld]))) errs.push(`row ${a.row} ${fld} is '${a[fld]}' (N/A means none)`);
  const valid = g.standard === 'WRES' ? WRES : WDES;
  for (const a of g.actions) {
    const where = `row ${a.row}`;
    if (JSON.stringify(Object.keys(a)) !== JSON.stringify(AKEYS)) errs.push(`${where} keys`);
    const cells = rowTexts(ws, a.row).map(norm);
    const sub = []; for (let r = a.row + 1; r <= ws.rowCount && non.has(r) && !g.headerRows.includes(r); r++) sub.push(...rowTexts(ws, r).map(norm));
    // stacked plans: an action's fields are on the label rows of its block (checks.json blocks[row] = [from, to])
    const blk = chk.blocks?.[a.row]; const bcells = [];
    if (blk) for (let r = blk[0]; r <= blk[1]; r++) bcells.push(...rowTexts(ws, r).map(norm));
    // two-row records (holdout18): an action's fields are on its upper row and the lower row under it (checks.json pairs)
    const pcells = chk.pairs ? [...cells, ...rowTexts(ws, a.row + 1).map(norm)] : null;
    const cellsF = blk ? bcells : pcells || cells;
    // PDF-style plans: a cell's text carried on to continuation rows below (checks.json joins[row] = [{ col, rows }])
    const joined = (chk.joins?.[a.row] || []).map(({ col, rows: more }) => norm([a.row, ...more].map((r) => text(ws.getRow(r).getCell(col))).join(' ')));
    for (const j of chk.joins?.[a.row] || []) for (const r of j.rows) if (!non.has(r)) errs.push(`${where} continuation row ${r} not a non-action row`);
    const eq = (v) => cells.includes(norm(v)) || joined.includes(norm(v));
    const inRow = (v) => cellsF.some((c) => c === norm(v) || c.includes(norm(v))) || joined.some((c) => c.includes(norm(v)));
    // saved filter (holdout17): a row hidden by the filter is still an action; it must be hidden exactly when its status is not one the filter shows
    if (chk.filtered) { const hid = !!ws.getRow(a.row).hidden; const st = norm(text(ws.getRow(a.row).getCell(chk.filtered.col))); if (hid !== !chk.filtered.shown.includes(st)) errs.push(`${where} hidden=${hid} but the filter shows '${st}'? ${chk.filtered.shown.includes(st)}`); }
    else if (ws.getRow(a.row).hidden) errs.push(`${where} action on a hidden row`);
    if (!eq(a.action)) errs.push(`${where} action text not a cell`);
    for (const fld of ['lead', 'due']) if (a[fld] && !(fld === 'lead' && (chk.leadMatrix || chk.leadSection || chk.noteLead || chk.pivot || chk.summaryTasks)) && !(fld === 'due' && (chk.dueSection || chk.serialDates || chk.splitDue || chk.roadmap)) && !inRow(a[fld])) errs.push(`${where} ${fld} '${a[fld]}' not on row`);
    // pivot pasted as values (holdout18): lead = the group label at or above the row (blank = same as above), never crossing a subtotal;
    // indicators = the metric label at or above within the group; every action row counts 1
    if (chk.pivot) {
      const { leadCol, metricCol, countCol, subtotals } = chk.pivot; const lab = (r, c) => norm(text(ws.getRow(r).getCell(c)));
      let lead = '', metric = '';
      for (let r = a.row; r > chk.pivot.headerRow; r--) { if (subtotals[r] !== undefined) break; if (!metric && lab(r, metricCol)) metric = lab(r, metricCol); if (lab(r, leadCol)) { lead = lab(r, leadCol); break; } }
      if (lead !== norm(a.lead)) errs.push(`${where} lead '${a.lead}' ≠ pivot group '${lead}'`);
      const codes = (metric.match(/\d+[ab]?/g) || []);
      if (JSON.stringify(codes) !== JSON.stringify(a.indicators)) errs.push(`${where} indicators ${a.indicators} ≠ pivot metric '${metric}'`);
      if (lab(a.row, countCol) !== '1') errs.push(`${where} count ≠ 1`);
      if (/\bTotal$/.test(lab(a.row, leadCol))) errs.push(`${where} is a total row`);
    }
    // grouped by timeframe (holdout18): due = the text of the nearest section row above; the section is not a theme
    if (chk.dueSection) {
      let sec = null; for (let r = a.row - 1; r >= 1; r--) if (non.has(r)) { if (!g.headerRows.includes(r)) sec = norm(text(ws.getRow(r).getCell(chk.dueSection.col))); break; }
      if (sec !== null && sec !== norm(a.due)) errs.push(`${where} due '${a.due}' ≠ section row above '${sec}'`);
      if (sec === null && a.due) errs.push(`${where} due '${a.due}' but no section row directly above its group`);
      if (a.theme !== null) errs.push(`${where} timeframe section used as theme`);
    }
    // two-row records (holdout18): the lower row is a non-action row and the pair's merged columns span both rows
    if (chk.pairs) {
      if (!non.has(a.row + 1) || g.headerRows.includes(a.row + 1)) errs.push(`${where} lower row ${a.row + 1} not a non-action row`);
      for (const col of chk.pairs.merged) { const c2 = ws.getCell(`${col}${a.row + 1}`); if (!c2.isMerged || c2.master.address !== `${col}${a.row}`) errs.push(`${where} ${col} not merged over the pair`); }
      if (!rowTexts(ws, a.row + 1).some((t, i) => norm(t) && !chk.pairs.merged.includes(String.fromCharCode(65 + i)))) errs.push(`${where} lower row carries nothing of its own`);
      // the lower line's fields: due = its target-completion cell (not the upper line's start), outcome = its measure cell
      for (const [fld, col] of Object.entries(chk.pairs.lower || {})) { const v = norm(text(ws.getCell(`${col}${a.row + 1}`))); if (v !== norm(a[fld])) errs.push(`${where} ${fld} '${a[fld]}' ≠ lower-line ${col} '${v}'`); }
    }
    // lead matrix: gold lead = the header of the column marked with the lead mark ('' if none)
    if (chk.leadMatrix) {
      const { headerRow, from, to, mark } = chk.leadMatrix; const hits = [];
      for (let c = from; c <= to; c++) if (norm(text(ws.getRow(a.row).getCell(c))) === mark) hits.push(norm(text(ws.getRow(headerRow).getCell(c))));
      if (hits.join(' / ') !== norm(a.lead)) errs.push(`${where} lead '${a.lead}' ≠ matrix '${hits.join(' / ')}'`);
    }
    // leads held in cell notes (holdout15): gold lead = the text after the prefix in the note on the action cell ('' when the cell has no note or no prefix)
    if (chk.noteLead) {
      const nc = ws.getRow(a.row).getCell(chk.noteLead.col); const n = nc.note; const nt = n == null ? '' : typeof n === 'string' ? n : (n.texts || []).map((t) => t.text).join('');
      const mm = new RegExp(chk.noteLead.prefix + '\\s*(.+)').exec(nt); const nl = mm ? norm(mm[1]) : '';
      if (nl !== norm(a.lead)) errs.push(`${where} lead '${a.lead}' ≠ note '${nl}'`);
      if (norm(a.lead) && cells.some((c) => c.includes(norm(a.lead)))) errs.push(`${where} lead also written in a cell`);
    }
    // owner sections (holdout13): gold lead = the nearest section row above (checks.json leadSection = { col })
    if (chk.leadSection) {
      let sec = null; for (let r = a.row - 1; r >= 1; r--) if (non.has(r)) { if (!g.headerRows.includes(r)) sec = norm(text(ws.getRow(r).getCell(chk.leadSection.col))); break; }
      if (sec !== norm(a.lead)) errs.push(`${where} lead '${a.lead}' ≠ section row above '${sec}'`);
      if (a.theme !== null) errs.push(`${where} owner-section plan but theme set`);
    }
    // dates pasted as Excel serials (holdout19): the due cell is either a bare serial in General format, which a reader reads as the date
    // it stands for (1900 date system, written dd/mm/yyyy), or typed text kept as written
    if (chk.serialDates) {
      const dc = ws.getCell(`${chk.serialDates.col}${a.row}`); const v = dc.value;
      if (typeof v === 'number') {
        if (dc.numFmt && dc.numFmt !== 'General') errs.push(`${where} due cell has a number format '${dc.numFmt}', not General`);
        if (v < 36526 || v > 54789) errs.push(`${where} due serial ${v} is not a plausible 2000–2049 date`);
        const d = new Date(Date.UTC(1899, 11, 30) + v * 86400000); const want = `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
        if (norm(a.due) !== want) errs.push(`${where} due '${a.due}' ≠ serial ${v} read as ${want}`);
        if (text(dc) !== String(v)) errs.push(`${where} serial does not show as a bare number`);
      } else if (norm(a.due) !== norm(text(dc))) errs.push(`${where} due '${a.due}' ≠ text cell '${text(dc)}'`);
      for (const c of chk.serialDates.also || []) { const oc = ws.getCell(`${c}${a.row}`); if (typeof oc.value !== 'number' || (oc.numFmt && oc.numFmt !== 'General')) errs.push(`${where} ${c} is not a General serial`); if (norm(a.due) && norm(text(oc)) === norm(a.due)) errs.push(`${where} due taken from ${c}`); }
    }
    // RAG given as a number 1–4 (holdout19): the status cell holds a plain number (or nothing), uncoloured; the key line names every number
    if (chk.numRag) {
      const sc = ws.getCell(`${chk.numRag.col}${a.row}`); const v = sc.value;
      if (v !== null && v !== undefined && typeof v !== 'number') errs.push(`${where} rating is not a number`);
      if (sc.fill?.fgColor?.argb || (sc.font?.color?.argb && sc.font.color.argb !== 'FF000000')) errs.push(`${where} rating cell is coloured`);
      if ((v === null || v === undefined) !== (a.status === '' && a.rag === null)) errs.push(`${where} blank rating must have status '' and rag null`);
    }
    // two plans side by side (holdout19): every gold field comes from the left plan's columns; the right plan (last year) gives none
    if (chk.sideBySide) {
      const [l0, l1] = chk.sideBySide.left.map((c) => c.charCodeAt(0) - 65); const [r0, r1] = chk.sideBySide.right.map((c) => c.charCodeAt(0) - 65);
      const L = cells.slice(l0, l1 + 1), R = cells.slice(r0, r1 + 1);
      if (!L.includes(norm(a.action))) errs.push(`${where} action not in the left plan`);
      for (const fld of ['ref', 'lead', 'due', 'status', 'progress', 'outcome']) if (a[fld] && !L.some((c) => c === norm(a[fld]) || c.includes(norm(a[fld])))) errs.push(`${where} ${fld} '${a[fld]}' not in the left plan`);
      if (R.includes(norm(a.action))) errs.push(`${where} action taken from the right plan`);
      if (a.status && L[chk.ragCol.charCodeAt(0) - 65 - l0] !== norm(a.status)) errs.push(`${where} status not the left plan's status cell`);
    }

    // project-plan export (holdout20): theme = the summary task one level up; lead = Resource Names without Project's units,
    // resources joined ', '; due = Finish as shown (never Start); ref = the Project ID
    if (chk.summaryTasks) {
      const st = chk.summaryTasks; const lv = ws.getRow(a.row).outlineLevel || 0; let parent = '';
      for (let r = a.row - 1; r > st.headerRow; r--) if ((ws.getRow(r).outlineLevel || 0) === lv - 1) { parent = norm(text(ws.getCell(`${st.nameCol}${r}`))); break; }
      if (norm(a.theme) !== parent) errs.push(`${where} theme '${a.theme}' ≠ summary task above '${parent}'`);
      const res = norm(text(ws.getCell(`H${a.row}`)).replace(/\[\d+%\]/g, '').split(',').map((s) => s.trim()).join(', '));
      if (norm(a.lead) !== res) errs.push(`${where} lead '${a.lead}' ≠ resources '${res}'`);
      if (norm(a.due) !== norm(text(ws.getCell(`${st.finishCol}${a.row}`)))) errs.push(`${where} due '${a.due}' ≠ Finish`);
      if (a.ref !== norm(text(ws.getCell(`${st.idCol}${a.row}`)))) errs.push(`${where} ref ≠ Project ID`);
      if (norm(a.action) !== norm(text(ws.getCell(`${st.nameCol}${a.row}`)))) errs.push(`${where} action ≠ task name`);
    }
    // timescale split over two columns (holdout20): due = 'Qn year' when the quarter cell is filled, else the year cell as written;
    // when both are filled neither cell alone is the due
    if (chk.splitDue) {
      const sd = chk.splitDue; const y = norm(text(ws.getCell(`${sd.yearCol}${a.row}`))); const q = norm(text(ws.getCell(`${sd.qCol}${a.row}`)));
      const want = q ? `${q} ${y}` : y;
      if (norm(a.due) !== want) errs.push(`${where} due '${a.due}' ≠ Qtr + Year read together '${want}'`);
      if (q && (norm(a.due) === q || norm(a.due) === y)) errs.push(`${where} due is one half of the split timescale`);
      if (q && !/^Q[1-4]$/.test(q)) errs.push(`${where} Qtr '${q}' is not a quarter`);
      if (!/^(20\d\d\/\d\d|Ongoing)$/.test(y)) errs.push(`${where} Year '${y}' is not a financial year`);
    }
    // colour-coded priority areas (holdout20): the area cell has no text and the fill of exactly one key row; theme = that key row's
    // area name and indicators = the indicators the key gives it; the area fill is never the RAG
    if (chk.colourArea) {
      const c = ws.getCell(`${chk.colourArea.col}${a.row}`); const f = c.fill?.fgColor?.argb;
      if (norm(text(c))) errs.push(`${where} area cell has text`);
      const k = areaKey[f];
      if (!k) errs.push(`${where} area colour ${f} is not in the key`);
      else {
        if (norm(a.theme) !== k.name) errs.push(`${where} theme '${a.theme}' ≠ key's area '${k.name}' for its colour`);
        if (JSON.stringify(a.indicators) !== JSON.stringify(k.codes)) errs.push(`${where} indicators ${a.indicators} ≠ key's ${k.codes} for its colour`);
      }
      if (a.rag && RAG_OF[f] === a.rag) errs.push(`${where} rag read from the area colour`);
    }

    // roadmap (holdout21): the action is the text of the one period cell that holds it; due = the header of the LAST period column
    // its bar covers (the bar's own column when not merged); the action text is in no other column; the bar is shaded
    if (chk.roadmap) {
      const rm = chk.roadmap; const c0 = colNum(rm.from), c1 = colNum(rm.to); const hdr = (c) => norm(text(cellAt(rm.headerRow, c)));
      const own = []; for (let c = c0; c <= c1; c++) { const cell = cellAt(a.row, c); if (!isSlave(cell) && norm(text(cell))) own.push(c); }
      if (own.length !== 1) errs.push(`${where} action text in ${own.length} period columns`);
      else {
        const c = own[0]; const master = cellAt(a.row, c); let last = c;
        for (let d = c + 1; d <= c1; d++) { const cell = cellAt(a.row, d); if (cell.isMerged && cell.master.address === master.address) last = d; }
        if (norm(text(master)) !== norm(a.action)) errs.push(`${where} action ≠ the text in its period column`);
        if (norm(a.due) !== hdr(last)) errs.push(`${where} due '${a.due}' ≠ the header of the last period its bar covers '${hdr(last)}'`);
        if (last > c && norm(a.due) === hdr(c)) errs.push(`${where} due is the first period of a merged bar`);
        if (!master.fill?.fgColor?.argb) errs.push(`${where} action cell is not a shaded bar`);
        const [pf, pt] = rm.placed[a.row] || []; if (pf !== c - c0 || pt !== last - c0) errs.push(`${where} bar ${colLetter(c)}–${colLetter(last)} ≠ placed ${pf}–${pt}`);
      }
      for (let c = 1; c < c0; c++) if (norm(text(cellAt(a.row, c))) === norm(a.action)) errs.push(`${where} action also outside the period columns`);
    }
    // two action tables (holdout22): each field is the cell under the header word ITS OWN table gives it; context columns give none
    if (chk.twoTables) {
      const t = tableOf(a.row);
      if (t) {
        for (const [fld, word] of Object.entries(t.fields)) { const col = colOfHdr(t, word); const v = col ? cv(col, a.row) : null; if (norm(a[fld]) !== v) errs.push(`${where} ${fld} '${a[fld]}' ≠ its table's '${word}' cell '${v}'`); }
        for (const word of t.context) { const col = colOfHdr(t, word); const v = col ? cv(col, a.row) : ''; for (const fld of ['ref', 'lead', 'due', 'status', 'action']) if (v && norm(a[fld]) === v) errs.push(`${where} ${fld} taken from '${word}'`); }
      }
    }
    // risk register (holdout22): action = 'Further action required', never the risk description or the existing controls; lead =
    // Action lead, never the Risk owner; ref = the Risk ID; due = Target date as shown; no gold field is a score
    if (chk.riskRegister) {
      const rr = chk.riskRegister;
      if (norm(a.action) !== cv(rr.actionCol, a.row)) errs.push(`${where} action ≠ the 'Further action required' cell`);
      if (norm(a.action) === cv(rr.descCol, a.row)) errs.push(`${where} action taken from the risk description`);
      if (norm(a.action) === cv(rr.controlsCol, a.row)) errs.push(`${where} action taken from the existing controls`);
      if (norm(a.lead) !== cv(rr.leadCol, a.row) || norm(a.lead) === cv(rr.ownerCol, a.row)) errs.push(`${where} lead '${a.lead}' is not the Action lead`);
      if (a.ref !== cv(rr.idCol, a.row)) errs.push(`${where} ref ≠ Risk ID`);
      if (norm(a.due) !== cv(rr.dueCol, a.row)) errs.push(`${where} due ≠ Target date`);
      for (const col of [rr.lCol, rr.cCol, rr.scoreCol, rr.targetCol]) for (const fld of ['status', 'due', 'progress', 'outcome']) if (a[fld] && norm(a[fld]) === cv(col, a.row)) errs.push(`${where} ${fld} is a score`);
    }
    // gap analysis (holdout22): action = 'Action we will take', never the requirement; lead, due, status and ref from their columns
    if (chk.gapAnalysis) {
      const ga = chk.gapAnalysis;
      if (norm(a.action) !== cv(ga.actionCol, a.row) || norm(a.action) === ga.noAction) errs.push(`${where} action is not the trust's 'Action we will take'`);
      if (norm(a.action) === cv(ga.requirementCol, a.row)) errs.push(`${where} action taken from the Improvement Plan requirement`);
      if (norm(a.lead) !== cv(ga.leadCol, a.row) || norm(a.due) !== cv(ga.dueCol, a.row) || norm(a.status) !== cv(ga.statusCol, a.row) || a.ref !== cv(ga.refCol, a.row)) errs.push(`${where} lead / due / status / ref not from their columns`);
      if (norm(a.status) === cv(ga.positionCol, a.row)) errs.push(`${where} status taken from 'Our position'`);
    }
    // ordinary plans' column judgements (holdout20): due = the first filled of the listed date columns as shown (quarleigh's
    // Revised date before its Original date, moorcross's End not Start); no gold field is taken from a context / second-person column
    if (chk.dueFrom) { const c = chk.dueFrom.find((col) => norm(text(ws.getCell(`${col}${a.row}`)))); const want = c ? norm(text(ws.getCell(`${c}${a.row}`))) : ''; if (norm(a.due) !== want) errs.push(`${where} due '${a.due}' ≠ first filled of ${chk.dueFrom} '${want}'`); }
    if (chk.notFrom) for (const col of chk.notFrom) { const t = norm(text(ws.getCell(`${col}${a.row}`))); if (t) for (const fld of ['action', 'lead', 'due', 'status', 'progress', 'outcome']) if (norm(a[fld]) === t) errs.push(`${where} ${fld} taken from context column ${col}`); }
    if (a.status && chk.mode !== 'section' && chk.mode !== 'prefix' && !cellsF.includes(norm(a.status))) errs.push(`${where} status '${a.status}' not a cell`);
    if (a.ref && !inRow(a.ref)) errs.push(`${where} ref '${a.ref}' not on row`);
    if (blk && (blk[0] > a.row || blk[1] < a.row)) errs.push(`${where} block does not hold the action row`);
    for (const fld of ['progress', 'outcome', 'completed']) if (a[fld] && !inRow(a[fld]) && !sub.includes(norm(a[fld]))) errs.push(`${where} ${fld} not on row or sub-row`);
    // holdout70: a grouping column merged down beside the actions (themeCol): theme = that merged cell's text
    if (chk.themeCol) { const tc = ws.getCell(`${chk.themeCol}${a.row}`); if (norm(a.theme) !== norm(text(tc)) || !norm(a.theme)) errs.push(`${where} theme '${a.theme}' ≠ the merged ${chk.themeCol} cell '${norm(text(tc))}'`); }
    else if (a.theme !== null) {
      let ok = false; for (let r = a.row - 1; r >= 1; r--) if (non.has(r) && rowTexts(ws, r).map(norm).includes(norm(a.theme))) { ok = true; break; }
      if (!ok) errs.push(`${where} theme not a non-action row above`);
    }
    if (!Array.isArray(a.indicators) || a.indicators.some((i) => !valid.includes(i))) errs.push(`${where} indicators invalid ${a.indicators}`);
    if ((a.indicators.length ? a.indicators[0] : null) !== a.indicator) errs.push(`${where} indicator ≠ indicators[0]`);
    if (new Set(a.indicators).size !== a.indicators.length) errs.push(`${where} duplicate indicators`);
    // RAG against the cell
    if (chk.mode) {
      let rr = a.row;
      if (blk) for (let r = blk[0]; r <= blk[1]; r++) if (norm(text(ws.getRow(r).getCell(chk.labelCol))) === chk.statusLabel) rr = r;
      if (blk && rr === a.row) errs.push(`${where} no '${chk.statusLabel}' row in block`);
      const cell = ws.getRow(rr).getCell(tableOf(a.row)?.ragCol || chk.ragCol); const t = norm(text(cell)); // two tables (holdout22): each table has its own status column
      let seen = null;
      // whole-row shading (holdout16): no status column; every cell of the action row from..to carries the same fill, which is the RAG; gold status ''
      if (chk.rowFill) {
        const fills = []; for (let c = chk.rowFill.from; c <= chk.rowFill.to; c++) fills.push(ws.getRow(a.row).getCell(c).fill?.fgColor?.argb ?? null);
        if (new Set(fills).size !== 1) errs.push(`${where} row not shaded evenly (${fills})`);
        if (a.status !== '') errs.push(`${where} row-shaded plan but status '${a.status}'`);
      }
      if (chk.mode === 'actionFont') {
        // action text coloured by status (holdout17): rag = the action cell's font colour (black → none); gold status ''
        seen = RAG_OF[cell.font?.color?.argb] ?? null;
        if (norm(a.action) !== t) errs.push(`${where} ragCol is not the action cell`);
        if (a.status !== '') errs.push(`${where} font-coloured plan but status '${a.status}'`);
        if (seen !== a.rag) errs.push(`${where} rag '${a.rag}' but action font shows '${seen}'`);
      } else if (chk.mode === 'prefix') {
        // status written as the first (bold, coloured) run of the update cell (holdout16): gold status = that run without its trailing dash/colon; rag = the run's font colour; progress = the whole cell
        const v = cell.value; const run = v && v.richText ? v.richText[0] : null;
        const st = run ? norm(run.text.replace(/\s*[–:-]\s*$/, '')) : '';
        seen = run && run.font?.bold ? RAG_OF[run.font?.color?.argb] ?? null : null;
        if (!run || !run.font?.bold) { if (a.status !== '') errs.push(`${where} status '${a.status}' but the update has no bold prefix`); }
        else if (norm(a.status) !== st) errs.push(`${where} status '${a.status}' ≠ prefix '${st}'`);
        if (norm(a.progress) !== t) errs.push(`${where} progress ≠ the whole update cell`);
        if (seen !== a.rag) errs.push(`${where} rag '${a.rag}' but prefix shows '${seen}' (${st})`);
      } else if (chk.mode === 'section') {
        let sr = 0; for (let r = a.row - 1; r >= 1; r--) if (non.has(r) && !g.headerRows.includes(r) && norm(text(ws.getRow(r).getCell(chk.ragCol)))) { sr = r; break; }
        const sc = ws.getRow(sr).getCell(chk.ragCol); const st = norm(text(sc));
        seen = RAG_OF[sc.fill?.fgColor?.argb] ?? null;
        if (!a.status || !st.includes(norm(a.status))) errs.push(`${where} status '${a.status}' not in section row '${st}'`);
        if (seen !== a.rag) errs.push(`${where} rag '${a.rag}' but section shows '${seen}' (${st})`);
      } else {
      if (chk.mode === 'fill') seen = RAG_OF[cell.fill?.fgColor?.argb] ?? null;
      else if (chk.mode === 'font') seen = t ? RAG_OF[cell.font?.color?.argb] ?? null : null;
      else if (chk.mode === 'word') seen = chk.words[t] ?? null;
      // icon-set status (holdout14): the cell holds a number shown only as a traffic-light icon; checks.json icons maps value → colour
      else if (chk.mode === 'icon') { const v = (cell.isMerged ? cell.master : cell).value; seen = v === null || v === undefined ? null : chk.icons[String(v)] ?? null; }
      if (seen !== a.rag) errs.push(`${where} rag '${a.rag}' but cell shows '${seen}' (${t})`);
      if (chk.mode === 'icon' ? a.status !== '' : chk.statusIsCell !== false && norm(a.status) !== t) errs.push(`${where} status '${a.status}' ≠ RAG cell '${t}'`);
      }
    } else if (a.rag !== null) errs.push(`${where} rag set but plan has no RAG check`);
    if (verbose) console.log(`  ${where} [${a.indicators}] ${a.lead} | ${a.due} | ${a.status} → ${a.rag} | ${a.action.slice(0, 50)}`);
  }
  if (errs.length) { failures += errs.length; console.log(`✗ ${name}`); errs.forEach((e) => console.log('   ', e)); }
  else console.log(`✓ ${name} (${g.actions.length} actions)`);
}
console.log(failures ? `${failures} problem(s)` : `all ${plans} plans verified`);
process.exit(failures ? 1 : 0);
