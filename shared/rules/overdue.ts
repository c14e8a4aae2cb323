import type { PlanIssue, Rule } from '../types';
import { formatDate, formatDay, isOverdue } from '../timescale';
import { columnOf, quote } from './describe';
import { isMarkedComplete } from './is-marked-complete';
import { finding } from './finding';

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
    // A plan's actions share a few due dates ('31 March 2024'): each is written out once.
    const days = new Map<string, string>();
    for (const a of actions) {
      // Past its window first (a date compare): whether it is complete is only asked of those.
      if (!a.due || !isOverdue(a.due, false, asAt) || isMarkedComplete(context, a)) continue;
      const end = a.due.end ?? '';
      let day = days.get(end);
      if (day === undefined) days.set(end, (day = formatDay(end)));
      found.push(finding(overdue, a.row, columnOf(a, 'due'), `Row ${a.row}: due by ${day} (${quote(a.due.text, 30)}) but not marked complete as at ${checkDate}`));
    }
    return found;
  },
};
