import type { Rule } from '../types';
import { quote } from './describe';
import { finding } from './finding';

/**
 * A sheet where no action could be read: say what we looked for, and which headers we saw, instead of an empty report.
 *
 * @example
 * noPlanHeader.check(context) // [{ rule: 'no-plan-header', severity: 'error', row: null, column: null, message: 'No action plan found on this sheet: we look for a header row with columns such as "Action", "Lead", "Timescale" and "Status". If your plan uses headings of its own, say which columns hold the action and the lead' }]
 */
export const noPlanHeader: Rule = {
  id: 'no-plan-header',
  severity: 'error',
  description: 'The sheet has a header row naming the plan columns (Action, Lead, Timescale, Status…).',
  check({ actions, unmappedHeaders }) {
    if (actions.length > 0) return [];
    const seen = (unmappedHeaders ?? []).slice(0, 5).map((h) => quote(h.text, 25));
    const tail = seen.length > 0 ? ` (headers found: ${seen.join(', ')})` : '';
    return [finding(noPlanHeader, null, null, `No action plan found on this sheet: we look for a header row with columns such as "Action", "Lead", "Timescale" and "Status"${tail}. If your plan uses headings of its own, say which columns hold the action and the lead`)];
  },
};
