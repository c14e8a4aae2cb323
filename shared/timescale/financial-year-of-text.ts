import { MAX_YEAR, MIN_YEAR } from './calendar';

/**
 * The start year of the NHS financial year a plan's title or intro names, for `parseTimescale`'s
 * `financialYear` option: 'WDES ACTION PLAN 2020/2021' → 2020, 'Action Plan 2023/24' → 2023,
 * 'WRES ACTION Plan 2020 -2022' → 2020 (a plan spanning years starts in the first). A single year
 * ('Action Plan 2021') is taken as the financial year starting then. Null when no year is named.
 *
 * @example
 * financialYearOfText('Workforce Race Equality Standard Action Plan 2020/21') // 2020
 */
export function financialYearOfText(text: string): number | null {
  const s = String(text ?? '').slice(0, 2000);
  const pair = /(?<!\d)((?:19|20|21)\d{2})\s*[/\-–]\s*((?:19|20|21)?\d{2})(?!\d)/.exec(s);
  const single = /(?<!\d)((?:19|20|21)\d{2})(?!\d)/.exec(s);
  const year = pair ? Number(pair[1]) : single ? Number(single[1]) : null;
  return year !== null && year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}
