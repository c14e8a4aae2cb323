/**
 * Reads a sample workbook into grids through the core's own reader (shared/xlsx), as the CLI does.
 */
import { readFile } from 'node:fs/promises';
import { readWorkbook } from '../../../shared/xlsx';
import type { Grid } from '../../../shared/types';

/**
 * Every sheet of a workbook as a Grid.
 *
 * @example
 * const grids = await readSampleGrids('samples/kmpt-wres-2020-22.xlsx');
 */
export async function readSampleGrids(path: string): Promise<Grid[]> {
  const { sheets } = await readWorkbook(await readFile(path));
  return sheets;
}
