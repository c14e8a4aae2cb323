import type { DueWindow, Rag } from '../types';

/**
 * Whether an action has passed the end of its window without being complete, as at `asAt`.
 * Green and blue statuses are complete (blue = complete in NHS 'BRAG' keys), so never overdue; a window with
 * no end ('Ongoing', unparsed text) is never overdue. Overdue starts the day after the window's last day,
 * judged on the calendar day of `asAt` where the pane runs.
 *
 * @example
 * isOverdue({ text: 'Jan-20', start: '2020-01-01', end: '2020-01-31', ongoing: false, parsed: true }, 'amber', new Date(2020, 1, 1)) // true
 */
export function isOverdue(due: DueWindow, rag: Rag | null, asAt: Date): boolean {
  if (rag === 'green' || rag === 'blue') return false;
  if (!due || !due.end || !(asAt instanceof Date) || !Number.isFinite(asAt.getTime())) return false;
  const day = `${String(asAt.getFullYear()).padStart(4, '0')}-${String(asAt.getMonth() + 1).padStart(2, '0')}-${String(asAt.getDate()).padStart(2, '0')}`;
  return day > due.end;
}
