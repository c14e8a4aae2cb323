import type { ColumnChoice, PlanField } from '../types';
import { PLAN_FIELDS } from '../types';
import { headerKey } from './cell-text';
import type { SheetView } from './view-sheet';

/** Where the user's choice put one field: the grid column, and the label it was named by (when it was). */
export interface ChosenColumn {
  c: number;
  label?: string;
}

/**
 * The grid column each of the user's choices names: a letter is its column; a label (`{ label: 'Owner' }`) is the
 * column headed by it, compared as header words are (case, spaces and punctuation aside) — on a stacked form, seen as
 * a grid with a header row of its labels, that is the field's label rows, the one way to name a field there since
 * every value sits in one sheet column. "" (none) and a letter or label the sheet does not have name no column.
 *
 * @example
 * resolveColumnChoice(sheet, new Map([[1, 'Owner'], [2, 'By when']]), { lead: { label: 'owner' }, due: 'C' });
 * // Map { 'lead' => { c: 1, label: 'Owner' }, 'due' => { c: 2 } }
 */
export function resolveColumnChoice(sheet: SheetView, headers: ReadonlyMap<number, string>, choice: ColumnChoice): Map<PlanField, ChosenColumn> {
  const out = new Map<PlanField, ChosenColumn>();
  for (const field of PLAN_FIELDS) {
    const pick = choice[field];
    if (pick === undefined || pick === '') continue;
    if (typeof pick === 'string') {
      const c = sheet.columnOf(pick);
      if (c >= 0) out.set(field, { c });
      continue;
    }
    const wanted = headerKey(pick.label);
    const found = wanted ? [...headers].find(([, text]) => headerKey(text) === wanted) : undefined;
    if (found) out.set(field, { c: found[0], label: found[1] });
  }
  return out;
}
