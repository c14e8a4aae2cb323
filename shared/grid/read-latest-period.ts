import { fillToRag } from '../rag/fill-to-rag';
import type { Tracker } from './find-trackers';
import type { SheetView } from './view-sheet';

/**
 * The column of a tracker row's latest filled period (Q3's when Q1–Q3 are filled and Q4 not yet), or undefined
 * when the row has nothing in any period (an action added since the last review). A status may be a colour alone.
 *
 * @example
 * readLatestPeriod(sheet, 9, { field: 'status', columns: [5, 6, 7, 8], … }); // 7
 */
export function readLatestPeriod(sheet: SheetView, r: number, tracker: Pick<Tracker, 'field' | 'columns'>): number | undefined {
  for (let i = tracker.columns.length - 1; i >= 0; i--) {
    const c = tracker.columns[i];
    if (sheet.text(r, c).trim() || (tracker.field === 'status' && fillToRag(sheet.fill(r, c)))) return c;
  }
  return undefined;
}
