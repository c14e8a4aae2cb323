import { fillToRag } from '../rag/fill-to-rag';
import type { PlanField, RagKeyEntry } from '../types';
import type { ColumnMap } from './assign-columns';
import { collapse } from './cell-text';
import { isUnderKeyTitle, swatchOf } from './is-under-key-title';
import type { SheetView } from './view-sheet';

/**
 * A key or a summary written under the plan: a short label coloured in its RAG colour, and what it means ("B" filled
 * blue | "Complete"; "On Track" filled green | "5 actions – progressing"). The meaning may come first: which cell is
 * the label is told by its colour, not by its column, since a trust puts its key's columns in any order. The coloured
 * cell is not the status column's, and the row has no lead and no timescale, so it is not an action with a coloured
 * status — unless the key's title is above it, which names its rows the key's wherever they sit. Null for any other row.
 *
 * @example
 * readKeyEntryRow(sheet, 19, [{ c: 0, text: 'Achieved' }, { c: 1, text: 'Action complete' }], columns); // { rag: 'blue', label: 'Achieved', aliases: [] }
 */
export function readKeyEntryRow(sheet: SheetView, r: number, texts: readonly { c: number; text: string }[], columns: ColumnMap): RagKeyEntry | null {
  const label = texts.length === 2 ? swatchOf(sheet, r, texts) : null;
  if (!label) return null;
  const filled = (f: PlanField) => columns[f] !== undefined && sheet.text(r, columns[f]!).trim() !== '';
  // Under a 'Key' title the entries may sit in any columns (the label under Action or Status, its meaning under Lead or
  // Timescale) and in either order; without one, only the usual shape (the label first, not in the status column) is a
  // key, as an action with a coloured status (a Lead-less row 'action | Green') has its coloured cell last.
  if ((label.c === columns.status || filled('lead') || filled('due') || label !== texts[0]) && !isUnderKeyTitle(sheet, r)) return null;
  return { rag: fillToRag(sheet.fill(r, label.c))!, label: collapse(label.text), aliases: [] };
}
