import { indicatorNumber } from './indicator-number';

/**
 * The indicator numbers an action serves: every indicator its cell names ('5 & 6', 'All'), not only the first, and
 * a sub-metric toward its metric (4a and 4b count once toward 4). Coverage counts and the 'no action for indicator N'
 * check both ask this, so a plan is never told indicator 6 has no action while its coverage counts one.
 *
 * @example
 * indicatorsServed({ indicator: '5', indicators: ['5', '6'] }); // [5, 6]
 * indicatorsServed({ indicator: '4a', indicators: ['4a', '4b'] }); // [4]
 * indicatorsServed({ indicator: '', indicators: [] }); // []
 */
export function indicatorsServed(action: { indicator: string | null; indicators?: string[] }): number[] {
  const named = action.indicators?.length ? action.indicators : [action.indicator];
  const groups: number[] = [];
  for (const i of named) {
    const n = indicatorNumber(i);
    if (n !== null && !groups.includes(n)) groups.push(n);
  }
  return groups;
}
