import { indicatorIds, indicatorsServed } from '../indicators';
import type { ActionRecord, PlanReport, Standard } from '../types';
import { HIA_IDS } from './catalogue';
import { hiasOfAction } from './hias-of-action';

/**
 * Gives every action its high impact actions (`action.hia`, see `hiasOfAction`) and counts the plan's coverage:
 * actions per indicator (an action naming several counts toward each; 4a toward 4) and per HIA. Every indicator
 * of the standard and every HIA is present, 0 when no action serves it; actions with no indicator count under
 * "unassigned" when there are any.
 *
 * @example
 * const coverage = mapHia(actions, 'WRES');
 * coverage.hia; // { '1': 0, '2': 14, '3': 1, '4': 0, '5': 2, '6': 9 }
 */
export function mapHia(actions: ActionRecord[], standard: Standard | null): PlanReport['coverage'] {
  const indicators: Record<string, number> = {};
  if (standard) for (const id of indicatorIds(standard)) indicators[id] = 0;
  const hia: Record<string, number> = {};
  for (const id of HIA_IDS) hia[id] = 0;
  for (const a of actions) {
    // An action listing its indicators is its own evidence (the same fields by the same names): no copy of it is made.
    a.hia = hiasOfAction(a.indicators?.length ? a : { hiaText: a.hiaText, indicators: [a.indicator], action: a.action, objective: a.objective, theme: a.theme }, standard);
    for (const h of a.hia) hia[h]++;
    const groups: (number | 'unassigned')[] = indicatorsServed(a);
    if (!groups.length) groups.push('unassigned');
    for (const g of groups) indicators[g] = (indicators[g] ?? 0) + 1;
  }
  return { indicators, hia };
}
