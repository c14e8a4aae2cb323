import { readSheetTitles } from '../identity/read-sheet-titles';
import type { Grid, RagKeyEntry } from '../types';
import { readKeySheets } from './read-key-sheets';

/**
 * What the plan takes from the workbook's other sheets: a RAG key kept on a sheet of its own, and each sheet's first
 * lines (a cover naming the trust). Every edge (the CLI, the pane's Office adapter, the preview) reads the same.
 *
 * @example
 * readOtherSheets(workbook.sheets, 'WDES 23-24');
 * // { keys: [{ rag: 'blue', label: 'Complete', sheet: 'Key' }, …], sheetTitles: [{ sheet: 'Cover', texts: [...] }] }
 */
export function readOtherSheets(grids: readonly Grid[], planSheet: string): { keys: RagKeyEntry[]; sheetTitles: { sheet: string; texts: string[] }[] } {
  return { keys: readKeySheets(grids, planSheet), sheetTitles: readSheetTitles(grids, planSheet) };
}
