import type { RecognisedAction, Rule } from '../types';
import { columnOf, isBlank, noColumnOfItsOwn, quote } from './describe';
import { finding, onRow } from './finding';

/**
 * Every action needs a timescale the board can track. A plan with no timescale column gets one plan-wide finding.
 *
 * @example
 * dueMissing.check(context) // [{ rule: 'due-missing', severity: 'error', row: 7, column: 'D', message: 'Row 7: no timescale given — add when this action will be done, e.g. "March 2024"' }]
 */
export const dueMissing: Rule = {
  id: 'due-missing',
  severity: 'error',
  description: 'Every action says when it will be done.',
  check({ actions }) {
    if (actions.length === 0) return [];
    // A timescale read from a cell's note has no column either, but is given.
    if (actions.every((a) => !columnOf(a, 'due') && !a.sources?.due)) {
      return [finding(dueMissing, null, null, 'The plan has no Timescale column, so no action says when it will be done — add a "Timescale" or "Date" column')];
    }
    const missing = actions
      .filter((a) => isBlank(a.due?.text))
      .map((a) => onRow(dueMissing, a.row, columnOf(a, 'due'), noDueMessage(a)));
    return [...noColumnOfItsOwn(dueMissing, actions, 'due', 'Timescale', 'timescales', 'read from inside other cells (a date in the action\'s text, or "Timeframe: …")'), ...missing];
  },
};

/** What the row's finding says after "Row N: "; a timescale cell that says there is none ('N/A', '–') is quoted, so the user sees what the check read. */
function noDueMessage(a: RecognisedAction): string {
  const written = a.writtenAsNone?.due;
  return written
    ? `no timescale given — the timescale is ${quote(written)}; add when this action will be done, e.g. "March 2024"`
    : 'no timescale given — add when this action will be done, e.g. "March 2024"';
}
