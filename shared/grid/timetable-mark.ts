import { cellKind } from './cell-kind';
import { collapse } from './cell-text';
import type { SheetView } from './view-sheet';

/**
 * What one cell of a delivery timetable holds: a mark ('x', '✓', '●' — a symbol of a few characters that is
 * no number, status word or RAG letter), shading (a fill and no text), other text (a note written across the
 * periods, "Ongoing – every cohort"), or nothing. A fill the row has outside the timetable too (banded rows,
 * a row shaded as a whole) is the row's background, not shading.
 */
export type TimetableCell = { kind: 'mark'; text: string } | { kind: 'shade'; fill: string } | { kind: 'text'; text: string } | { kind: 'empty' };

const NOTHING = /^[-–—.]$/;
/** Longer than this a cell says something: it is not a mark. */
const MAX_MARK = 3;

/**
 * Reads one cell of a run of period columns (`left`…`right`, the timetable's extent in the row).
 *
 * @example
 * timetableMark(sheet, 7, 5, { left: 4, right: 11 }); // { kind: 'mark', text: 'x' }
 * timetableMark(sheet, 7, 6, { left: 6, right: 10 }); // { kind: 'shade', fill: '#2F5597' } — a dark cell with no text
 */
export function timetableMark(sheet: SheetView, r: number, c: number, run: { left: number; right: number }): TimetableCell {
  const text = collapse(sheet.text(r, c));
  // A dash or a dot alone is how some plans fill a period with nothing.
  if (NOTHING.test(text)) return { kind: 'empty' };
  if (text) return isMarkText(text) ? { kind: 'mark', text: text.toLowerCase() } : { kind: 'text', text };
  const fill = sheet.fill(r, c);
  if (!fill) return { kind: 'empty' };
  // A row filled as a whole (banding, a highlighted row) carries its fill outside the timetable too.
  const background = [run.left - 1, run.right + 1].some((o) => o >= 0 && o < sheet.width && sheet.fill(r, o) === fill);
  return background ? { kind: 'empty' } : { kind: 'shade', fill };
}

/** A tick, cross, dot or star: short, no digits, not a word the reader knows (a status, 'R', 'G'), not a reference. */
function isMarkText(text: string): boolean {
  return text.length <= MAX_MARK && !/\d/.test(text) && cellKind(text) === 'short';
}
