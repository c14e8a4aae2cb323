import type { Grid, RagKeyEntry } from '../types';
import { findHeaderRows } from './find-header-rows';
import { findTables } from './find-tables';
import { profileRows } from './profile-rows';
import { readLegends } from './read-legends';
import { viewSheet } from './view-sheet';

/**
 * The RAG key a workbook keeps on a sheet of its own — a "Key" sheet, a cover or summary sheet — for the
 * plan on another sheet: the key entries of every sheet that holds no plan (no header row) of its own.
 * The plan sheet's own key, when it has one, comes first (see checkPlan).
 *
 * @example
 * readKeySheets(workbook.sheets, 'WDES 23-24'); // [{ rag: 'blue', label: 'Complete', sheet: 'Key' }, { rag: 'green', label: 'In progress', sheet: 'Key' }, …]
 */
export function readKeySheets(grids: readonly Grid[], planSheet: string): RagKeyEntry[] {
  const entries: RagKeyEntry[] = [];
  for (const grid of grids) {
    if ((grid.sheetName ?? '') === planSheet) continue;
    const sheet = viewSheet(grid);
    const tables = findTables(sheet);
    if (tables.length === 0) continue;
    const hasPlan = tables.some((t) => findHeaderRows(sheet, t, profileRows(sheet, t)).length > 0);
    // Each entry says its sheet, so the pane can tell the user where the key came from.
    if (!hasPlan) entries.push(...readLegends(sheet, tables).map((e) => ({ ...e, sheet: grid.sheetName ?? '' })));
  }
  return entries;
}
