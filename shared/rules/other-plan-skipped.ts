import type { Rule } from '../types';
import { quote } from './describe';
import { finding } from './finding';

/**
 * Tells the user that a table below the plan, or beside it on the same rows, was read as another plan (another year's,
 * kept for reference) and set aside, so its actions are not counted, checked or coloured as this plan's.
 *
 * @example
 * otherPlanSkipped.check(context) // [{ rule: 'other-plan-skipped', severity: 'info', row: 14, column: null, message: 'Rows 14–21 hold another plan ("WRES action plan 2017/18 …") — set aside, not checked as this plan' }]
 * // beside it: { rule: 'other-plan-skipped', severity: 'info', row: 4, column: 'H', message: 'Columns H–L hold another plan beside this one ("LAST YEAR – 2016/17 action plan (closed)"), under its own header — set aside, …: its caption says it is over …' }
 */
export const otherPlanSkipped: Rule = {
  id: 'other-plan-skipped',
  severity: 'info',
  description: "Another plan kept on the same sheet (another year's, below the plan or beside it) is set aside, and the user is told where and why.",
  check({ otherPlans }) {
    return (otherPlans ?? [])
      .filter((p) => p && Number.isInteger(p.from) && Number.isInteger(p.to))
      .map((p) =>
        // A plan kept beside this one, on the same rows, is told by its columns and why it is not the one read.
        typeof p.columns === 'string'
          ? finding(otherPlanSkipped, p.from, p.columns.split('–')[0], `Columns ${p.columns} hold another plan beside this one (${quote(p.caption, 60)}), under its own header — set aside, not checked as this plan's actions${p.why ? `: ${p.why}` : ''}`)
          : finding(otherPlanSkipped, p.from, null, `Rows ${p.from}–${p.to} hold another plan (${quote(p.caption, 60)}) — set aside, not checked as this plan's actions${p.why ? `: ${p.why}` : ''}`),
      );
  },
};
