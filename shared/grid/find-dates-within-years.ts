import { parseTimescale } from '../timescale/parse-timescale';
import { collapse } from './cell-text';
import type { SheetView } from './view-sheet';

/** One year as a cell writes it: '2025/26', '2026-27', '2025'. */
const ONE_YEAR = /^(?:19|20)\d\d(?:\s*[/-]\s*(?:19|20)?\d\d)?$/;
/** Rows giving both a year and a date, enough to know the dates fall within the years. */
const MIN_ROWS = 3;

/** A column whose dates fall within the year a column of years gives on each row, with an example for the user. */
export interface DatesWithinYears {
  c: number;
  /** "row 5: '31 Dec 25' in 2025/26". */
  example: string;
}

/**
 * A multi-year plan may give each row its year ('Year': '2025/26', '2026/27') beside the date it is due by ('By': '31 Dec
 * 25', '31 Mar 27'). Both read as timescales, and a header naming the year scores as high as one naming the date, but
 * the year only says which year of the plan the row is for: the date, falling within that year on every row giving
 * both, says when. Returns the first of `candidates` (other timescale columns, best first) whose cells are dates (or
 * months, quarters) each ending within the row's year, on three rows at least and on none outside it; null when the
 * `years` column holds anything but years, or no candidate fits.
 *
 * @example
 * findDatesWithinYears(sheet, rows, 4, [6]); // { c: 6, example: "row 5: '31 Dec 25' in 2025/26" } for E 'Year' | G 'By'
 */
export function findDatesWithinYears(sheet: SheetView, rows: readonly number[], years: number, candidates: readonly number[]): DatesWithinYears | null {
  const spans = new Map<number, { text: string; start: string; end: string }>();
  for (const r of rows) {
    const text = collapse(sheet.text(r, years));
    if (!text) continue;
    const year = ONE_YEAR.test(text) ? parseTimescale(text) : null;
    if (!year?.start || !year.end) return null;
    spans.set(r, { text, start: year.start, end: year.end });
  }
  for (const c of candidates) {
    if (c === years) continue;
    const fit = within(sheet, c, spans);
    if (fit) return { c, example: fit };
  }
  return null;
}

/** The example of column `c`'s dates falling within each row's year, or null when one falls outside or too few rows give both. */
function within(sheet: SheetView, c: number, spans: ReadonlyMap<number, { text: string; start: string; end: string }>): string | null {
  let both = 0;
  let example = '';
  for (const [r, year] of spans) {
    const text = collapse(sheet.text(r, c));
    if (!text) continue;
    const due = parseTimescale(sheet.value(r, c));
    // A year of its own is no finer than the row's: the column must say when within it.
    if (!due.parsed || !due.end || ONE_YEAR.test(text) || due.end < year.start || due.end > year.end) return null;
    both++;
    example ||= `row ${sheet.sheetRow(r)}: '${text}' in ${year.text}`;
  }
  return both >= MIN_ROWS ? example : null;
}
