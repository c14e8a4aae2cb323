import { isFigure } from './is-figure';
import type { ColumnMap } from './assign-columns';
import type { SheetView } from './view-sheet';

/** A figure labelled with its year ('2022: 5.9%', '2023: 36% / 27%', '2022 – 1.58'): the indicator's figure for that year. */
const YEAR_FIGURES = /^(?:19|20)\d\d(?:[/-]\d{2,4})?\s*[:=–-]\s*[-+]?\d[\d.,]*%?(?:\s*\/\s*[-+]?\d[\d.,]*%?)*$/;
/** A trend shown by arrows, alone or with its word ('▲ worse', '▼ better', '►', '▲ / ▼'): the figures' change. */
const TREND_MARK = /^[↑↓↕↔⬆⬇⬍▲▼►◄→←](?:\s*\/\s*[↑↓↕↔⬆⬇⬍▲▼►◄→←])*(?:\s+\p{L}+)?$/u;

/**
 * Whether the cells where the plan keeps an action's lead, timescale and status hold figures instead — each filled one a
 * figure, a year's figure ('2022: 1.58') or, under the status, a trend ('▲ worse') — two at least, one of them labelled
 * with its year or the trend marked (a figures table's bare figures sit under its own header's years): an indicator's
 * heading row carrying its figures across the plan's columns ('Indicator 2 – Relative likelihood …' | '2022: 1.58' |
 * '2023: 1.71' | '▲ worse', holdout96 tillingbourne), not an action with who and when.
 *
 * @example
 * figuresInFieldCells(sheet, 9, columns); // true for 'Indicator 2 – …' | '' | '2022: 1.58' | '2023: 1.71' | '▲ worse'
 */
export function figuresInFieldCells(sheet: SheetView, r: number, columns: ColumnMap): boolean {
  let figures = 0;
  let labelled = 0;
  for (const field of FIELDS) {
    const c = columns[field];
    if (c === undefined) continue;
    const text = sheet.text(r, c).trim();
    if (text === '') continue;
    if (text.length > 24) return false;
    const year = YEAR_FIGURES.test(text);
    if (year || isFigure(text)) figures++;
    else if (!(field === 'status' && TREND_MARK.test(text))) return false;
    if (year || field === 'status') labelled++;
  }
  // A figures table's row puts bare figures under its own header's years ('4a – …' | '29.6%' | '28.1%'); a heading row
  // under the plan's header labels them with their years, or marks their trend where the plan's status goes.
  return figures >= 2 && labelled >= 1;
}

/** The fields an action's row fills with who, when and how far: where a heading row puts its figures. */
const FIELDS = ['lead', 'due', 'status'] as const;
