import { fontToRag } from '../rag/font-to-rag';
import { readOpeningStatus } from './read-opening-status';
import type { SheetView } from './view-sheet';

/** Enough rows to see how a column's updates are written; a long plan writes them the same way further down. */
const SAMPLE = 200;

/**
 * Whether a column's cells open with each action's status written in its own colour ('ON TRACK – Campaign materials
 * agreed…' with 'ON TRACK' in green, 'COMPLETE – …' in blue): two cells or more whose opening words are a run of their
 * own in RAG colours, two colours or more (one colour is a style, several are statuses). Returns why in words, quoting
 * the first such cell, or null. Only the .xlsx reader gives a cell's coloured runs, so only it can see this.
 *
 * @example
 * findStatusOpenings(sheet, [5, 6, 7], 6);
 * // "its updates open with their status set apart in its own colour (G6: 'ON TRACK' in green, 2 of them): …"
 */
export function findStatusOpenings(sheet: SheetView, rows: readonly number[], c: number): string | null {
  let count = 0;
  const rags = new Set<string>();
  let first: { r: number; status: string; rag: string } | null = null;
  for (let i = 0; i < rows.length && i < SAMPLE; i++) {
    const r = rows[i];
    const runs = sheet.runs(r, c);
    if (!runs) continue;
    const opening = readOpeningStatus(sheet.text(r, c), runs);
    const rag = opening?.colour ? fontToRag(opening.colour) : null;
    if (!opening || !rag) continue;
    count++;
    rags.add(rag);
    first ??= { r, status: opening.status, rag };
  }
  if (count < 2 || rags.size < 2 || !first) return null;
  return `its updates open with their status set apart in its own colour (${sheet.address(first.r, c)}: '${first.status}' in ${first.rag}, ${count} of them): each action's status is the words before the dash or colon, its colour theirs`;
}
