import type { Rule } from '../types';
import { columnOf, isBlank, quote } from './describe';
import { finding } from './finding';

/**
 * A timescale we cannot read as a date ('TBC', a stray fragment) cannot be tracked or flagged overdue.
 *
 * @example
 * dueUnparsed.check(context) // [{ rule: 'due-unparsed', severity: 'warning', row: 9, column: 'D', message: 'Row 9: "TBC" is not a date we can track — write e.g. "March 2024" or "Q3 23/24"' }]
 */
export const dueUnparsed: Rule = {
  id: 'due-unparsed',
  severity: 'warning',
  description: 'Timescales are written as dates we can track (e.g. "March 2024", "Q3 23/24", "31/03/2025").',
  check({ actions }) {
    return actions
      .filter((a) => a.due && !isBlank(a.due.text) && !a.due.parsed)
      .map((a) => finding(dueUnparsed, a.row, columnOf(a, 'due'), `Row ${a.row}: ${quote(a.due.text)} is not a date we can track — write e.g. "March 2024" or "Q3 23/24"`));
  },
};
