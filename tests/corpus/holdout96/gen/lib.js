// Helpers shared by the plan generators (copied from holdout21 – itself holdout20/19/…/10 – unchanged but for Book, which now fixes the workbook's modified date and re-zips the package with fixed entry dates so that a rebuild is byte-for-byte identical): date formats, RAG colours, rich text, revision marks, notes. Each plan script builds one sheet row by row and records its gold as it goes.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
const require = createRequire(import.meta.url); // exceljs from the repo's node_modules
export const ExcelJS = require('exceljs');
const JSZip = require('jszip');
export const OUT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

// Fill / font colours used for statuses, and the colour each stands for.
export const C = {
  red: 'FFFF0000', darkred: 'FFC00000', amber: 'FFFFC000', orange: 'FFED7D31', green: 'FF00B050', lightgreen: 'FF92D050',
  blue: 'FF0070C0', lightblue: 'FF9BC2E6', nhs: 'FF005EB8', navy: 'FF1F3864', grey: 'FFD9D9D9', palegrey: 'FFF2F2F2',
  paleblue: 'FFDDEBF7', white: 'FFFFFFFF', black: 'FF000000', yellow: 'FFFFFF00',
  goodG: 'FFC6EFCE', neutralA: 'FFFFEB9C', badR: 'FFFFC7CE', teal: 'FF00A499', purple: 'FF7030A0', lilac: 'FFE4DFEC', tan: 'FFFCE4D6', darkblue: 'FF003087',
};
export const RAG_OF = {
  FFFF0000: 'red', FFC00000: 'red', FFFFC000: 'amber', FFED7D31: 'amber', FF00B050: 'green', FF92D050: 'green', FF0070C0: 'blue', FF9BC2E6: 'blue', FFFFFF00: 'amber', FF5B9BD5: 'blue', FFC6EFCE: 'green', FFFFEB9C: 'amber', FFFFC7CE: 'red', FF00823B: 'green', FF548235: 'green', FFF4B183: 'amber', FFFF6600: 'amber', FFFFFF99: 'amber', FFFFF2CC: 'amber', FFE2EFDA: 'green', FFBDD7EE: 'blue', FFFFB3B3: 'red',
};

const thin = { style: 'thin', color: { argb: 'FF808080' } };
export const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
export const colNum = (c) => (typeof c === 'number' ? c : c.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0));
export const colLetter = (n) => { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };

export class Book {
  constructor() { this.wb = new ExcelJS.Workbook(); this.wb.creator = 'Workforce Team'; this.wb.created = new Date(Date.UTC(2024, 0, 1)); this.wb.modified = new Date(Date.UTC(2024, 0, 1)); }
  /** Writes the workbook, then re-zips it in the same entry order with a fixed date on every entry (deterministic bytes). */
  async save(file) {
    const src = await JSZip.loadAsync(await this.wb.xlsx.writeBuffer()); const out = new JSZip(); const when = new Date(Date.UTC(2024, 0, 1));
    for (const name of Object.keys(src.files)) if (!src.files[name].dir) out.file(name, await src.files[name].async('uint8array'), { date: when, createFolders: false });
    fs.writeFileSync(path.join(OUT, file), await out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } }));
  }
}

export class Plan {
  /** name: file stem; widths: column widths from A; startCol: first column of the table. */
  constructor(book, { name, sheet, standard, period, trust, widths = [], startCol = 1, font = { name: 'Arial', size: 10 }, ws }) {
    Object.assign(this, { book, name, sheetName: sheet, standard, period, trust, startCol, font });
    this.ws = ws || book.wb.addWorksheet(sheet);
    this.joins = {};
    widths.forEach((w, i) => { this.ws.getColumn(i + 1).width = w; });
    this.blocks = {};
    this.r = 0; this.headerRows = []; this.nonActionRows = []; this.ambiguousRows = []; this.actions = [];
    this.lastCol = startCol + widths.length - 1;
  }
  /** Write values from column `at` (default startCol) on a new row; returns the row number. */
  write(values, { at = this.startCol, style = {}, styles = [], height, merge, border = true } = {}) {
    const r = ++this.r; const row = this.ws.getRow(r);
    values.forEach((v, i) => {
      const cell = row.getCell(at + i);
      if (v !== undefined && v !== null && v !== '') cell.value = v;
      const st = { ...style, ...(styles[i] || {}) };
      cell.alignment = { wrapText: true, vertical: 'top', ...(st.alignment || {}) };
      if (border) cell.border = BORDER;
      if (st.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: st.fill } };
      if (st.font || st.bold || st.italic || st.color || st.strike) cell.font = { ...this.font, ...(st.font || {}), ...(st.bold ? { bold: true } : {}), ...(st.italic ? { italic: true } : {}), ...(st.color ? { color: { argb: st.color } } : {}), ...(st.strike ? { strike: true } : {}) };
      else cell.font = { ...this.font };
      if (st.numFmt) cell.numFmt = st.numFmt;
    });
    if (merge) { const ms = Array.isArray(merge[0]) ? merge : [merge]; for (const [a, b] of ms) this.ws.mergeCells(`${a}${r}:${b}${r}`); }
    if (height) row.height = height;
    if (arguments[1]?.hidden) row.hidden = true;
    if (arguments[1]?.outline) row.outlineLevel = arguments[1].outline;
    return r;
  }
  /** A row that is not an action (title, note, key, section…). kind 'header' also records a header row. */
  line(values, opts = {}) {
    const r = this.write(values, { border: false, ...opts });
    this.nonActionRows.push(r); if (opts.kind === 'header') this.headerRows.push(r); if (opts.ambiguous) this.ambiguousRows.push(r);
    return r;
  }
  header(values, opts = {}) { return this.line(values, { kind: 'header', border: true, ...opts, style: { bold: true, ...(opts.style || {}) } }); }
  blank() { return ++this.r; }
  /** An action row: values written as given; g = gold fields. */
  action(values, g, opts = {}) {
    const r = this.write(values, opts);
    const inds = g.indicators || [];
    this.actions.push({
      row: r, ref: g.ref ?? '', indicator: inds.length ? inds[0] : null, indicators: inds, theme: g.theme ?? null,
      action: g.action, lead: g.lead ?? '', due: g.due ?? '', status: g.status ?? '', rag: g.rag ?? null,
      progress: g.progress ?? '', outcome: g.outcome ?? '', completed: g.completed ?? '', dueSource: g.dueSource ?? (g.due ? 'column' : null),
    });
    return r;
  }
  gold(notes) {
    return {
      sheet: this.sheetName, standard: this.standard, identity: { period: this.period, trust: this.trust },
      headerRows: this.headerRows, nonActionRows: [...this.nonActionRows].sort((a, b) => a - b), ambiguousRows: this.ambiguousRows,
      notes, actions: this.actions,
    };
  }
  saveGold(notes, check = {}) {
    fs.writeFileSync(path.join(OUT, `${this.name}.gold.json`), JSON.stringify(this.gold(notes), null, 2) + '\n');
    // verification hints (where the RAG is read from) for gen/verify.js
    const f = path.join(OUT, 'gen', 'checks.json');
    const all = fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')) : {};
    all[this.name] = { ...check, ...(Object.keys(this.blocks).length ? { blocks: this.blocks } : {}), ...(Object.keys(this.joins).length ? { joins: this.joins } : {}) }; fs.writeFileSync(f, JSON.stringify(all, null, 2) + '\n');
  }
}
export const rich = (...parts) => ({ richText: parts.map((p) => (typeof p === 'string' ? { text: p, font: { name: 'Arial', size: 10 } } : { text: p.text, font: { name: 'Arial', size: 10, ...p.font } })) });
export const D = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const p2 = (n) => String(n).padStart(2, '0');
/** A date as Excel shows it in the given number format (the formats used in this batch). */
export function shown(d, f) {
  const y = d.getUTCFullYear(), m = d.getUTCMonth(), day = d.getUTCDate(), yy = String(y).slice(2), mon = MONTHS[m].slice(0, 3);
  return { 'dd/mm/yyyy': `${p2(day)}/${p2(m + 1)}/${y}`, 'dd-mmm-yy': `${p2(day)}-${mon}-${yy}`, 'dd mmm yy': `${p2(day)} ${mon} ${yy}`, 'mmm-yy': `${mon}-${yy}`, 'mmmm yyyy': `${MONTHS[m]} ${y}`, 'd mmm yyyy': `${day} ${mon} ${y}`, 'dd/mm/yy': `${p2(day)}/${p2(m + 1)}/${yy}`, 'mmm yyyy': `${mon} ${y}`, 'd mmmm yyyy': `${day} ${MONTHS[m]} ${y}`, 'dd.mm.yyyy': `${p2(day)}.${p2(m + 1)}.${y}`, 'd-mmm-yy': `${day}-${mon}-${yy}`, 'dd mmmm yyyy': `${p2(day)} ${MONTHS[m]} ${y}`, 'dd.mm.yy': `${p2(day)}.${p2(m + 1)}.${yy}`, 'dd mmm yyyy': `${p2(day)} ${mon} ${y}`, '"by "mmm yyyy': `by ${mon} ${y}`, '"w/c "dd/mm/yy': `w/c ${p2(day)}/${p2(m + 1)}/${yy}`, 'mmm-yyyy': `${mon}-${y}`, 'mmm yy': `${mon} ${yy}`, 'yyyy-mm-dd': `${y}-${p2(m + 1)}-${p2(day)}`, '[$-809]dd mmmm yyyy;@': `${p2(day)} ${MONTHS[m]} ${y}`, 'ddd dd/mm/yy': `${DAYS[d.getUTCDay()]} ${p2(day)}/${p2(m + 1)}/${yy}` }[f];
}
/** Merge a column down over rows r1..r2 (value stays in r1). */
export const mergeDown = (ws, col, r1, r2) => { if (r2 > r1) ws.mergeCells(`${col}${r1}:${col}${r2}`); };
export const ALL_WRES = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
export const ALL_WDES = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
/** Rich text of revision marks: [old, new] pairs → old struck through (grey), new in red; plain strings kept as they are. */
export const revised = (font, ...parts) => ({ richText: parts.flatMap((p) => (typeof p === 'string' ? [{ text: p, font: { ...font } }] : [{ text: p[0], font: { ...font, strike: true, color: { argb: 'FF808080' } } }, { text: p[1], font: { ...font, color: { argb: 'FFFF0000' } } }])) });
/** The text a person reads from revision marks (struck runs dropped). */
export const liveText = (parts) => parts.map((p) => (typeof p === 'string' ? p : p[1])).join('');
export const ALL_WDES21 = ['1', '2', '3', '4a', '4b', '5', '6', '7', '8', '9a', '9b', '10'];
