import { parseA1 } from '../../addin/excel/a1';
import type { CellValue, Grid } from '../../shared/types';

/**
 * The grid with a pull's cells written in, as the add-in's adapter writes them (as text), for tests that check the
 * sheet a pull leaves behind.
 *
 * @example
 * writtenCells(grid, [{ address: 'E3', value: 'Q4' }]).values[2][4]; // 'Q4'
 */
export function writtenCells(g: Grid, cells: { address: string; value: string }[]): Grid {
  const values = g.values.map((row) => [...row]) as CellValue[][];
  for (const { address, value } of cells) {
    const { top, left } = parseA1(address);
    values[top][left] = value;
  }
  return { ...g, values };
}
