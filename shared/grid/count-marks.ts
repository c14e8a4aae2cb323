import { isFigure } from './is-figure';
import { isMark } from './is-mark';
import type { SheetView } from './view-sheet';

/**
 * How many cells of some columns over some rows hold anything, and how many of those are marks ("✓", "●", "x"):
 * what tells a band of columns ticked per row (a tick matrix of indicators, a mark under R | A | G) from columns
 * of values.
 *
 * @example
 * countMarks(sheet, [4, 5, 6], [7, 8, 9]); // { filled: 3, marked: 3 }
 */
export function countMarks(sheet: SheetView, columns: readonly number[], rows: readonly number[]): { filled: number; marked: number } {
  let filled = 0;
  let marked = 0;
  for (const r of rows) {
    // A row of figures across the band ('Subtotal' | 0 | 1 | 2 under R | A | G counts the marks above it; 'Our 2019
    // result' | 3.2% | 1.41 | … under the indicators gives the plan's results): no row of the band's own.
    if (countsAcross(sheet, r, columns)) continue;
    for (const c of columns) {
      const text = sheet.text(r, c);
      if (!text.trim()) continue;
      filled++;
      if (isMark(text)) marked++;
    }
  }
  return { filled, marked };
}

/** Two or more of the columns hold something on the row, and every one of those is a figure (a count, a per cent, a ratio). */
function countsAcross(sheet: SheetView, r: number, columns: readonly number[]): boolean {
  let numbers = 0;
  for (const c of columns) {
    const text = sheet.text(r, c).trim();
    if (!text) continue;
    if (!isFigure(text)) return false;
    numbers++;
  }
  return numbers >= 2;
}
