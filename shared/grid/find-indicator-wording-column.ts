import { indicatorsNamedInWords } from '../indicators/indicators-named-in-words';
import { memoiseText } from '../memoise-text';
import type { Standard } from '../types';
import { collapse } from './cell-text';
import type { SheetView } from './view-sheet';

/** A column naming indicators in words, found, and why in words a user can check. */
export interface IndicatorWordingColumn {
  c: number;
  /** Cells naming an indicator, of those filled (a cell merged down counted once). */
  naming: number;
  filled: number;
  /** The distinct indicators its cells name. */
  distinct: number;
  example: { row: number; text: string; why: string };
}

const SAMPLE = 80;
/** Fewer different indicators than this is a topic repeated ('Recruitment' on every row), not a column of measures. */
const MIN_DISTINCT = 3;
/** A sentence's full stop: a finding reported ('Very few BME paramedics progress to team leader.'), not a measure named. */
const SENTENCE_END = /[.!](?:\s|$)/;
/** A figure: a percentage, a ratio or likelihood ('1.52 times'), a count of a whole ('4 in 10'). */
const FIGURE = /\d\s*%|\b\d+\.\d+\b|\b\d+\s+(?:in|of|out of)\s+\d+\b/;

/**
 * Of the columns no field took, the one whose cells name the standards' indicators in their own words, a paraphrase or
 * the staff-survey question behind them ('Likelihood of being appointed from shortlisting', '“In the last 12 months
 * have you personally experienced discrimination at work …?”', 'Q14a – harassment … from patients'), though its header
 * says nothing of indicators ('Area of focus', 'What we are addressing', 'Staff survey question / WRES measure'): nearly
 * every filled cell names one, and they name several different ones — a list of the measures the actions answer.
 * Sentences report findings and figures the data, both left as they are; either standard's wording counts (the plan's standard is read
 * later). Null when no column is such.
 *
 * @example
 * findIndicatorWordingColumn(sheet, rows, [1, 2]); // { c: 1, naming: 9, filled: 9, distinct: 8, example: { row: 7, … } }
 */
export function findIndicatorWordingColumn(sheet: SheetView, rows: readonly number[], columns: readonly number[]): IndicatorWordingColumn | null {
  let best: IndicatorWordingColumn | null = null;
  for (const c of columns) {
    const found = readColumn(sheet, rows, c);
    if (found && (!best || found.naming > best.naming)) best = found;
  }
  return best;
}

function readColumn(sheet: SheetView, rows: readonly number[], c: number): IndicatorWordingColumn | null {
  let filled = 0;
  let naming = 0;
  let figures = 0;
  const ids = new Set<string>();
  let example: IndicatorWordingColumn['example'] | null = null;
  // Enough rows to know the column: a plan's first 80 say what a 10,000-row one holds; past a fifth of them not naming
  // one, it is no such column (most plans' columns, cheaply).
  const sample = Math.min(rows.length, SAMPLE);
  let misses = 0;
  for (let i = 0; i < sample; i++) {
    const r = rows[i];
    // A cell merged down over its group is one statement, read once.
    if ((sheet.merge(r, c)?.top ?? r) !== r) continue;
    const text = collapse(sheet.text(r, c));
    if (!text) continue;
    filled++;
    if (SENTENCE_END.test(text)) return null;
    if (FIGURE.test(text)) figures++;
    const named = namedEither(text);
    if (!named && ++misses > 0.2 * sample) return null;
    if (!named) continue;
    naming++;
    for (const id of named.ids) ids.add(`${named.standard}${id}`);
    example ??= { row: sheet.sheetRow(r), text, why: named.why };
  }
  // Figures in most cells ('3.7% of staff have declared a disability', '1.52 times more likely') say where the trust
  // stands on each measure: the data beside the measures, not the measures named.
  if (!example || filled < MIN_DISTINCT || naming < 0.8 * filled || ids.size < MIN_DISTINCT || figures >= 0.5 * filled) return null;
  return { c, naming, filled, distinct: ids.size, example };
}

/** What a cell names under either standard, the one whose phrases it holds (WRES first when both). */
const namedEither = memoiseText((text: string): { standard: Standard; ids: readonly string[]; why: string } | null => {
  for (const standard of ['WRES', 'WDES'] as const) {
    const named = indicatorsNamedInWords(text, standard);
    if (named.ids.length) return Object.freeze({ standard, ids: named.ids, why: named.why });
  }
  return null;
});
