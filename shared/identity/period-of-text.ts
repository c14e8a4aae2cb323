import { MAX_YEAR, MIN_YEAR } from '../timescale/calendar';

const two = (n: number) => String(n % 100).padStart(2, '0');

/**
 * The NHS financial year(s) a title names, as "2020-21" (one year) or "2020-22" (a plan over two):
 * "2020/21", "2020/2021", "2020 -2022", "2023-24", "October 2020-October 2021". A single year ("Action
 * Plan 2023") is the financial year starting then. Null when no year is named.
 *
 * @example
 * periodOfText('WRES ACTION Plan 2020 -2022'); // '2020-22'
 * periodOfText('Workforce Race Equality Standard Action Plan 2020/21'); // '2020-21'
 */
export function periodOfText(text: string): string | null {
  const s = String(text ?? '').slice(0, 2000);
  const span = /(?<!\d)((?:19|20)\d{2})\s*(?:[/\-–]|to)\s*(?:[a-z]+\s+)?((?:19|20)?\d{2})(?!\d)/i.exec(s);
  if (span) {
    const start = Number(span[1]);
    const end = span[2].length === 2 ? Math.floor(start / 100) * 100 + Number(span[2]) : Number(span[2]);
    if (valid(start) && end > start && end - start <= 5) return `${start}-${two(end)}`;
  }
  const single = /(?<![\d/-])((?:19|20)\d{2})(?![\d/-])/.exec(s);
  if (single && valid(Number(single[1]))) return `${single[1]}-${two(Number(single[1]) + 1)}`;
  return null;
}

function valid(year: number): boolean {
  return year >= Math.max(MIN_YEAR, 2010) && year <= MAX_YEAR;
}
