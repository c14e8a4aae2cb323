import { collapse, collapsedLongerThan } from './cell-text';
import type { SheetView } from './view-sheet';

/** How a column is written once per group of rows, blank below its entry: why, and whether subtotals close the groups. */
export interface WrittenOnce {
  /** For the column's evidence: what shows the column is written once per group. */
  reason: string;
  /** Subtotal rows name its entries ('Chief Nurse Total'): a pivot table's row labels, every one of them written once. */
  bySubtotals: boolean;
}

/** A subtotal's label: the item it totals, then 'Total' ('Chief Nurse Total'). */
const SUBTOTAL = /^(.+?)\s+total$/i;

/**
 * Whether column `c` is written once per group of rows and left blank below (a pivot table pasted with 'repeat item
 * labels' off, or an outline typed by hand), so that a blank cell means "the same as above", not "none". The column
 * alone cannot say so — a lead column with gaps is a plan with leads missing — so the groups need evidence:
 * - subtotal rows name its entries ('Chief Nurse' … 'Chief Nurse Total'), at least half of them, and it is blank on
 *   some rows between; or
 * - it is an outline: the table's first column, its first row filled, two entries or more each written once (none
 *   repeated, as a group's label is not) and blank on more rows than it is filled. A column whose field names groups
 *   (`names` 'groups': the theme, an area over its actions) need not be the first: wherever a trust puts it, its entries
 *   label groups, and the rest of the evidence is the same.
 * Returns null when neither shows.
 *
 * @example
 * findWrittenOnce(sheet, 0, rows)?.reason; // "written once over each group of rows, blank below it (subtotal 'Chief Nurse Total' on row 11)"
 */
export function findWrittenOnce(sheet: SheetView, c: number, rows: readonly number[], names: 'any field' | 'groups' = 'any field'): WrittenOnce | null {
  const subtotals = new Map<string, number>();
  const entries: { r: number; text: string }[] = [];
  let blanks = 0;
  let leftOf = false;
  if (rows.length === 0) return null;
  // A column filled on every row it is read on has no group to carry down (the answer below needs a blank): most
  // plans' lead columns, settled by one look at each of its cells instead of a search for subtotals along every row.
  if (!rows.some((r) => isBlankEntry(sheet, r, c))) return null;
  // The rows read are in order (as the columns are judged on them): the next one read is followed down the loop, with no
  // set of every row built; rows given out of order are looked up in one.
  const read = inOrder(rows) ? null : new Set(rows);
  let next = 0;
  // Subtotals are looked for on every row down to just past the last one read: one with its counts switched off holds
  // its label alone, so is none of the rows of two texts or more the columns are judged on.
  const last = Math.min(sheet.height - 1, rows[rows.length - 1] + 3);
  for (let r = rows[0]; r <= last; r++) {
    while (next < rows.length && rows[next] < r) next++;
    const item = subtotalOf(sheet, r, c);
    if (item) {
      subtotals.set(item.toLowerCase(), r);
      continue;
    }
    if (read ? !read.has(r) : rows[next] !== r) continue;
    const text = collapse(sheet.text(r, c));
    if (/^grand\s+total$/i.test(text)) continue;
    for (let k = 0; k < c && !leftOf; k++) leftOf = sheet.text(r, k).trim() !== '';
    if (!text) blanks++;
    else if ((sheet.merge(r, c)?.top ?? r) === r) entries.push({ r, text });
  }
  if (entries.length === 0 || blanks === 0) return null;
  // (With no subtotal row, no entry is named by one: its entries are not lower-cased to look.)
  const named = subtotals.size ? entries.filter((e) => subtotals.has(e.text.toLowerCase())) : [];
  if (named.length > 0 && named.length * 2 >= entries.length) {
    const first = named[0];
    const at = subtotals.get(first.text.toLowerCase())!;
    return { reason: `written once over each group of rows, blank below it (subtotal '${first.text} Total' on row ${sheet.sheetRow(at)})`, bySubtotals: true };
  }
  // An outline typed by hand: nothing to its left, a label over the first rows, each label once and most rows blank.
  if ((leftOf && names !== 'groups') || entries[0].r !== rows[0] || entries.length < 2 || blanks <= entries.length) return null;
  // Each entry lower-cased only for a column that is otherwise an outline: a column filled on most rows (an action's
  // paragraph on every row) is ruled out by its counts first.
  const distinct = new Set(entries.map((e) => e.text.toLowerCase()));
  if (distinct.size < entries.length) return null;
  return { reason: `written once over each group of rows, blank below it (${entries.length} entries, each written once, over ${entries.length + blanks} rows)`, bySubtotals: false };
}

/** Whether the rows are each greater than the one before. */
function inOrder(rows: readonly number[]): boolean {
  for (let i = 1; i < rows.length; i++) if (!(rows[i] > rows[i - 1])) return false;
  return true;
}

/** Whether column `c` is blank on row `r` and the row is no subtotal: a row the loop above counts among the blanks. */
function isBlankEntry(sheet: SheetView, r: number, c: number): boolean {
  return sheet.text(r, c).trim() === '' && subtotalOf(sheet, r, c) === null;
}

/** The item a subtotal row on row `r` totals, when column `c` or any cell left of it reads '<item> Total'. */
function subtotalOf(sheet: SheetView, r: number, c: number): string | null {
  for (let k = 0; k <= c; k++) {
    const text = sheet.text(r, k);
    if (!text || !endsInL(text) || collapsedLongerThan(text, 80)) continue;
    const m = SUBTOTAL.exec(collapse(text));
    if (m && !/^grand$/i.test(m[1])) return m[1];
  }
  return null;
}

/**
 * Whether the text's last character, trailing whitespace aside, is an 'l' or 'L': every subtotal's label ends 'Total',
 * so a cell ending otherwise is none, seen from its last character rather than by reading (and tidying) all of it.
 */
function endsInL(text: string): boolean {
  const end = text.trimEnd();
  return end.length > 0 && (end.charCodeAt(end.length - 1) | 32) === 108;
}
