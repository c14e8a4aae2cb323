import type { SheetView } from './view-sheet';

/** A header cell heading one or more columns: its text and the columns it spans. */
export interface HeaderLabel {
  text: string;
  left: number;
  right: number;
}

/**
 * The label of header row `r` over column `c`, and the columns it heads, given the header's row under it (`below`).
 * A label merged across columns heads every column of its merge. A label typed in one cell, with the cells to its right
 * left empty, heads those too where the row below names each of them and itself: 'Timescale' over 'Start', with
 * 'Complete' beside it under an empty cell. So does Excel's "centre across selection", and so does a merge lost when a
 * PDF or Word table was pasted in. An empty header cell with no such label to its left heads nothing (undefined).
 *
 * @example
 * // Row 2: 'Action' | 'Lead' | 'Timescale' | '' ; row 3: '' | '' | 'Start' | 'Complete'
 * labelOver(sheet, 2, 3, 3); // { text: 'Timescale', left: 2, right: 3 }
 */
export function labelOver(sheet: SheetView, r: number, c: number, below: number): HeaderLabel | undefined {
  const m = sheet.merge(r, c);
  if (m) {
    const text = sheet.text(m.top, m.left);
    return text ? { text, left: m.left, right: m.right } : undefined;
  }
  const own = sheet.text(r, c);
  if (own) return { text: own, left: c, right: spanRight(sheet, r, c, below) };
  let k = c;
  // Leftwards over empty, unmerged header cells each with a sub-label under it, to the label typed before them.
  while (k > 0 && sheet.text(below, k) !== '' && sheet.text(r, k) === '' && !sheet.merge(r, k)) k--;
  if (k === c || sheet.merge(r, k) || sheet.text(below, k) === '') return undefined;
  const text = sheet.text(r, k);
  return text ? { text, left: k, right: spanRight(sheet, r, k, below) } : undefined;
}

/** The last column an unmerged label at (r, c) heads: the empty header cells to its right with a sub-label under each. */
function spanRight(sheet: SheetView, r: number, c: number, below: number): number {
  if (sheet.text(below, c) === '') return c;
  let right = c;
  while (right + 1 < sheet.width && sheet.text(r, right + 1) === '' && !sheet.merge(r, right + 1) && sheet.text(below, right + 1) !== '') right++;
  return right;
}
