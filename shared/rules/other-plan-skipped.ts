import type { Rule } from '../types';
import { quote } from './describe';

/**
 * Tells the user that a table below the plan was read as another plan (another year's, kept for reference) and set
 * aside, so its actions are not counted, checked or coloured as this plan's.
 *
 * @example
 * otherPlanSkipped.check(context) // [{ row: 14, column: null, message: 'Rows 14–21 hold another plan ("WRES action plan 2017/18 …") — set aside, not checked as this plan' }]
 */
export const otherPlanSkipped: Rule = {
  id: 'other-plan-skipped',
  severity: 'info',
  description: "Another plan kept on the same sheet (another year's) is set aside, and the user is told where.",
  check({ otherPlans }) {
    return (otherPlans ?? [])
      .filter((p) => p && Number.isInteger(p.from) && Number.isInteger(p.to))
      .map((p) => ({
        row: p.from,
        column: null,
        message: `Rows ${p.from}–${p.to} hold another plan (${quote(p.caption, 60)}) — set aside, not checked as this plan's actions`,
      }));
  },
};
