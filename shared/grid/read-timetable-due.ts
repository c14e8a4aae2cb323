import type { Timetable } from './find-timetable';
import { timetableMark } from './timetable-mark';
import type { SheetView } from './view-sheet';

/**
 * One action's timescale from the plan's delivery timetable: marked under 'Ongoing', it is ongoing (the work
 * carries on past the last period); otherwise the header of the last period marked or shaded ('Dec-19' for an
 * action marked Sep-19 to Dec-19: the first marked period is when it starts, not when it is due); with no mark,
 * a note written across the periods ("Ongoing – every cohort"). Null when the row has none of these (dates not
 * set yet). `c` is the column the timescale was read from.
 *
 * @example
 * readTimetableDue(sheet, 6, timetable); // { text: 'Dec-19', c: 7 }
 * readTimetableDue(sheet, 12, timetable); // { text: 'Ongoing', c: 11 } — marked Dec-19 … Mar-20 and Ongoing
 */
export function readTimetableDue(sheet: SheetView, r: number, timetable: Timetable): { text: string; c: number } | null {
  const { columns, ongoing } = timetable;
  const all = ongoing === undefined ? columns : [...columns, ongoing];
  const extent = { left: Math.min(...all), right: Math.max(...all) };
  const marked = (c: number) => ['mark', 'shade'].includes(timetableMark(sheet, r, c, extent).kind);
  if (ongoing !== undefined && marked(ongoing)) return { text: timetable.ongoingLabel, c: ongoing };
  for (let i = columns.length - 1; i >= 0; i--) if (marked(columns[i])) return { text: timetable.labels[i], c: columns[i] };
  for (const c of all) {
    const cell = timetableMark(sheet, r, c, extent);
    if (cell.kind === 'text') return { text: cell.text, c };
  }
  return null;
}
