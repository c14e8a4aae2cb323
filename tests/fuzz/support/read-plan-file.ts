/**
 * Reads a file the way a user's upload is read: bytes from disk into the core's workbook reader.
 */
import { readFile } from 'node:fs/promises';
import { readWorkbook, type WorkbookGrids } from '../../../shared/xlsx';

/**
 * Reads a plan file from disk through `readWorkbook`.
 *
 * @example
 * await readPlanFile('samples/kmpt-wres-2020-22.xlsx'); // { sheets: [...] }
 */
export async function readPlanFile(path: string): Promise<WorkbookGrids> {
  return readWorkbook(await readFile(path));
}
