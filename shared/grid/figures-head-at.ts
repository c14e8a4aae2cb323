import type { ColumnMap } from './assign-columns';
import type { RowContext } from './classify-row';
import { headsFiguresBelow } from './heads-figures-below';
import type { SheetView } from './view-sheet';

/** What row `k` is to the rows under it looking up for their table's header (`figuresHeadAt`). */
export type FiguresHead = typeof BLANK_ROW | { above: RowContext['texts']; table: { why: string; last: number } } | null;

/** Row `k` holds nothing: the look up for a header stops there. */
export const BLANK_ROW = 'blank';

/**
 * What row `k` is to a row of figures under it looking up for their table's header: blank (the look stops), the header of
 * a table of figures with the table's last row (`headsFiguresBelow`), or neither (the look goes on up). It depends on row
 * `k` and the plan's ref column alone, so a walk may keep each row's answer for every row under it that asks.
 *
 * @example
 * figuresHeadAt(sheet, 2, columns); // { above: [{ c: 1, text: 'Band' }, …], table: { why: …, last: 5 } }
 */
export function figuresHeadAt(sheet: SheetView, k: number, columns: ColumnMap | null | undefined): FiguresHead {
  const above = textsOf(sheet, k);
  if (above.length === 0) return BLANK_ROW;
  const table = headsFiguresBelow({ sheet, r: k, texts: above, columns });
  return table ? { above, table } : null;
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
