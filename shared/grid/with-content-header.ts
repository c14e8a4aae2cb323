import type { Grid } from '../types';
import { FIELD_LABEL } from './describe-evidence';
import type { ContentHeader } from './find-content-header';

/**
 * The grid with each field's name written into the header row over the column its contents gave it ('Lead' over the
 * column of roles headed 'Column4'), what the header stage reads as the header the sheet's own did not give; a column
 * given no field keeps its heading. Every other cell, fill and format is as it was.
 *
 * @example
 * withContentHeader(grid, findContentHeader(viewSheet(grid))!).values[2]; // ['Ref', 'Action', 'Indicator', 'Lead', 'Timescale', 'Status', 'Progress', 'Column8']
 */
export function withContentHeader(grid: Grid, header: ContentHeader): Grid {
  const values = grid.values.map((row) => (Array.isArray(row) ? [...row] : row));
  const display = grid.display?.map((row) => (Array.isArray(row) ? [...row] : row));
  const row = [...(values[header.r] ?? [])];
  const shown = display ? [...(display[header.r] ?? [])] : null;
  for (const x of header.columns) {
    while (row.length <= x.c) row.push(null);
    row[x.c] = FIELD_LABEL[x.field];
    if (shown) shown[x.c] = null;
  }
  values[header.r] = row;
  if (display && shown) display[header.r] = shown;
  return { ...grid, values, ...(display ? { display } : {}) };
}
