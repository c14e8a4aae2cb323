import type { Rule } from '../types';
import { isCompleteStatus } from '../rag';
import { formatDate, formatDay, isOverdue } from '../timescale';
import { columnOf, quote } from './describe';

/**
 * Actions past their timescale and not complete, as at the check date (the date is passed in, never read).
 *
 * @example
 * overdue.check(context) // [{ row: 5, column: 'D', message: 'Row 5: due by 31 January 2020 ("Jan-20") but not marked complete as at 15 March 2021' }]
 */
export const overdue: Rule = {
  id: 'overdue',
  severity: 'error',
  description: 'Actions past their timescale are complete (judged as at the check date).',
  check({ actions, asAt, ragKey }) {
    const checkDate = formatDate(asAt);
    return actions
      .filter((a) => a.due && isOverdue(a.due, isCompleteStatus(a.status, a.statusRag, ragKey), asAt))
      .map((a) => ({
        row: a.row,
        column: columnOf(a, 'due'),
        message: `Row ${a.row}: due by ${formatDay(a.due.end ?? '')} (${quote(a.due.text, 30)}) but not marked complete as at ${checkDate}`,
      }));
  },
};
