/// <reference types="office-js" />
import type { Grid } from '../../shared/types';
import { parseA1 } from './a1';
import type { SupportsSet } from './queue-notes-read';

/**
 * Queues the read of which rows of `range` Excel hides, and the range of the sheet's AutoFilter, with the rest of the
 * sheet's read: no sync of its own. Both are ExcelApi 1.9 (`Range.getRowProperties` with `rowHidden`, one small entry a
 * row, some 20 bytes; `Worksheet.autoFilter.getRangeOrNullObject`). Why each row is hidden — the filter, or by hand — is
 * decided by the reader as for the .xlsx edge (`readHiddenRows`); Office.js gives no row's outline level, so a row of a
 * collapsed row group reads here as hidden by hand. An Excel before 1.9, or no answer on what it supports, reads none.
 * Call the returned function after the sync, with the grid's origin.
 *
 * @example
 * const hidden = queueHiddenRowsRead(sheet, used, supports);
 * await context.sync();
 * hidden({ row: 0, column: 0 }); // { hiddenRows: [12], autoFilter: { top: 3, left: 0, bottom: 14, right: 6 } }
 */
export function queueHiddenRowsRead(sheet: Excel.Worksheet, range: Excel.Range, supports: SupportsSet | undefined): (origin: { row: number; column: number }) => Pick<Grid, 'hiddenRows' | 'autoFilter'> {
  if (!supports?.('ExcelApi', '1.9')) return () => ({});
  const rows = range.getRowProperties({ rowHidden: true });
  const filter = sheet.autoFilter.getRangeOrNullObject();
  filter.load('address');
  return (origin) => {
    const hiddenRows = rows.value.flatMap((row, r) => (row.rowHidden ? [r] : []));
    if (!hiddenRows.length) return {};
    if (filter.isNullObject || !filter.address) return { hiddenRows };
    const a = parseA1(filter.address);
    return { hiddenRows, autoFilter: { top: a.top - origin.row, left: a.left - origin.column, bottom: a.bottom - origin.row, right: a.right - origin.column } };
  };
}
