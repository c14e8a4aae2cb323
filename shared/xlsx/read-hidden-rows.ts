import type ExcelJS from 'exceljs';
import type { Grid, MergeArea } from '../types';
import { parseCellRef } from '../grid/parse-cell-ref';

/**
 * The rows the sheet hides and the range of its AutoFilter, for `Grid.hiddenRows` and `Grid.autoFilter`: why each row is
 * hidden is decided from these (and the row groups) in one place for both edges, `readHiddenRows`. A tracker saved with
 * its filter on hides its completed actions; a row hidden by hand may hold a withdrawn action. Grid rows are sheet rows
 * here (the workbook reader's grids start at A1). Each part is left out when the sheet has none.
 *
 * @example
 * readRowVisibility(worksheet, 20); // { hiddenRows: [4, 6, 8, 12], autoFilter: { top: 3, left: 0, bottom: 14, right: 6 } }
 */
export function readRowVisibility(worksheet: ExcelJS.Worksheet, height: number): Pick<Grid, 'hiddenRows' | 'autoFilter'> {
  const hiddenRows: number[] = [];
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.hidden && rowNumber <= height) hiddenRows.push(rowNumber - 1);
  });
  const autoFilter = filterRange(worksheet.autoFilter);
  return { ...(hiddenRows.length ? { hiddenRows } : {}), ...(autoFilter ? { autoFilter } : {}) };
}

/** The AutoFilter's range as exceljs gives it ('A4:G15', or its two corners), in grid coordinates. */
function filterRange(filter: ExcelJS.AutoFilter | undefined): MergeArea | null {
  if (!filter) return null;
  const corner = (c: unknown) => (typeof c === 'string' ? parseCellRef(c) : c && typeof c === 'object' && 'row' in c && 'column' in c ? { row: Number(c.row) - 1, column: Number(c.column) - 1 } : null);
  const [from, to] = typeof filter === 'string' ? (filter.split(':') as unknown[]) : [filter.from, filter.to];
  const a = corner(from);
  const b = corner(to ?? from);
  if (!a || !b || !Number.isInteger(a.row) || !Number.isInteger(b.row)) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}
