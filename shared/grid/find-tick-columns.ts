import { INDICATOR_WORD } from '../indicators/indicator-word';
import { collapse } from './cell-text';
import { headerBandText } from './header-band-text';
import { scoreHeaderWords } from './header-words';
import type { SheetView } from './view-sheet';

/** One column of a tick band: its grid column and the indicator its header names. */
export interface TickColumn {
  c: number;
  indicator: string;
}

/** A mark that says "this one": ✓, ✔, √, ☑, ✅, ●, •, x, *, Y, Yes. A cross that says "not this one" (✗) is none. */
export const TICK = /^(?:[✓✔√☑✅●•*xX]|y|yes)$/i;
/** A header that is an indicator and nothing else: "1", "9", "4a", "M5", "W2", "Indicator 3", "Metric 9b". */
const NAMES_ONE = new RegExp(`^(?:${INDICATOR_WORD}\\s*)?(10|[1-9])\\s*([a-d])?$`, 'i');
/** Enough rows to know what a band of columns holds (a long plan says no more). */
const SAMPLE = 80;

/**
 * A band of columns each headed by one indicator ("1" … "9" under "WRES indicator(s) addressed", "M1", "Metric 4a")
 * whose cells hold only ticks or nothing: a ticked column is an indicator the action addresses. Two such columns at
 * least, with two ticks at least, make a band. Bare numbers count only under a label that names indicators ("1" … "4"
 * under "Quarter" are no indicators). Null when the header has no band; else its columns and the reason a user reads.
 *
 * @example
 * findTickColumns(sheet, [2, 3], 1, 13, rows)?.reason; // "Indicators: ticks under columns B–J headed 1 … 9 (header 'WRES indicator(s) addressed')"
 */
export function findTickColumns(sheet: SheetView, band: readonly number[], left: number, right: number, rows: readonly number[]): { columns: TickColumn[]; reason: string } | null {
  const last = band[band.length - 1];
  const columns: TickColumn[] = [];
  let ticks = 0;
  for (let c = left; c <= right; c++) {
    const own = collapse(sheet.text(last, c));
    const m = NAMES_ONE.exec(own);
    // A bare number names an indicator only under a label that says so ("Indicators addressed" over 1 … 9).
    if (!m || (/^\d/.test(own) && scoreHeaderWords(headerBandText(sheet, band, c))[0]?.field !== 'indicator')) continue;
    let marks = 0;
    let other = false;
    for (const r of rows.slice(0, SAMPLE)) {
      const text = sheet.text(r, c).trim();
      if (TICK.test(text)) marks++;
      else if (text) other = true;
    }
    if (other) continue;
    columns.push({ c, indicator: `${m[1]}${(m[2] ?? '').toLowerCase()}` });
    ticks += marks;
  }
  if (columns.length < 2 || ticks < 2) return null;
  const first = columns[0];
  const end = columns[columns.length - 1];
  const group = headerBandText(sheet, band.slice(0, -1), first.c);
  const reason = `Indicators: ticks under columns ${sheet.letter(first.c)}–${sheet.letter(end.c)} headed ${first.indicator} … ${end.indicator}${group ? ` (header '${group}')` : ''} — each ticked column is an indicator the action addresses`;
  return { columns, reason };
}
