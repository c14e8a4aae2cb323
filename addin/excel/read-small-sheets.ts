/// <reference types="office-js" />
import type { Grid } from '../../shared/types';
import { queueGridRead } from './queue-grid-read';

/**
 * A key, cover or notes sheet fits in this; a sheet past it holds data (another plan, last year's, a
 * staff list) and is never read, so a workbook of big sheets costs one small size query, not their cells.
 */
export const SMALL_SHEET = { rows: 200, columns: 30 };
/**
 * All the small sheets' cells come back in one response; Excel on the web caps a response near 5 MB and
 * a cell's value and fill take ~80 bytes of it, so stop at ~2.4 MB whatever the number of sheets.
 */
export const SMALL_SHEETS_CELL_BUDGET = 30_000;

/**
 * Every sheet but `skip` that is small enough to hold a RAG key, as grids (values, fills, merged areas):
 * one sync for the used ranges' sizes, one for the small ones' cells — two round trips however many
 * sheets there are, none when there is no other sheet.
 *
 * @example
 * const grids = await readSmallSheets(context, worksheets.items, 'WRES plan'); // [{ sheetName: 'Key', values: […], fills: […] }]
 */
export async function readSmallSheets(context: Excel.RequestContext, sheets: readonly Excel.Worksheet[], skip: string): Promise<(Grid & { sheetName: string })[]> {
  const others = sheets.filter((s) => s.name !== skip);
  if (!others.length) return [];
  // Fills count: a key's coloured cells are part of it, as readGrid reads the plan.
  const used = others.map((sheet) => ({ sheet, range: sheet.getUsedRange(false).load(['rowCount', 'columnCount']) }));
  await context.sync();
  let budget = SMALL_SHEETS_CELL_BUDGET;
  const reads: { name: string; read: () => Grid }[] = [];
  for (const { sheet, range } of used) {
    const cells = range.rowCount * range.columnCount;
    // One cell is an empty sheet (Excel reports A1) or a lone title: no key either way.
    if (cells <= 1 || range.rowCount > SMALL_SHEET.rows || range.columnCount > SMALL_SHEET.columns || cells > budget) continue;
    budget -= cells;
    reads.push({ name: sheet.name, read: queueGridRead(range) });
  }
  if (!reads.length) return [];
  await context.sync();
  return reads.map(({ name, read }) => ({ sheetName: name, ...read() }));
}
