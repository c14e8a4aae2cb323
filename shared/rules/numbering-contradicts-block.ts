import { numberingCountsTheme } from '../indicators';
import type { PlanIssue, Rule } from '../types';
import { columnOf, indicatorWord, quote } from './describe';
import { indicatorNumber, indicatorOfRef } from './indicator-number';
import { finding } from './finding';

/**
 * An action numbered for one indicator ('2a') sitting in another indicator's block (indicator 1's merged cell)
 * is either misplaced or misnumbered — the board reads it under the wrong indicator.
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
    // (One list of findings: most actions have none, and a list for each of them was one more object per action.)
    const found: PlanIssue[] = [];
    for (const a of actions) {
      // The block first: most actions sit in none, and then their numbering is not read.
      const block = indicatorNumber(a.blockIndicator);
      if (block === null) continue;
      const own = indicatorOfRef(a.ref);
      // A number that counts the action's theme ("2.1" under "Theme 2: … (Metrics 4a, 4b and 9b)") is filed right.
      if (own === null || own === block || numberingCountsTheme(own, a.theme)) continue;
      found.push(
        finding(numberingContradictsBlock, a.row, columnOf(a, 'ref') ?? columnOf(a, 'action') ?? columnOf(a, 'indicator'), `Row ${a.row}: action ${quote(a.ref ?? '', 20)} is numbered for ${word} ${own} but sits in ${word} ${block}'s block — move it or correct its number`),
      );
    }
    return found;
  },
};
