import type { Table } from './find-tables';
import type { SheetView } from './view-sheet';

/** Per grid row, its distinct non-empty texts (trimmed) and the columns they sit in. */
export type RowTexts = readonly (readonly { c: number; text: string }[])[];

const NONE: readonly { c: number; text: string }[] = Object.freeze([]);

/**
 * Each row's distinct texts, worked out once: header scoring, column reading and the row walk all ask
 * for them. Trimming is enough to tell cells apart; whitespace inside is collapsed only where a value is
 * kept. Cells outside the table (a key kept to its right) are not the plan's, but a title merged across into it is.
 *
 * @example
 * profileRows(sheet, table)[3]; // [{ c: 0, text: 'Item' }, { c: 1, text: 'Activity/Work Piece' }, …]
 */
export function profileRows(sheet: SheetView, table: Table): RowTexts {
  const out: (readonly { c: number; text: string }[])[] = [];
  // One list the rows are gathered in, used again for each row: each keeps only its copy of the exact length.
  const row: { c: number; text: string }[] = [];
  for (let r = 0; r < sheet.height; r++) {
    let n = 0;
    for (let c = table.left; c <= table.right; c++) {
      const text = sheet.text(r, c).trim();
      // Rows are a handful of cells wide: a linear look-up beats building a Set for every row (and a plain loop builds
      // no closure per cell, as \`some\` would: 10,000 rows × their texts).
      if (!text || holds(row, n, text)) continue;
      row[n++] = { c, text };
    }
    // A title merged across from a column left of the table (over two plans kept side by side, the one read on the
    // right) heads the table too: its text reads in the table's first column.
    const across = table.left > 0 && n === 0 ? mergedFromLeft(sheet, r, table.left) : '';
    if (across) row[n++] = { c: table.left, text: across };
    // Kept for the whole read: a copy of the exact length, not the list grown by pushing (room for 17 texts).
    out.push(n === 0 ? NONE : row.slice(0, n));
  }
  return out;
}

/** The text of a merged area that starts left of column c and covers it, else ''. */
function mergedFromLeft(sheet: SheetView, r: number, c: number): string {
  const m = sheet.merge(r, c);
  return m && m.left < c && m.top === r ? sheet.text(r, m.left).trim() : '';
}

/** Whether the row's first `n` texts (those gathered so far) include `text`. */
function holds(row: readonly { text: string }[], n: number, text: string): boolean {
  for (let i = 0; i < n; i++) if (row[i].text === text) return true;
  return false;
}
