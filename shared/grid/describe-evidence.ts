import type { PlanField } from '../types';
import type { ColumnContents } from './read-column-contents';

/** Each field as a user names it. */
export const FIELD_LABEL: Record<PlanField, string> = {
  ref: 'Ref', indicator: 'Indicator', hia: 'High impact action', theme: 'Theme', objective: 'Objective', action: 'Action', lead: 'Lead', due: 'Timescale',
  status: 'Status', progress: 'Progress', outcome: 'Outcome', completed: 'Completed',
};

/**
 * What a column's cells say about a field, in words: "27 of 29 cells are dates", "12 of 14 cells name
 * roles or people". Empty when the cells say nothing particular about that field.
 *
 * @example
 * describeContents('due', contents, ''); // '27 of 29 cells are dates or timescales'
 */
export function describeContents(field: PlanField, c: ColumnContents, prefix: string): string {
  const n = c.rows - c.kinds.empty;
  if (n < 2 && c.ragFills < 2) return '';
  const of = (k: number, what: string) => (k > 0 ? `${prefix}${Math.round(k)} of ${n} cells ${what}` : '');
  switch (field) {
    case 'due':
    case 'completed':
      return of(c.kinds.date + c.kinds.timescale + (field === 'due' ? c.kinds.ongoing : 0), 'are dates or timescales');
    case 'lead':
      return of(c.kinds.role, 'name roles or people');
    case 'status':
      if (c.answers > c.kinds.status && c.answers >= c.statusMarks) return of(c.answers, 'answer whether it is done (yes, no, partly, a tick or a cross)');
      if (c.statusMarks > c.kinds.status) return of(c.statusMarks, "are status marks ('✓', '◐', '✗'…), read through the plan's key");
      if (c.coded > c.kinds.status) return of(c.coded, "are numbers the plan's key gives a status, read through the key");
      return c.ragFills > c.kinds.status ? `${prefix}${c.ragFills} cells are coloured red, amber, green or blue` : of(c.kinds.status + c.kinds.ongoing - c.recurring, 'are status words');
    case 'ref':
      if (c.runningLetters) return `${prefix}lettered A, B, C… (item letters)`;
      return c.runningNumbers ? `${prefix}numbered 1, 2, 3… (item numbers)` : of(c.kinds.ref, 'are short references');
    case 'indicator':
      // A bare number or code ('6', 'W2') under an indicator header is the indicator's number, as much as 'Indicator 6'.
      return of(c.kinds.indicator + c.kinds.ref, 'name an indicator or give its number');
    default:
      return of(c.kinds.narrative, 'are sentences');
  }
}
