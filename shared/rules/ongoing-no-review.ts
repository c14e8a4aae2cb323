import type { Rule } from '../types';
import { columnOf, quote } from './describe';
import { isMarkedComplete } from './is-marked-complete';
import { onRow, saidOnce } from './finding';

/**
 * 'Ongoing' with no end or review date can never be held to account; a complete action needs no review date.
 *
 * @example
 * ongoingNoReview.check(context) // [{ rule: 'ongoing-no-review', severity: 'warning', row: 8, column: 'D', message: 'Row 8: "Ongoing" has no end or review date — add one, e.g. "Ongoing, review March 2024"' }]
 */
export const ongoingNoReview: Rule = {
  id: 'ongoing-no-review',
  severity: 'warning',
  description: 'Ongoing actions give an end or review date.',
  check(context) {
    // Plans write 'Ongoing' alike on many rows: each wording is said once.
    const noEnd = saidOnce((text: string) => `${quote(text)} has no end or review date — add one, e.g. "Ongoing, review March 2024"`);
    return context.actions
      .filter((a) => a.due?.ongoing && !a.due.end && !isMarkedComplete(context, a))
      .map((a) => onRow(ongoingNoReview, a.row, columnOf(a, 'due'), noEnd(a.due!.text)));
  },
};
