import type { RecognisedAction, Rule } from '../types';
import { saysToBeConfirmed } from '../grid/says-to-be-confirmed';
import { columnOf, isBlank, noColumnOfItsOwn, quote } from './describe';
import { finding, onRow } from './finding';

/**
 * Every action needs someone accountable. When the plan has no Lead column at all, one plan-wide finding
 * replaces a finding on every row.
 *
 * @example
 * leadMissing.check(context) // [{ rule: 'lead-missing', severity: 'error', row: 12, column: 'C', message: 'Row 12: no lead named for this action' }]
 * // a lead cell that says there is none: 'Row 4: no lead named for this action — the lead is "N/A"; name who is accountable for it'
 * // a lead still to come: 'Row 6: no lead named yet — the lead is "TBC"; name who is accountable for it'
 */
export const leadMissing: Rule = {
  id: 'lead-missing',
  severity: 'error',
  description: 'Every action names a lead who is accountable for it.',
  check({ actions }) {
    if (actions.length === 0) return [];
    // A lead read from a cell's note has no column either, but is named.
    if (actions.every((a) => !columnOf(a, 'lead') && !a.sources?.lead)) {
      return [finding(leadMissing, null, null, 'The plan has no Lead column, so no action names who is accountable for it — add a "Lead" column')];
    }
    const missing = actions
      .filter((a) => isBlank(a.lead) || saysToBeConfirmed(a.lead))
      .map((a) => onRow(leadMissing, a.row, columnOf(a, 'lead'), noLeadMessage(a)));
    return [...noColumnOfItsOwn(leadMissing, actions, 'lead', 'Lead', 'leads', 'written inside other cells ("LEAD: …")'), ...missing];
  },
};

/**
 * What the row's finding says after "Row N: "; a lead cell that says there is none ('N/A', '–') or none yet ('TBC', 'To be appointed') is quoted,
 * so the user sees what the check read: a lead still to be named is no one accountable when the board signs the plan off.
 */
function noLeadMessage(a: RecognisedAction): string {
  if (saysToBeConfirmed(a.lead)) return `no lead named yet — the lead is ${quote(a.lead)}; name who is accountable for it`;
  const written = a.writtenAsNone?.lead;
  return written ? `no lead named for this action — the lead is ${quote(written)}; name who is accountable for it` : 'no lead named for this action';
}
