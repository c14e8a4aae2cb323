import type { RowContext } from './classify-row';
import { collapse } from './cell-text';
import { isFigure } from './is-figure';
import { startsWithVerb } from './starts-with-verb';
import { writesWords } from './writes-words';

/** A figure written with the year it is for ('2022: 9.4%', '2023: 26.3% / 19.4%', '2021/22 = 1.52'): a data point, never a lead or a date. */
const YEAR_FIGURE = /^(?:19|20)\d{2}(?:[-/]\d{2,4})?\s*[:=]\s*[-+]?\d[\d.,]*\s?%?(?:\s*\/\s*[-+]?\d[\d.,]*\s?%?)?$/;
/** An arrow alone, the way a paper shows the trend of the figures beside it ('↑', '↓', '↔'). */
const TREND = /^\s*[↑↓↕↔⬆⬇⬍▲▼]\s*$/;

/** A cell of a row of figures: a figure, a figure with its year, or the trend's arrow. */
function isFigureCell(text: string): boolean {
  return isFigure(text) || (text.length <= 30 && (YEAR_FIGURE.test(text.trim()) || TREND.test(text)));
}

/** Figures after the label: three at least on a row read alone (two could be an action's baseline and target). */
const MIN_FIGURES = 3;

/**
 * A row of figures: a name or a label in the action column ('Our 2019 result (see the WDES report, section 3)',
 * 'Stourwell General Hospital NHS Trust', 'Our figures') and, in every other cell it fills, a figure ('3.2%', '1.41',
 * '2.05', …), one written with its year ('2022: 9.4%' | '2023: 10.8%', a board paper's figures row laid in the plan's
 * lead and timescale columns) or the trend's arrow ('↑') —
 * three or more, so no lead, timescale or status. It gives the plan's results by indicator, or one provider's or one
 * band's figures: what the figures are, not what is to be done. A label saying what to do ('Increase representation …'
 * | '8.1%' | '10%' | '12%') is an action with its targets. Returns why, or null.
 *
 * @example
 * readFiguresRow({ sheet, r: 6, texts: [{ c: 1, text: 'Our 2019 result' }, { c: 4, text: '3.2%' }, { c: 5, text: '1.41' }, { c: 6, text: '2.05' }], columns, standard }); // { why: … }
 */
export function readFiguresRow({ texts, columns }: RowContext): { why: string } | null {
  // Most rows are ruled out by their length or their last cell, before any text is tidied.
  if (texts.length < MIN_FIGURES + 1 || !isFigureCell(texts[texts.length - 1].text) || !columns || texts[0].c !== columns.action) return null;
  const label = collapse(texts[0].text);
  if (!writesWords(label) || startsWithVerb(label)) return null;
  for (let i = 1; i < texts.length; i++) if (!isFigureCell(texts[i].text)) return null;
  const shown = texts.slice(1, 4).map((t) => `'${collapse(t.text)}'`).join(', ');
  return { why: `'${label.slice(0, 50)}' is followed only by figures (${shown}${texts.length > 4 ? ', …' : ''}): a row of figures, not something to do` };
}
