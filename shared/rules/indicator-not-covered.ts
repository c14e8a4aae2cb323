import type { PlanIssue, Rule, Standard } from '../types';
import { indicatorNumber } from '../indicators/indicator-number';
import { finding } from './finding';

/**
 * How many indicators (WRES) or metrics (WDES) each standard has.
 *
 * @example
 * INDICATOR_COUNT.WDES // 10
 */
export const INDICATOR_COUNT: Record<Standard, number> = { WRES: 9, WDES: 10 };

/**
 * Boards expect at least one action against every indicator of the standard; sub-metrics (4a, 9b) count toward
 * their metric. Only judged when the standard is known and the plan has actions at all.
 *
 * @example
 * indicatorNotCovered.check(context) // [{ rule: 'indicator-not-covered', severity: 'error', row: null, column: null, message: 'WRES indicator 4 has no action in this plan — add at least one, or say why none is needed' }]
 */
export const indicatorNotCovered: Rule = {
  id: 'indicator-not-covered',
  severity: 'error',
  description: 'Every indicator (WRES 1–9) or metric (WDES 1–10) of the standard has at least one action.',
  check({ actions, standard }) {
    if (!standard || !(standard in INDICATOR_COUNT) || actions.length === 0) return [];
    // Every indicator an action names counts ('5 & 6', 'All'), as in the plan's coverage.
    // (Gathered straight into the set: a list per action, then one list of them all, was two lists for each action.)
    const covered = new Set<number>();
    // (Each indicator's number straight into the set: the set keeps each once, so no list per action is built.)
    for (const a of actions) {
      const named = a.indicators?.length ? a.indicators : [a.indicator];
      for (let i = 0; i < named.length; i++) {
        const n = indicatorNumber(named[i]);
        if (n !== null) covered.add(n);
      }
    }
    const word = standard === 'WDES' ? 'metric' : 'indicator';
    const issues: PlanIssue[] = [];
    for (let n = 1; n <= INDICATOR_COUNT[standard]; n++) {
      if (covered.has(n)) continue;
      issues.push(finding(indicatorNotCovered, null, null, `${standard} ${word} ${n} has no action in this plan — add at least one, or say why none is needed`));
    }
    return issues;
  },
};
