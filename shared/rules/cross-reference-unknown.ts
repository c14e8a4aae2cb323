import type { Rule } from '../types';
import { quote } from './describe';
import { indicatorsServed } from '../indicators/indicators-served';
import { indicatorNumber } from './indicator-number';
import { tidyRef } from './tidy-ref';
import { finding } from './finding';

/**
 * A row that only says "See 6. Above." must point at something the plan has — an action ref or an indicator —
 * or the reader is sent nowhere.
 *
 * @example
 * crossReferenceUnknown.check(context) // [{ rule: 'cross-reference-unknown', severity: 'warning', row: 30, column: null, message: 'Row 30: "See 31. Above." points to 31, but no action or indicator 31 is in this plan' }]
 */
export const crossReferenceUnknown: Rule = {
  id: 'cross-reference-unknown',
  severity: 'warning',
  description: 'Rows that point to another action ("See 6. Above.") point to one the plan has.',
  check({ actions, crossReferences }) {
    // Most plans point nowhere: their refs are not gathered.
    if (!crossReferences?.length) return [];
    const refs = new Set(actions.map((a) => tidyRef(String(a.ref ?? ''))).filter(Boolean));
    const indicators = new Set<number | null>(actions.flatMap(indicatorsServed));
    return (crossReferences ?? [])
      .filter((x) => x && typeof x.target === 'string' && x.target.trim() !== '')
      .filter((x) => !refs.has(tidyRef(x.target as string)) && !indicators.has(indicatorNumber(x.target)))
      .map((x) =>
        finding(crossReferenceUnknown, x.row, null, `Row ${x.row}: ${quote(x.text, 40)} points to ${String(x.target).trim()}, but no action or indicator ${String(x.target).trim()} is in this plan`),
      );
  },
};
