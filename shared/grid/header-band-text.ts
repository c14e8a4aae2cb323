import { collapse } from './cell-text';
import { labelOver } from './label-over';
import type { SheetView } from './view-sheet';

/**
 * A column's header text when the header takes several rows: the group label above ("Timescale", merged
 * over two columns) and the field name below it ("End") read together as "Timescale End". A label merged
 * across columns heads every column under it, and so does one typed over empty cells with sub-labels under them
 * (see labelOver); a cell merged down over both rows is read once.
 *
 * @example
 * headerBandText(sheet, [3, 4], 6); // 'Timescale End'
 */
export function headerBandText(sheet: SheetView, band: readonly number[], c: number): string {
  const parts: string[] = [];
  const last = band[band.length - 1];
  for (const r of band) {
    const m = sheet.merge(r, c);
    const text = collapse(r === last ? (m ? sheet.text(m.top, m.left) : sheet.text(r, c)) : (labelOver(sheet, r, c, last)?.text ?? ''));
    if (text && parts[parts.length - 1] !== text) parts.push(text);
  }
  return parts.join(' ');
}
