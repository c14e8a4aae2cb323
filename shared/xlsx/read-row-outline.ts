import type ExcelJS from 'exceljs';
import type { RowOutline } from '../types';

/**
 * The sheet's row groups: each row's outline level (Data > Group; 0 outside any group) and, when the file says, which
 * side of its detail rows a group's summary row sits ('Summary rows below detail', Excel's default, or unticked: above).
 * A plan may group each action's dated updates under it and collapse the groups: the rows are hidden but hold text.
 * Undefined when no row is grouped. Grid rows are sheet rows here (the workbook reader's grids start at A1).
 *
 * @example
 * readRowOutline(worksheet, 33); // { levels: [0, 0, 0, 0, 0, 1, 1, 1, 0, …], summaryBelow: false }
 */
export function readRowOutline(worksheet: ExcelJS.Worksheet, height: number): RowOutline | undefined {
  let levels: number[] | undefined;
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const level = Number(row.outlineLevel ?? 0);
    if (!(level > 0) || rowNumber > height) return;
    (levels ??= new Array(height).fill(0))[rowNumber - 1] = level;
  });
  if (!levels) return undefined;
  // exceljs leaves `summaryBelow` out when the file does not say (Excel then puts the summary below).
  const said = (worksheet.properties as { outlineProperties?: { summaryBelow?: unknown } }).outlineProperties?.summaryBelow;
  return typeof said === 'boolean' ? { levels, summaryBelow: said } : { levels };
}
