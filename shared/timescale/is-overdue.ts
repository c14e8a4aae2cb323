import type { DueWindow } from '../types';

/**
 * Whether an action has passed the end of its window without being complete, as at `asAt`. Whether it
 * is complete is the plan's key's to say (`isCompleteStatus`): green is "on track" in many NHS keys. A
 * window with no end ('Ongoing', unparsed text) is never overdue. Overdue starts the day after the
 * window's last day, judged on the calendar day of `asAt` where the pane runs.
 *
 * @example
 * isOverdue({ text: 'Jan-20', start: '2020-01-01', end: '2020-01-31', ongoing: false, parsed: true }, false, new Date(2020, 1, 1)) // true
 */
export function isOverdue(due: DueWindow, complete: boolean, asAt: Date): boolean {
  if (complete) return false;
  if (!due || !due.end || !(asAt instanceof Date) || !Number.isFinite(asAt.getTime())) return false;
  return dayOf(asAt) > due.end;
}

// A check asks this of every action with one date: its day is written once (the time is compared, as a Date can change).
let lastTime = Number.NaN;
let lastDay = '';

function dayOf(asAt: Date): string {
  const time = asAt.getTime();
  if (time !== lastTime) {
    lastDay = `${String(asAt.getFullYear()).padStart(4, '0')}-${String(asAt.getMonth() + 1).padStart(2, '0')}-${String(asAt.getDate()).padStart(2, '0')}`;
    lastTime = time;
  }
  return lastDay;
}
