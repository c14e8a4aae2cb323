import type { PlanIssue, Rule } from '../types';
import { formatDate, formatDay, isOverdue } from '../timescale';
import { columnOf, quote } from './describe';
import { isMarkedComplete } from './is-marked-complete';
import { onRow, saidOnce } from './finding';

/**
 * Actions past their timescale and not complete, as at the check date (the date is passed in, never read).
 *
 * @example
 * overdue.check(context) // [{ rule: 'overdue', severity: 'error', row: 5, column: 'D', message: 'Row 5: due by 31 January 2020 ("Jan-20") but not marked complete as at 15 March 2021' }]
 */
export const overdue: Rule = {
  id: 'overdue',
  severity: 'error',
  description: 'Actions past their timescale are complete (judged as at the check date).',
  check(context) {
    const { actions, asAt } = context;
    const checkDate = formatDate(asAt);
    const found: PlanIssue[] = [];
    // A plan's actions share a few due dates ('31 March 2024') and write them alike ('Mar-24'): each is worded once.
    const days = new Map<string, (text: string) => string>();
    for (const a of actions) {
      // Past its window first (a date compare): whether it is complete is only asked of those.
      if (!a.due || !isOverdue(a.due, false, asAt) || isMarkedComplete(context, a)) continue;
      const end = a.due.end ?? '';
      let dueBy = days.get(end);
      if (dueBy === undefined) {
        const day = formatDay(end);
        days.set(end, (dueBy = saidOnce((text: string) => `due by ${day} (${quote(text, 30)}) but not marked complete as at ${checkDate}`)));
      }
      found.push(onRow(overdue, a.row, columnOf(a, 'due'), dueBy(a.due.text)));
    }
    return found;
  },
};
