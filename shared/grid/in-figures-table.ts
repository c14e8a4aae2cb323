import type { RowContext } from './classify-row';
import { collapse } from './cell-text';
import { BLANK_ROW, figuresHeadAt } from './figures-head-at';
import { isFigureCell } from './read-figures-row';

/** Rows looked up for the table's header: a small table's (as many as `headsFiguresBelow` looks down). */
const LOOK = 12;

/**
 * Why a row is one of a small table of figures inside the plan, or null: it holds a figure, and a row of short labels
 * above it, with no blank row between, heads it and the rows between as a table of figures (`headsFiguresBelow`: a name
 * under one label, figures only under the others). Such a row ('Band 5' | '402' | '1,204' under 'Band | BME staff
 * | White staff') gives figures, not something to do, however few its cells.
 *
 * @example
 * inFiguresTable({ sheet, r: 3, texts: [{ c: 1, text: 'Band 5' }, { c: 2, text: '402' }, { c: 3, text: '1,204' }], columns, standard });
 * // "it is a row of the table of figures headed by row 3 ('Band | BME staff | White staff'): figures, not an action"
 */
export function inFiguresTable({ sheet, r, texts, columns, figuresHead }: Pick<RowContext, 'sheet' | 'r' | 'texts'> & Partial<Pick<RowContext, 'columns' | 'figuresHead'>>): string | null {
  // Most rows (an action's) hold no figure alone in a cell: asked first.
  if (!texts.some((t) => isFigureCell(t.text))) return null;
  for (let k = r - 1; k >= 0 && k >= r - LOOK; k--) {
    // Each row above is asked the same question by every row of figures under it: the walk answers it once per row.
    const head = figuresHead ? figuresHead(k, columns) : figuresHeadAt(sheet, k, columns);
    if (head === BLANK_ROW) return null;
    if (!head) continue;
    if (head.table.last < r) return null;
    const { above } = head;
    const labels = above.slice(0, 3).map((t) => collapse(t.text)).join(' | ') + (above.length > 3 ? ' | …' : '');
    return `it is a row of the table of figures headed by row ${sheet.sheetRow(k)} ('${labels}'): figures, not an action`;
  }
  return null;
}
