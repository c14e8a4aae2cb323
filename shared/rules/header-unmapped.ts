import type { Rule } from '../types';
import { quote } from './describe';

/**
 * Tells the user which header columns are kept but not checked, so nothing is silently ignored.
 *
 * @example
 * headerUnmapped.check(context) // [{ row: 8, column: 'B', message: 'Column B header "Analysis" is not one we use — it is kept but not checked' }]
 */
export const headerUnmapped: Rule = {
  id: 'header-unmapped',
  severity: 'info',
  description: 'Header columns the checker does not use are listed, so nothing is ignored silently.',
  check({ unmappedHeaders }) {
    return (unmappedHeaders ?? []).map((h) => ({
      row: h.row,
      column: h.column,
      message: `Column ${h.column} header ${quote(h.text, 40)} is not one we use — it is kept but not checked`,
    }));
  },
};
