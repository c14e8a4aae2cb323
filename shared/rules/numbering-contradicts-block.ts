import { numberingCountsTheme } from '../indicators';
import type { Rule } from '../types';
import { columnOf, indicatorWord, quote } from './describe';
import { indicatorNumber, indicatorOfRef } from './indicator-number';
import { finding } from './finding';

/**
 * An action numbered for one indicator ('2a') sitting in another indicator's block (indicator 1's merged cell)
 * is either misplaced or misnumbered — the board reads it under the wrong indicator. Judged only where the plan's
 * numbers mostly follow its blocks' indicators: otherwise they number something else (its priorities, the HIAs).
 *
 * @example
 * numberingContradictsBlock.check(context) // [{ rule: 'numbering-contradicts-block', severity: 'warning', row: 8, column: 'B', message: 'Row 8: action "2a" is numbered for indicator 2 but sits in indicator 1's block — move it or correct its number' }]
 */
export const numberingContradictsBlock: Rule = {
  id: 'numbering-contradicts-block',
  severity: 'warning',
  description: "An action's own number matches the indicator block it sits in.",
  check({ actions, standard }) {
    const word = indicatorWord(standard);
    const pairs: { a: (typeof actions)[number]; own: number; block: number }[] = [];
    for (const a of actions) {
      // The block first: most actions sit in none, and then their numbering is not read.
      const block = indicatorNumber(a.blockIndicator);
      if (block === null) continue;
      const own = indicatorOfRef(a.ref);
      // A number that counts the action's theme ("2.1" under "Theme 2: … (Metrics 4a, 4b and 9b)") is filed right.
      if (own === null || numberingCountsTheme(own, a.theme)) continue;
      pairs.push({ a, own, block });
    }
    // A plan whose numbers mostly differ from their blocks' indicators numbers something else — its own priorities or
    // the high impact actions ('1.1', '1.2' under metric 10) — and no action of it is misfiled; where most agree, the few
    // that do not ('2a' in metric 1's block) are.
    const agree = pairs.filter((p) => p.own === p.block).length;
    if (agree * 2 <= pairs.length) return [];
    return pairs
      .filter((p) => p.own !== p.block)
      .map(({ a, own, block }) => finding(numberingContradictsBlock, a.row, columnOf(a, 'ref') ?? columnOf(a, 'action') ?? columnOf(a, 'indicator'), `Row ${a.row}: action ${quote(a.ref ?? '', 20)} is numbered for ${word} ${own} but sits in ${word} ${block}'s block — move it or correct its number`));
  },
};
