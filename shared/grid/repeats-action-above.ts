import type { Table } from './find-tables';
import type { SheetView } from './view-sheet';

/**
 * Whether row `r` repeats the action on row `above` in every cell but its indicator — the same ref, action, lead, date
 * and status, only the indicator differing ('5' then '6'; a cell it leaves blank is no difference) — as a database query joining each action to its indicators
 * exports one row per indicator (an Access query's one-to-many join: action 104 on two rows, IndicatorNo 5 and 6).
 * Returns the indicator the row adds, or null when the row is an action of its own: any other cell differs, or the
 * rows are not one under the other, or the indicator is the same (a row typed twice is a duplicate, not a join).
 *
 * @example
 * // '104 | … | 5 | Launch a Dignity at Work advisers scheme … | Angela Fry | 31/03/2017' over the same with '6':
 * repeatsActionAbove(sheet, table, 5, 4, 3); // '6'
 */
export function repeatsActionAbove(sheet: SheetView, table: Table, r: number, above: number, indicator: number | undefined): string | null {
  if (indicator === undefined || above !== r - 1) return null;
  const own = sheet.text(r, indicator).trim();
  if (!own || own === sheet.text(above, indicator).trim()) return null;
  let same = 0;
  for (let c = table.left; c <= table.right; c++) {
    if (c === indicator) continue;
    // A cell the repeat leaves blank says nothing against it (a column filled in on the action's first row only).
    const text = sheet.text(r, c);
    if (!text.trim()) continue;
    if (text !== sheet.text(above, c)) return null;
    same++;
  }
  // An action's row names more than its text: a ref, a lead or a date repeated beside it too.
  return same >= 3 ? own : null;
}
