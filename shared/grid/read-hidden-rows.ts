import type { Grid } from '../types';

/** Why Excel hides a row: its AutoFilter, a collapsed row group, or the user's Format > Hide rows. */
export type HiddenBy = 'filter' | 'group' | 'hand';

/**
 * Each hidden grid row of a grid (`Grid.hiddenRows`) with why it is hidden, as far as the workbook tells: a row inside the
 * range of the sheet's AutoFilter, under its row of buttons, is the filter's — clearing the filter shows every row of its
 * range again, so Excel treats it so, and a tracker saved filtered hides its completed actions that way; a row in a row
 * group (outline level above 0) is the collapsed group's — an action's dated updates folded under it; any other hidden
 * row was hidden by hand. Where the source gives no outline (the add-in: Office.js has no outline level to read) a row
 * of a collapsed group reads as hidden by hand. Rows outside the grid, or listed twice, count once.
 *
 * @example
 * readHiddenRows({ values, hiddenRows: [4, 12], autoFilter: { top: 3, left: 0, bottom: 10, right: 6 } });
 * // Map { 4 => 'filter', 12 => 'hand' }
 */
export function readHiddenRows(grid: Pick<Grid, 'values' | 'hiddenRows' | 'autoFilter' | 'rowOutline'>): Map<number, HiddenBy> {
  const out = new Map<number, HiddenBy>();
  if (!Array.isArray(grid.hiddenRows)) return out;
  const height = Array.isArray(grid.values) ? grid.values.length : 0;
  const filter = grid.autoFilter;
  const levels = Array.isArray(grid.rowOutline?.levels) ? grid.rowOutline.levels : [];
  for (const r of grid.hiddenRows) {
    if (!Number.isInteger(r) || r < 0 || r >= height || out.has(r)) continue;
    if (filter && r > filter.top && r <= filter.bottom) out.set(r, 'filter');
    else if ((levels[r] ?? 0) > 0) out.set(r, 'group');
    else out.set(r, 'hand');
  }
  return out;
}
