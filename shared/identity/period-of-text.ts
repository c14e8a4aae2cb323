import { readPeriodClue } from './read-period-clue';

/**
 * The NHS financial year(s) a title names, as "2020-21" (one year) or "2020-22" (a plan over two):
 * "2020/21", "2020/2021", "2020 -2022", "2023-24", "October 2020-October 2021". A single year ("Action
 * Plan 2023") is the financial year starting then. Of several, the one most plainly the plan's own
 * (see `readPeriodClue`). Null when no year is named.
 *
 * @example
 * periodOfText('WRES ACTION Plan 2020 -2022'); // '2020-22'
 * periodOfText('Workforce Race Equality Standard Action Plan 2020/21'); // '2020-21'
 */
export function periodOfText(text: string): string | null {
  return readPeriodClue(text)?.value ?? null;
}
