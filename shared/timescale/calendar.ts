/**
 * Small calendar helpers shared by the timescale parser. Dates are plain ISO `YYYY-MM-DD` strings
 * built from UTC parts, so results never depend on the machine's time zone.
 */

/**
 * A span of whole days, both ends inclusive, as ISO dates.
 *
 * @example
 * const q4: DaySpan = { start: '2024-01-01', end: '2024-03-31' };
 */
export interface DaySpan {
  start: string;
  end: string;
}

/**
 * Earliest year a plan can sensibly mean; anything earlier is treated as noise, not a date.
 *
 * @example
 * 1899 < MIN_YEAR // true: '1899' is not read as a year
 */
export const MIN_YEAR = 1900;
/**
 * Latest year a plan can sensibly mean.
 *
 * @example
 * 2200 > MAX_YEAR // true: '2200' is not read as a year
 */
export const MAX_YEAR = 2199;

/**
 * Formats a calendar day as ISO `YYYY-MM-DD` (month is 0-based, like JS Dates).
 *
 * @example
 * toIsoDay(2023, 9, 31) // '2023-10-31'
 */
export function toIsoDay(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(2000, month, day));
  d.setUTCFullYear(year);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/**
 * Number of days in a month (0-based month).
 *
 * @example
 * daysInMonth(2024, 1) // 29
 */
export function daysInMonth(year: number, month: number): number {
  const d = new Date(Date.UTC(2000, month + 1, 0));
  d.setUTCFullYear(year, month + 1, 0);
  return d.getUTCDate();
}

/**
 * The whole of one or more consecutive months: `monthSpan(2021, 8, 3)` is Sep–Nov 2021.
 * Months past December roll into the next year, which is how financial quarters are expressed.
 *
 * @example
 * monthSpan(2023, 9) // { start: '2023-10-01', end: '2023-10-31' }
 */
export function monthSpan(year: number, month: number, months = 1): DaySpan {
  const lastMonth = month + months - 1;
  const endYear = year + Math.floor(lastMonth / 12);
  const endMonth = ((lastMonth % 12) + 12) % 12;
  const startYear = year + Math.floor(month / 12);
  const startMonth = ((month % 12) + 12) % 12;
  return {
    start: toIsoDay(startYear, startMonth, 1),
    end: toIsoDay(endYear, endMonth, daysInMonth(endYear, endMonth)),
  };
}

/**
 * Quarter `q` (1–4) of the NHS financial year that starts in April of `fyStart`: Q1 = Apr–Jun, Q4 = Jan–Mar of the next year.
 *
 * @example
 * financialQuarterSpan(2023, 4) // { start: '2024-01-01', end: '2024-03-31' }
 */
export function financialQuarterSpan(fyStart: number, quarter: number): DaySpan {
  return monthSpan(fyStart, 3 + (quarter - 1) * 3, 3);
}

/**
 * The calendar day a JS Date stands for. A Date at local midnight was built by someone meaning that local day
 * (e.g. `new Date(2023, 9, 31)`); anything else (spreadsheet readers give UTC midnight) is read in UTC.
 *
 * @example
 * isoDayOfDate(new Date(Date.UTC(2025, 2, 31))) // '2025-03-31'
 */
export function isoDayOfDate(date: Date): string | null {
  const time = date.getTime();
  if (!Number.isFinite(time)) return null;
  const localMidnight = date.getHours() === 0 && date.getMinutes() === 0 && date.getSeconds() === 0 && date.getMilliseconds() === 0;
  const year = localMidnight ? date.getFullYear() : date.getUTCFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return localMidnight
    ? toIsoDay(date.getFullYear(), date.getMonth(), date.getDate())
    : toIsoDay(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/**
 * The day an Excel serial number names (1900 date system; serial 1 = 1 Jan 1900, Excel's phantom 29 Feb 1900 honoured).
 * Fractions (times of day) are dropped. Returns null outside the years a plan can mean.
 *
 * @example
 * isoDayOfExcelSerial(44197) // '2021-01-01'
 */
export function isoDayOfExcelSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const whole = Math.floor(serial);
  // Day 0 is 1899-12-30 for every serial after Excel's fictitious 1900-02-29 (serial 60).
  const epochOffset = whole > 60 ? whole : whole + 1;
  const d = new Date(Date.UTC(1899, 11, 30 + epochOffset));
  const year = d.getUTCFullYear();
  if (!Number.isFinite(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  return toIsoDay(year, d.getUTCMonth(), d.getUTCDate());
}

/**
 * The day of a feast trusts time work by ('By Christmas 2021', 'after Easter 2023'), in a given year: Christmas Day,
 * or Easter Sunday — which moves between 22 March and 25 April, so it is worked out (the Gregorian computus of Meeus,
 * Jones and Butcher) rather than guessed as "spring".
 *
 * @example
 * feastDay('christmas', 2021) // { start: '2021-12-25', end: '2021-12-25' }
 * feastDay('easter', 2023)    // { start: '2023-04-09', end: '2023-04-09' }
 */
export function feastDay(feast: 'christmas' | 'easter', year: number): DaySpan {
  if (feast === 'christmas') return { start: toIsoDay(year, 11, 25), end: toIsoDay(year, 11, 25) };
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31) - 1;
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { start: toIsoDay(year, month, day), end: toIsoDay(year, month, day) };
}
