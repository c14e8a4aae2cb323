// holdout88: helpers for plans that reached Excel from a PDF (lines of one table cell laid on separate rows) or from Word.
import { colNum } from './lib.js';

/** Lay out one table row of a PDF line by line: cols maps a column letter to its text – a string (first line only) or an array of
 *  lines. Returns the rows (arrays of values from column A, ncols wide); the first is the action row, the rest continuation rows. */
export function lines(cols, ncols) {
  const n = Math.max(1, ...Object.values(cols).map((v) => (Array.isArray(v) ? v.length : 1)));
  const rows = [];
  for (let k = 0; k < n; k++) {
    const row = new Array(ncols).fill('');
    for (const [c, v] of Object.entries(cols)) { const t = Array.isArray(v) ? v[k] : k === 0 ? v : ''; if (t !== undefined) row[colNum(c) - 1] = t; }
    rows.push(row);
  }
  return rows;
}

/** Write an action whose cells run on to continuation rows. rows[0] is the action row; later entries are continuation rows, or the
 *  string 'BREAK', at which brk() is called (a page footer, the next page's running head and repeated header). fields maps a gold
 *  field to the column whose pieces, joined with a space, give it. Continuation rows are non-action rows; p.joins records them. */
export function act(p, rows, g, fields = {}, { brk, opts = {}, contOpts = {} } = {}) {
  const real = rows.filter((r) => r !== 'BREAK');
  const gold = { ...g };
  for (const [f, c] of Object.entries(fields)) gold[f] = real.map((r) => String(r[colNum(c) - 1] ?? '').trim()).filter(Boolean).join(' ');
  const r = p.action(rows[0], gold, typeof opts === 'function' ? opts(rows[0]) : opts);
  const conts = [];
  for (const row of rows.slice(1)) {
    if (row === 'BREAK') { brk(); continue; }
    conts.push([p.line(row, typeof contOpts === 'function' ? contOpts(row) : contOpts), row]);
  }
  const joins = [];
  for (const c of new Set(Object.values(fields))) {
    const rs = conts.filter(([, v]) => String(v[colNum(c) - 1] ?? '').trim()).map(([rr]) => rr);
    if (rs.length) joins.push({ col: c, rows: rs });
  }
  if (joins.length) p.joins[r] = joins;
  return r;
}
