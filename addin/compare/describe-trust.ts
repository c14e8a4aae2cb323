import type { CompareResponse, CompareTrust } from '../../shared/sync';

/**
 * Whether a trust has shared any plan of the compared standard and period. A trust of the region that has not
 * (its revision is 0 and it has no actions) is named as such, never as "0 actions, none for 1–9", which would read
 * as an empty plan.
 *
 * @example
 * hasSharedPlan({ revision: 0, actionCount: 0, … }); // false
 */
export function hasSharedPlan(t: Pick<CompareTrust, 'revision' | 'actionCount'>): boolean {
  return t.revision > 0 || t.actionCount > 0;
}

/**
 * One trust's line in the comparison, as the pane and the console print it.
 *
 * @example
 * describeTrust(data, rxy); // 'Royal X: 20 action(s), 12 overdue, none for WRES 4.'
 * describeTrust(data, rxt); // 'Rural T: no WRES 2020-21 plan shared yet.'
 */
export function describeTrust(data: Pick<CompareResponse, 'standard' | 'period'>, t: CompareTrust): string {
  if (!hasSharedPlan(t)) return `${t.name}: no ${data.standard} ${data.period} plan shared yet.`;
  const noAction = t.indicatorsWithNoAction.length ? `, none for ${data.standard} ${t.indicatorsWithNoAction.join(', ')}` : '';
  const noHia = t.hiasWithNoAction?.length ? `, none against high impact action ${t.hiasWithNoAction.join(', ')}` : '';
  return `${t.name}: ${t.actionCount} action(s), ${t.overdue} overdue${noAction}${noHia}.`;
}
