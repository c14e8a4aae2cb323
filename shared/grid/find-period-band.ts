import { fillToRag } from '../rag/fill-to-rag';
import { collapse } from './cell-text';
import type { SheetView } from './view-sheet';

/** A reporting period as a tracker heads its column: "Q1", "Quarter 2", "Q3 22/23", "H1", "Jun", "September 2022". */
const PERIOD = /^(?:q[1-4]|quarter\s*[1-4]|[1-4](?:st|nd|rd|th)\s+quarter|h[12]|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:\s*(?:\d{2,4}(?:\/\d{2,4})?))?$/i;
/** A rating is a few characters ("G", "On track", "Complete"); a period column of sentences holds updates, not ratings. */
const MAX_RATING = 20;
/** Enough rows to know what a column holds. */
const SAMPLE = 80;

/**
 * A tracker's status columns, one per reporting period ("Q1 | Q2 | Q3 | Q4" under "2022/23 progress"): the status
 * column with every column of the header headed by a period whose cells are ratings (a letter, a status word, a RAG
 * fill), two periods at least, wherever a column of notes or figures sits between them. Each row's status is the
 * latest rated (the right-most), so a plan read at Q3 shows Q3's rating, not Q1's. Null when there is no such band; else its
 * columns, left to right, and the reason a user reads.
 *
 * @example
 * findPeriodBand(sheet, [3, 4], 5, 0, 9, rows)?.reason; // "Status: the latest rated of columns F–I (Q1 … Q4), one per reporting period"
 */
export function findPeriodBand(sheet: SheetView, band: readonly number[], status: number, left: number, right: number, rows: readonly number[]): { columns: number[]; reason: string } | null {
  const last = band[band.length - 1];
  const name = (c: number) => collapse(sheet.text(last, c));
  const periods: number[] = [];
  for (let c = left; c <= right; c++) if (PERIOD.test(name(c)) && holdsRatings(sheet, c, rows)) periods.push(c);
  if (periods.length < 2) return null;
  const columns = [...new Set([...periods, status])].sort((a, b) => a - b);
  const from = columns[0];
  const to = columns[columns.length - 1];
  return { columns, reason: `Status: the latest rated of columns ${sheet.letter(from)}–${sheet.letter(to)} (${name(from)} … ${name(to)}), one per reporting period` };
}

function holdsRatings(sheet: SheetView, c: number, rows: readonly number[]): boolean {
  for (const r of rows.slice(0, SAMPLE)) {
    const text = sheet.text(r, c).trim();
    if (text.length > MAX_RATING && !fillToRag(sheet.fill(r, c))) return false;
  }
  return true;
}
