import type { Rule } from '../types';
import { columnOf, isBlank } from './describe';
import { finding } from './finding';

/**
 * A row with a lead, date or status but no action text: the board cannot tell what is being done.
 *
 * @example
 * actionEmpty.check(context) // [{ rule: 'action-empty', severity: 'error', row: 12, column: 'B', message: 'Row 12: has a lead or date but no action — say what will be done' }]
 */
export const actionEmpty: Rule = {
  id: 'action-empty',
  severity: 'error',
  description: 'Every action row says what will be done.',
  check({ actions }) {
    return actions
      .filter((a) => isBlank(a.action))
      .map((a) => finding(actionEmpty, a.row, columnOf(a, 'action'), `Row ${a.row}: has a lead or date but no action — say what will be done`));
  },
};
