import type { Rule } from '../types';
import { columnOf } from './describe';

/**
 * Tells the user where a metric code the standard does not define was read as the part of a metric the plan means by
 * it ('M4c', the colleagues' part of WDES metric 4a, read as 4a), so a board reader sees the code was not dropped nor
 * counted as a metric of its own.
 *
 * @example
 * indicatorReadAsPart.check(context)
 * // [{ row: 13, column: 'B', message: 'Row 13: M4c is read as metric 4a (harassment, bullying or abuse from other colleagues): the WDES has no metric 4c; …' }]
 */
export const indicatorReadAsPart: Rule = {
  id: 'indicator-read-as-part',
  severity: 'info',
  description: "A metric code the standard does not define ('M4c') is read as the part of a metric plans mean by it (4a), and says so.",
  check({ actions }) {
    return actions
      .filter((a) => a.sources?.indicators?.kind === 'code' && a.sources.indicators.why)
      .map((a) => ({ row: a.row, column: columnOf(a, 'indicator'), message: `Row ${a.row}: ${a.sources.indicators!.why}` }));
  },
};
