import type { ColumnMap } from './assign-columns';
import { collapse } from './cell-text';
import type { SheetView } from './view-sheet';

/** What a row repeating the action above for another indicator adds to it, and why the user is told it is no action. */
export interface RepeatedRow {
  /** The row's own indicator cell ('6'), added to the action above's. */
  indicator: string;
  why: string;
}

/**
 * Whether row `r` repeats the action on row `above` cell for cell but for its indicator: a database query joining each
 * action to its indicators one-to-many writes the action once per indicator ('104 | … | 5 | Launch a Dignity at Work
 * scheme …' then '104 | … | 6 | Launch a Dignity at Work scheme …'). The row is that action's, for one more indicator,
 * not an action of its own. Every other cell must be the same, the action's text and the indicator filled: a plan
 * writing two actions with the same words for two indicators differs in some other cell (a lead, a date, a ref).
 * Asked of rows right under an action: one comparison of the action cells rules out nearly all of them.
 *
 * @example
 * readRepeatedRow(sheet, 5, 4, { ref: 0, indicator: 3, action: 4 }); // { indicator: '6', why: "it repeats row 5's action …" }
 */
export function readRepeatedRow(sheet: SheetView, r: number, above: number, columns: ColumnMap): RepeatedRow | null {
  const { action, indicator } = columns;
  if (action === undefined || indicator === undefined) return null;
  const text = sheet.text(r, action);
  if (!text.trim() || text !== sheet.text(above, action)) return null;
  const own = collapse(sheet.text(r, indicator));
  const before = collapse(sheet.text(above, indicator));
  if (!own || !before || own === before) return null;
  for (let c = 0; c < sheet.width; c++) if (c !== indicator && sheet.text(r, c) !== sheet.text(above, c)) return null;
  const ref = columns.ref === undefined ? '' : collapse(sheet.text(r, columns.ref));
  const named = ref ? `row ${sheet.sheetRow(above)}'s action ('${ref}')` : `row ${sheet.sheetRow(above)}'s action`;
  return { indicator: own, why: `it repeats ${named} cell for cell but for its indicator ('${own}'), as an export joining one action to several indicators writes it once per indicator: the indicator is added to that action's, and the row is no action of its own` };
}
