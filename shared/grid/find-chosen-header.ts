import type { ColumnChoice } from '../types';
import { PLAN_FIELDS } from '../types';
import { headerKey } from './cell-text';
import type { Table } from './find-tables';
import type { SheetView } from './view-sheet';

/** How far below the header its first action's row may sit (a spacer or a sub-heading between). */
const NEAR = 3;

/**
 * The header row the user's column choice points to, on a sheet where the reader took no row for a header (its words
 * are the trust's own: 'What we asked for (Network meeting, June 19) | What the Trust agreed | Who (Trust side)'). The
 * user has the last word: told "the action is C, the lead D, the timescale E" (or their labels), the header is the first
 * row that names every label chosen and fills every column chosen, with a row under it filling them all too — an
 * action's. Two columns at least, or a label: one column alone would take a title row typed across the sheet.
 * Null when the choice names no such row (the sheet is then read as before, as a document or not at all).
 *
 * @example
 * findChosenHeader(sheet, table, { action: 'C', lead: 'D', due: 'E' }); // 3 (the row over the first action)
 */
export function findChosenHeader(sheet: SheetView, table: Table, choice: ColumnChoice): number | null {
  const letters = new Set<number>();
  const labels: string[] = [];
  for (const field of PLAN_FIELDS) {
    const pick = choice[field];
    if (pick === undefined || pick === '') continue;
    if (typeof pick !== 'string') labels.push(headerKey(pick.label));
    else if (sheet.columnOf(pick) >= table.left && sheet.columnOf(pick) <= table.right) letters.add(sheet.columnOf(pick));
  }
  if (letters.size < 2 && labels.length === 0) return null;
  const fills = (r: number) => [...letters].every((c) => sheet.text(r, c).trim() !== '');
  for (let r = table.top; r < table.bottom; r++) {
    if (!fills(r) || !namesAll(sheet, table, r, labels)) continue;
    for (let below = r + 1; below <= Math.min(table.bottom, r + NEAR); below++) if (fills(below) && hasText(sheet, table, below)) return r;
  }
  return null;
}

/** Whether the row holds every label (compared as header words are: case, spaces and punctuation aside). */
function namesAll(sheet: SheetView, table: Table, r: number, labels: readonly string[]): boolean {
  if (!labels.length) return true;
  const row = new Set<string>();
  for (let c = table.left; c <= table.right; c++) row.add(headerKey(sheet.text(r, c)));
  return labels.every((l) => row.has(l));
}

/** Whether the row has any text at all (a row under labels-only choices must hold something). */
function hasText(sheet: SheetView, table: Table, r: number): boolean {
  for (let c = table.left; c <= table.right; c++) if (sheet.text(r, c).trim()) return true;
  return false;
}
