import { headerKey } from './cell-text';
import type { DueColumns } from './read-due-columns';
import type { SheetView } from './view-sheet';

/** The part of a date a column holds. */
type Part = 'year' | 'quarter' | 'month';

/**
 * Words around a part's name that say the column is about when ('Due: Qtr', 'Target year', 'Delivery quarter', 'Year
 * due'), or a group label read with it ('Delivery' merged over 'Year | Qtr'): they leave the part's name what it is.
 */
const WHEN_WORDS = '(?:due|target|delivery|deliver|completion|complete|end|deadline|by|timescale|timescales|timeframe|when|expected|planned)';
const PART_HEADER: Record<Part, RegExp> = {
  year: new RegExp(`^(?:${WHEN_WORDS} )*(?:year|yr|fy|financial year|fin year|f y)(?: ${WHEN_WORDS})*$`),
  quarter: new RegExp(`^(?:${WHEN_WORDS} )*(?:quarter|qtr|q)(?: ${WHEN_WORDS})*$`),
  month: new RegExp(`^(?:${WHEN_WORDS} )*(?:month|mth)(?: ${WHEN_WORDS})*$`),
};

/** What a cell of each part looks like: '2021/22', '2022', 'FY 21/22'; 'Q3', 'Qtr 3', '3'; 'March', 'Mar'. */
const PART_CELL: Record<Part, RegExp> = {
  year: /^(?:fy\s*)?(?:(?:19|20)\d\d(?:\s*[/-]\s*(?:(?:19|20)?\d\d))?|\d\d\s*[/-]\s*\d\d)$/i,
  quarter: /^(?:(?:q|qtr|quarter)\s*)?[1-4]$/i,
  month: /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i,
};

/**
 * A timescale split over adjacent columns, one part of a date each ('Year' | 'Qtr', 'Month' | 'Year', 'Due: Qtr' |
 * 'Due: FY', perhaps under a 'Delivery' label merged over both): neither half is the timescale alone ('2021/22' is the
 * whole plan year, 'Q3' of which year?), so they are read together. A column is a part when its header names only that
 * part (with words saying when) and its cells hold it: a quarter column's 'Q1'…'Q4' (most of them), a year column's
 * years (half of them at least; the rest may say 'Ongoing'). Progress kept per quarter ('Q1 update') names a period,
 * not a part, and is no part. `free` says whether a column may be read so (the timescale's own, or one no field took).
 *
 * @example
 * findSplitTimescale(sheet, headers, rows, 4, (c) => c === 4 || c === 5);
 * // { join: 'parts', columns: [5, 4], names: ['quarter', 'year'] } for E 'Year' | F 'Qtr'
 */
export function findSplitTimescale(sheet: SheetView, headers: ReadonlyMap<number, string>, rows: readonly number[], due: number | undefined, free: (c: number) => boolean): DueColumns | null {
  const partOf = (c: number): Part | null => (free(c) ? partOfColumn(sheet, headers.get(c) ?? '', c, rows) : null);
  const around = due === undefined ? [...headers.keys()] : [due];
  for (const c of around) {
    const part = partOf(c);
    if (!part) continue;
    for (const other of [c - 1, c + 1]) {
      const next = headers.has(other) ? partOf(other) : null;
      if (!next || (part === 'year') === (next === 'year')) continue;
      const [small, year] = part === 'year' ? [other, c] : [c, other];
      return { join: 'parts', columns: [small, year], names: [part === 'year' ? next : part, 'year'] };
    }
  }
  return null;
}

/** The part of a date a column holds: its header names only that part, and enough of its cells are that part. */
function partOfColumn(sheet: SheetView, header: string, c: number, rows: readonly number[]): Part | null {
  const key = headerKey(header);
  const part = (Object.keys(PART_HEADER) as Part[]).find((p) => PART_HEADER[p].test(key));
  if (!part) return null;
  let filled = 0;
  let fit = 0;
  for (const r of rows) {
    const text = sheet.text(r, c).trim();
    if (!text) continue;
    filled++;
    if (PART_CELL[part].test(text)) fit++;
  }
  // A year column may hold words where no year applies ('Ongoing'); a quarter or month column holds its parts.
  return filled >= 2 && fit >= 2 && fit >= (part === 'year' ? 0.5 : 0.75) * filled ? part : null;
}
