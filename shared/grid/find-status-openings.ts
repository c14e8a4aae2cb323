import { fontToRag } from '../rag/font-to-rag';
import { isUsualStatus } from './is-usual-status';
import { readOpeningStatus } from './read-opening-status';
import type { SheetView } from './view-sheet';

/** Enough rows to see how a column's updates are written; a long plan writes them the same way further down. */
const SAMPLE = 200;

/**
 * Whether a column's cells open with each action's status: written in its own colour ('ON TRACK – Campaign materials
 * agreed…' with 'ON TRACK' in green, 'COMPLETE – …' in blue), two cells or more whose opening words are a run of their
 * own in RAG colours, two colours or more (one colour is a style, several are statuses); or in the cell's own colour,
 * a colour word or a status of the usual words before a dash or colon ('Blue – published in February', 'Delayed: data
 * not yet shared'), in half the filled cells or more and two different ones at least (one word down a column is a
 * habit of speech, several are statuses). Returns why in words, quoting the first such cell, and whether the statuses
 * are plain words (read as any status is, their colour the words'), and whether the words after them are remarks: one
 * status followed by different words in two cells ('Complete – policy amended', 'Complete – report published'), where
 * a key's wording follows each status the same way every time ('Amber – some delay'). Or null. Only the .xlsx
 * reader gives a cell's coloured runs, so only it sees the first kind.
 *
 * @example
 * findStatusOpenings(sheet, [5, 6, 7], 6);
 * // { why: "its updates open with their status set apart in its own colour (G6: 'ON TRACK' in green, 2 of them): …", plain: false }
 */
export function findStatusOpenings(sheet: SheetView, rows: readonly number[], c: number): { why: string; plain: boolean; remarks: boolean } | null {
  let count = 0;
  const rags = new Set<string>();
  let first: { r: number; status: string; rag: string } | null = null;
  let filled = 0;
  let plain = 0;
  const said = new Set<string>();
  let firstPlain: { r: number; status: string } | null = null;
  const after = new Map<string, string>();
  let remarks = false;
  for (let i = 0; i < rows.length && i < SAMPLE; i++) {
    const r = rows[i];
    const text = sheet.text(r, c);
    if (!text.trim()) continue;
    filled++;
    const opening = readOpeningStatus(text, sheet.runs(r, c));
    if (!opening) continue;
    const rag = opening.colour ? fontToRag(opening.colour) : null;
    const coloured = rag !== null;
    if (!coloured && !isUsualStatus(opening.status)) continue;
    // Different words after the same status, in either kind, are remarks on how each action went.
    const status = opening.status.toLowerCase();
    const rest = opening.rest.toLowerCase();
    if ((after.get(status) ?? rest) !== rest) remarks = true;
    after.set(status, rest);
    if (coloured) {
      count++;
      rags.add(rag);
      first ??= { r, status: opening.status, rag };
    } else {
      plain++;
      said.add(status);
      firstPlain ??= { r, status: opening.status };
    }
  }
  if (count >= 2 && rags.size >= 2 && first) {
    return { why: `its updates open with their status set apart in its own colour (${sheet.address(first.r, c)}: '${first.status}' in ${first.rag}, ${count} of them): each action's status is the words before the dash or colon, its colour theirs`, plain: false, remarks };
  }
  if (plain < 2 || said.size < 2 || plain < 0.5 * filled || !firstPlain) return null;
  return { why: `its updates open with their status set off by a dash or colon (${sheet.address(firstPlain.r, c)}: '${firstPlain.status}', ${plain} of ${filled}): each action's status is those words`, plain: true, remarks };
}

