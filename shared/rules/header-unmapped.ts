import type { Rule } from '../types';
import { isBlank, quote } from './describe';
import { finding } from './finding';

/**
 * Tells the user which header columns are kept but not checked, so nothing is silently ignored.
 *
 * @example
 * headerUnmapped.check(context) // [{ rule: 'header-unmapped', severity: 'info', row: 8, column: 'B', message: 'Column B header "Analysis" is not one we use — it is kept but not checked' }]
 * // With the reader's reason: 'Column H header "Start" is kept but not checked: its dates say when work starts, not when the action is due'
 */
export const headerUnmapped: Rule = {
  id: 'header-unmapped',
  severity: 'info',
  description: 'Header columns the checker does not use are listed, so nothing is ignored silently.',
  check({ unmappedHeaders }) {
    return (unmappedHeaders ?? [])
      .filter((h) => h && typeof h.column === 'string' && h.column !== '' && !isBlank(h.text))
      .map((h) =>
        finding(
          headerUnmapped,
          Number.isInteger(h.row) ? h.row : null,
          h.column,
          // When the reader knows what the column is (a start date, a priority, an executive lead beside the lead), it says so.
          typeof h.why === 'string' && h.why
            ? `Column ${h.column} header ${quote(h.text, 40)} is kept but not checked: ${h.why}`
            : `Column ${h.column} header ${quote(h.text, 40)} is not one we use — it is kept but not checked`,
        ),
      );
  },
};
