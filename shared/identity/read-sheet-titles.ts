import type { Grid } from '../types';

/** How many of a sheet's first rows with text may name the workbook (a cover's title block, a read-me's heading). */
const ROWS = 6;

/**
 * The first lines of each of the workbook's other sheets, for what names the whole workbook: a cover, read-me or
 * summary sheet often carries the trust's name that the plan's own sheet leaves out.
 *
 * @example
 * readSheetTitles(workbook.sheets, 'Action Plan');
 * // [{ sheet: 'Cover', texts: ['Pollardine Hospitals NHS Foundation Trust', 'Action Plan 2020/21', …] }]
 */
export function readSheetTitles(grids: readonly Grid[], planSheet: string): { sheet: string; texts: string[] }[] {
  return grids
    .filter((g) => (g.sheetName ?? '') !== planSheet)
    .map((g) => ({ sheet: g.sheetName ?? '', texts: firstLines(g) }))
    .filter((s) => s.texts.length > 0);
}

function firstLines(grid: Grid): string[] {
  const texts: string[] = [];
  for (const row of grid.values) {
    if (texts.length >= ROWS) break;
    const line = (row ?? []).filter((v) => typeof v === 'string' && v.trim()).map((v) => String(v).trim()).join(' ').slice(0, 300);
    if (line) texts.push(line);
  }
  return texts;
}
