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
    for (const c of columns) {
      const text = sheet.text(r, c);
      if (!text.trim()) continue;
      filled++;
      if (isMark(text)) marked++;
    }
  }
  return { filled, marked };
}
