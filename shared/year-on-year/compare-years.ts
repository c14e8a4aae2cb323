import { matchActions } from '../match-actions';
import type { YearAction, YearOnYear } from './year-action';

/** Alike enough to be the same action reworded: share of words in common (see `matchActions`). */
export const REWORDED_LIKENESS = 0.6;

// Words that say an action was stopped on purpose (plain "closed" means done in most plans' keys).
const STOPPED = /\b(?:no longer (?:required|needed|relevant|applicable)|superseded|withdrawn|stopped|discontinued|cancelled|canceled|not (?:being )?progressed|merged (?:with|into)|replaced by|incorporated into|absorbed into|transferred to|moved to|de-?prioriti[sz]ed)\b/i;

/** The status or progress words saying an action was stopped on purpose, or null. */
function stopReason(a: YearAction): string | null {
  for (const text of [a.status, a.progress]) {
    const m = STOPPED.exec(text ?? '');
    if (m) return text.replace(/\s+/g, ' ').trim();
  }
  return null;
}

const contentOf = (a: YearAction) => ({ id: a.id, fields: { action: a.action, indicator: a.indicator ?? '' } });

/**
 * This year's plan against last year's, for one trust. Actions are matched by content as rows are linked on
 * first sync (`matchActions`: same action and indicator, then same action), then by alike wording, so a reworded
 * action still counts as carried over. Each of last year's actions is then:
 * - **completed** when this year's plan marks it complete, or last year's did and it is not carried on;
 * - **closed** when a status or progress says it was withdrawn, superseded, no longer required…;
 * - **carried over** when it is in this year's plan, still open;
 * - **dropped** (without a word) otherwise.
 * This year's actions matched to none of last year's are **new**.
 *
 * @example
 * const result = compareYears(yearActionsOfReport(last), yearActionsOfReport(current));
 * result.dropped.map((a) => a.where); // ['Row 13', 'Row 22']
 */
export function compareYears(last: YearAction[], current: YearAction[]): YearOnYear {
  const exact = matchActions(last.map(contentOf), current.map(contentOf));
  const links = matchActions(last.map(contentOf), current.map(contentOf), { similar: REWORDED_LIKENESS });
  const byId = new Map(current.map((a) => [a.id, a]));
  const result: YearOnYear = { carriedOver: [], completed: [], closed: [], dropped: [], new: [] };
  for (const l of last) {
    const t = byId.get(links.get(l.id) ?? '') ?? null;
    const reason = (t && stopReason(t)) ?? (t ? null : stopReason(l));
    if (reason) result.closed.push({ last: l, this: t, reason });
    else if (t?.complete || (!t && l.complete)) result.completed.push({ last: l, this: t });
    else if (t) result.carriedOver.push({ last: l, this: t, reworded: !exact.has(l.id) });
    else result.dropped.push(l);
  }
  const matched = new Set(links.values());
  result.new = current.filter((a) => !matched.has(a.id) && a.action.trim());
  return result;
}
