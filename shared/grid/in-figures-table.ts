import type { RowContext } from './classify-row';
import { collapse } from './cell-text';
import { headsFiguresBelow } from './heads-figures-below';
import { isFigureCell } from './read-figures-row';
import type { SheetView } from './view-sheet';

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
export function inFiguresTable({ sheet, r, texts, columns }: Pick<RowContext, 'sheet' | 'r' | 'texts'> & Partial<Pick<RowContext, 'columns'>>): string | null {
  // Most rows (an action's) hold no figure alone in a cell: asked first.
  if (!texts.some((t) => isFigureCell(t.text))) return null;
  for (let k = r - 1; k >= 0 && k >= r - LOOK; k--) {
    const above = textsOf(sheet, k);
    if (above.length === 0) return null;
    const table = headsFiguresBelow({ sheet, r: k, texts: above, columns });
    if (!table) continue;
    if (table.last < r) return null;
    const labels = above.slice(0, 3).map((t) => collapse(t.text)).join(' | ') + (above.length > 3 ? ' | …' : '');
    return `it is a row of the table of figures headed by row ${sheet.sheetRow(k)} ('${labels}'): figures, not an action`;
  }
  return null;
}

/** Row `k`'s own texts with their columns (a cell merged down from above is the row above's). */
function textsOf(sheet: SheetView, k: number): RowContext['texts'] {
  const out: { c: number; text: string }[] = [];
  for (let c = 0; c < sheet.width; c++) {
    const m = sheet.merge(k, c);
    if (m && (m.top !== k || m.left !== c)) continue;
    const text = sheet.text(k, c).trim();
    if (text) out.push({ c, text });
  }
  return out;
}
