import type { Table } from './find-tables';
import type { SheetView } from './view-sheet';

/**
 * Whether grid row `r` has no text in the table's columns (a spacer row, or the gap that opens a block).
 *
 * @example
 * isBlankRow(sheet, table, 4); // true when every cell of row 5 between the table's left and right columns is empty
 */
export function isBlankRow(sheet: SheetView, table: Table, r: number): boolean {
  for (let c = table.left; c <= table.right; c++) if (sheet.text(r, c) !== '') return false;
  return true;
}
