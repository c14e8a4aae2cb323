import type { YearAction, YearOnYear } from '../../shared/year-on-year';

/** Header of the "Since last year" sheet. */
export const YEAR_ON_YEAR_HEADER = ['What happened', 'Last year', 'This year', 'Indicator', 'Action', 'Last year\'s status', 'This year\'s status', 'Note'];

const line = (what: string, last: YearAction | null, current: YearAction | null, note = ''): string[] => [
  what, last?.where ?? '', current?.where ?? '', (current ?? last)?.indicator ?? '', (current ?? last)?.action ?? '',
  last?.status ?? '', current?.status ?? '', note,
];

/**
 * The year-on-year comparison as sheet rows (text only): a header, then one row per action, dropped first.
 *
 * @example
 * await adapter.writeSheet('Since last year', yearOnYearTable(result));
 */
export function yearOnYearTable(r: YearOnYear): string[][] {
  return [
    YEAR_ON_YEAR_HEADER,
    ...r.dropped.map((a) => line('Dropped without a word', a, null)),
    ...r.completed.map((c) => line('Completed', c.last, c.this, c.this ? (c.last.complete ? 'Complete last year, still listed' : 'Marked complete this year') : 'Complete last year, not carried on')),
    ...r.closed.map((c) => line('Closed with a reason', c.last, c.this, c.reason)),
    ...r.carriedOver.map((c) => line('Carried over', c.last, c.this, c.reworded ? `Reworded from: ${c.last.action}` : '')),
    ...r.new.map((a) => line('New this year', null, a)),
  ];
}
