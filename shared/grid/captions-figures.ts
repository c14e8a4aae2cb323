import type { RowContext, RowReading } from './classify-row';
import { readFiguresRow } from './read-figures-row';

/** Rows of figures under a caption that make it one: two at least (one could be an action's baseline and targets). */
const MIN_ROWS = 2;

/** A caption names what the figures under it are ('Where we are …', 'headcount by pay band', 'Our data'), or leads in to them with a colon. */
const NAMES_FIGURES = /:\s*$|\b(?:where\s+we\s+are|headcount|figures|data|profile|breakdown|baseline|results?|snapshot)\b/i;

/**
 * Why a section row is the caption of a small block of figures inside the action grid, or null: its text leads in to
 * figures or names them ('Where we are (ESR, 31 March 2018) – headcount by pay band:') and the rows right under it are
 * MIN_ROWS rows of figures or more ('Bands 1–5' | 'White 1,412' | 'BME 498' | '26.1% BME', `readFiguresRow`). The
 * caption says what the figures are, not the subject of the actions after them: they keep the theme of the heading above.
 *
 * @example
 * captionsFigures({ kind: 'section', heading: 'Where we are – headcount by pay band:', indicator: null }, x, texts);
 * // "it captions the 3 rows of figures under it ('Bands 1–5' …): context, not a heading — the actions below keep the theme they had"
 */
export function captionsFigures(reading: RowReading, x: RowContext, texts: readonly RowContext['texts'][]): RowReading | null {
  if (reading.kind !== 'section' || !reading.heading || !NAMES_FIGURES.test(reading.heading)) return null;
  let rows = 0;
  for (let k = x.r + 1; k < texts.length && readFiguresRow({ ...x, r: k, texts: texts[k] }); k++) rows++;
  if (rows < MIN_ROWS) return null;
  const first = texts[x.r + 1].map((t) => t.text).join(' | ');
  const shown = first.length > 40 ? `${first.slice(0, 37)}…` : first;
  return { kind: 'footnote', why: `it captions the ${rows} rows of figures under it ('${shown}'): context, not a heading — the actions below keep the theme they had` };
}
