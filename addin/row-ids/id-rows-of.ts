import { findIdColumns } from '../../shared/grid';
import type { Grid } from '../../shared/types';
import { isRowId } from './assign-row-ids';

/**
 * Where each row id is on the sheet now: the 0-based sheet rows holding it in a column headed `ROW_ID_HEADER` (the
 * add-in's hidden id column, see `findIdColumns`). An id moves with its row, so this is how the add-in finds a row again after the user
 * inserted, deleted or sorted rows by hand. A row copied with its id holds the same id until the next check gives the
 * copy its own (`assignRowIds`): both rows are listed, the original (top-most) first.
 *
 * @example
 * idRowsOf({ values: [['Action', 'Action ID (do not edit)'], ['Mentoring', '3f9a0c1d2e4b']] }); // Map { '3f9a0c1d2e4b' => [1] }
 */
export function idRowsOf(grid: Pick<Grid, 'values' | 'origin'>): Map<string, number[]> {
  const origin = grid.origin ?? { row: 0, column: 0 };
  const rows = new Map<string, number[]>();
  // Headed once per column (a plan repeating its header per section leaves the lower headers blank there). Every id
  // of the column counts, above its heading too: a form from the sheet's first row has its first id there.
  for (const { column: c } of findIdColumns(grid)) {
    for (let r = 0; r < grid.values.length; r++) {
      const text = String(grid.values[r]?.[c] ?? '').trim();
      if (!isRowId(text)) continue;
      const at = rows.get(text) ?? [];
      if (!at.includes(origin.row + r)) at.push(origin.row + r);
      rows.set(text, at.sort((a, b) => a - b));
    }
  }
  return rows;
}
