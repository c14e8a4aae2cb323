import type { PlanIssue, Rule } from '../types';
import { untrackedKind, type UntrackedKind } from '../timescale/untracked-kind';
import { columnOf, isBlank, quote } from './describe';
import { onRow, saidOnce } from './finding';

/**
 * A timescale we cannot read as a date ('TBC', a stray fragment) cannot be tracked or flagged overdue. What the cell
 * lacks is said for the kinds a trust writes on purpose (`untrackedKind`): an event ('As vacancies arise') needs a date
 * to review it by, a span from an unstated start ('Within 6 months') the date it ends, a plan's own year ('Year 1') the
 * financial year or which year of its strategy the plan is. A cell that says the action is done ('Complete') has nothing
 * left to track, and is not asked for a date.
 *
 * @example
 * dueUnparsed.check(context) // [{ rule: 'due-unparsed', severity: 'warning', row: 9, column: 'D', message: 'Row 9: "TBC" is still to be agreed, so the action cannot be tracked or shown overdue — write the date once it is agreed (e.g. "March 2024")' }]
 */
export const dueUnparsed: Rule = {
  id: 'due-unparsed',
  severity: 'warning',
  description: 'Timescales are written as dates we can track (e.g. "March 2024", "Q3 23/24", "31/03/2025").',
  check({ actions }) {
    // (One list of findings: most actions have none, and a list for each of them was one more object per action.)
    const found: PlanIssue[] = [];
    // Plans write the same untracked timescale ('TBC', 'Ongoing') on many rows: each is worded once.
    const untracked = saidOnce((text: string) => `${quote(text)} ${whatIsMissing(untrackedKind(text), text)}`);
    for (const a of actions) {
      if (!a.due || a.due.parsed || isBlank(a.due.text)) continue;
      const kind = untrackedKind(a.due.text);
      // A cell saying the action is done has nothing left to track.
      if (kind !== 'done') found.push(onRow(dueUnparsed, a.row, columnOf(a, 'due'), untracked(a.due.text)));
    }
    return found;
  },
};

/** The rest of the finding's sentence: why the timescale cannot be tracked, and what to write. */
function whatIsMissing(kind: UntrackedKind | null, text: string): string {
  switch (kind) {
    case 'event':
      // The advice written out whole, as the parser reads it; a long cell gets the words to add after it.
      return `depends on an event, not a date, so it cannot be tracked or shown overdue — add a date to review it by, e.g. ${text.trim().length <= 40 ? quote(`${text.trim()} – review by March 2024`, 80) : '"… – review by March 2024"'}`;
    case 'to be confirmed':
      return 'is still to be agreed, so the action cannot be tracked or shown overdue — write the date once it is agreed (e.g. "March 2024")';
    case 'relative':
      return 'counts from a start the plan does not give, so it cannot be tracked — write the date it ends (e.g. "March 2024")';
    case 'strategy year':
      return 'is a year of a longer plan, and this plan does not say which year it is — write the financial year (e.g. "2024/25"), or say in the title which year of the strategy this plan is (e.g. "Year 1 of our 2023–2026 strategy")';
    default:
      return 'is not a date we can track — write e.g. "March 2024" or "Q3 23/24"';
  }
}
