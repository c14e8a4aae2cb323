import type { RowContext } from './classify-row';
import { collapse } from './cell-text';
import { isFigure, isTrendArrow } from './is-figure';
import { startsWithVerb } from './starts-with-verb';
import { writesWords } from './writes-words';

/** A figure written with the year it is for ('2022: 9.4%', '2023: 26.3% / 19.4%', '2021/22 = 1.52'): a data point, never a lead or a date. */
const YEAR_FIGURE = /^(?:19|20)\d{2}(?:[-/]\d{2,4})?\s*[:=]\s*[-+]?\d[\d.,]*\s?%?(?:\s*\/\s*[-+]?\d[\d.,]*\s?%?)?$/;

/** A cell of a row of figures: a figure, a figure with its year or its group, or the trend's arrow. */
export function isFigureCell(text: string): boolean {
  return isFigure(text) || (text.length <= 30 && (YEAR_FIGURE.test(text.trim()) || isTrendArrow(text) || isGroupFigure(text)));
}

/** A staff group's name written with its figure: one or two words ('White', 'BME', 'Disabled staff'), no month or season. */
const GROUP = String.raw`\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*)?`;
const GROUP_FIGURE = new RegExp(`^(?:${GROUP}\\s+(\\S+)|(\\S+)\\s+${GROUP})$`, 'u');
/** Words that make a figure a date or a step, not a group's count ('Mar 2019', 'Q3 2019', 'Phase 2', 'by 2021'). */
const NOT_GROUP = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|spring|summer|autumn|winter|phase|stage|step|year|week|month|quarter|q[1-4]|by|from|to|until|end|before|after|since|in|of|per|version|v)\b/i;

/**
 * A figure written with the staff group it counts, in one cell: 'White 1,412', 'BME 498', '26.1% BME' — a board paper's
 * headcount by band typed into a plan's columns. A year is no count ('March 2019'), nor a phase or a step ('Phase 2').
 *
 * @example
 * isGroupFigure('White 1,412'); // true
 * isGroupFigure('26.1% BME'); // true
 * isGroupFigure('Mar 2019'); // false
 */
export function isGroupFigure(text: string): boolean {
  const m = GROUP_FIGURE.exec(text.trim());
  if (!m || NOT_GROUP.test(text)) return false;
  const figure = m[1] ?? m[2];
  return isFigure(figure) && !/^(?:19|20)\d{2}$/.test(figure);
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
  // Most rows are ruled out by their length, or by a cell other than the label that is no figure, before any text is
  // tidied. The label is the text in the action column wherever that column sits: a trust may put it after the figures'
  // columns, and a ref's number before it is no figure of the row's.
  if (texts.length < MIN_FIGURES + 1 || !columns || columns.action === undefined) return null;
  let at = -1;
  for (let i = texts.length - 1; i >= 0; i--) {
    if (texts[i].c === columns.action) at = i;
    else if (!isFigureCell(texts[i].text) || texts[i].c === columns.ref) return null;
  }
  if (at < 0) return null;
  const label = collapse(texts[at].text);
  if (!writesWords(label) || startsWithVerb(label)) return null;
  const figures = texts.filter((_, i) => i !== at);
  const shown = figures.slice(0, 3).map((t) => `'${collapse(t.text)}'`).join(', ');
  return { why: `'${label.slice(0, 50)}' is followed only by figures (${shown}${texts.length > 4 ? ', …' : ''}): a row of figures, not something to do` };
}
