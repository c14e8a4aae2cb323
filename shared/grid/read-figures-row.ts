import type { RowContext } from './classify-row';
import { collapse } from './cell-text';
import { isFigure } from './is-figure';
import { startsWithVerb } from './starts-with-verb';
import { writesWords } from './writes-words';

/** Figures after the label: three at least on a row read alone (two could be an action's baseline and target). */
const MIN_FIGURES = 3;

/**
 * A row of figures: a name or a label in the action column ('Our 2019 result (see the WDES report, section 3)',
 * 'Stourwell General Hospital NHS Trust') and, in every other cell it fills, a figure ('3.2%', '1.41', '2.05', …) —
 * three or more, so no lead, timescale or status. It gives the plan's results by indicator, or one provider's or one
 * band's figures: what the figures are, not what is to be done. A label saying what to do ('Increase representation …'
 * | '8.1%' | '10%' | '12%') is an action with its targets. Returns why, or null.
 *
 * @example
 * readFiguresRow({ sheet, r: 6, texts: [{ c: 1, text: 'Our 2019 result' }, { c: 4, text: '3.2%' }, { c: 5, text: '1.41' }, { c: 6, text: '2.05' }], columns, standard }); // { why: … }
 */
export function readFiguresRow({ texts, columns }: RowContext): { why: string } | null {
  // Most rows are ruled out by their length or their last cell, before any text is tidied.
  if (texts.length < MIN_FIGURES + 1 || !isFigure(texts[texts.length - 1].text) || !columns || texts[0].c !== columns.action) return null;
  const label = collapse(texts[0].text);
  if (!writesWords(label) || startsWithVerb(label)) return null;
  for (let i = 1; i < texts.length; i++) if (!isFigure(texts[i].text)) return null;
  const shown = texts.slice(1, 4).map((t) => `'${collapse(t.text)}'`).join(', ');
  return { why: `'${label.slice(0, 50)}' is followed only by figures (${shown}${texts.length > 4 ? ', …' : ''}): a row of figures, not something to do` };
}
