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
  // The header printed again at a page's top ('Col A' … 'Col H' over the next page's rows) is named the same: left as it
  // was, it names no field and read as an action (holdout75 lathwaite under the stray-rows property's page header).
  const own = cellsOf(grid.values[header.r]);
  const again = own.split('|').length >= 2 ? grid.values.flatMap((row, r) => (r !== header.r && cellsOf(row) === own ? [r] : [])) : [];
  for (const r of [header.r, ...again]) {
    const row = [...(values[r] ?? [])];
    const shown = display ? [...(display[r] ?? [])] : null;
    for (const x of header.columns) {
      while (row.length <= x.c) row.push(null);
      row[x.c] = FIELD_LABEL[x.field];
      if (shown) shown[x.c] = null;
    }
    values[r] = row;
    if (display && shown) display[r] = shown;
  }
  return { ...grid, values, ...(display ? { display } : {}) };
}

/** A row's non-empty cells with their columns, as one string to compare rows by ('0:col a|1:col b|…'). */
function cellsOf(row: Grid['values'][number] | undefined): string {
  if (!Array.isArray(row)) return '';
  return row.flatMap((v, c) => (v === null || v === undefined || String(v).trim() === '' ? [] : [`${c}:${String(v).trim().toLowerCase()}`])).join('|');
}
