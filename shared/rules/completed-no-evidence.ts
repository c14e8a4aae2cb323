import type { Rule } from '../types';
import { columnOf, isBlank } from './describe';
import { isMarkedComplete } from './is-marked-complete';
import { onRow } from './finding';

/**
 * A board asks "how do we know it's done?": a complete action should give a completion date or say what was done.
 *
 * @example
 * completedNoEvidence.check(context) // [{ rule: 'completed-no-evidence', severity: 'warning', row: 8, column: 'E', message: 'Row 8: marked complete but gives no completion date and no progress or outcome — say when and what was achieved' }]
 */
export const completedNoEvidence: Rule = {
  id: 'completed-no-evidence',
  severity: 'warning',
  description: 'Completed actions give a completion date or evidence of what was achieved.',
  check(context) {
    return context.actions
      .filter((a) => isMarkedComplete(context, a) && isBlank(a.completed) && isBlank(a.progress) && isBlank(a.outcome))
      .map((a) =>
        onRow(completedNoEvidence, a.row, columnOf(a, 'status'), 'marked complete but gives no completion date and no progress or outcome — say when and what was achieved'),
      );
  },
};
