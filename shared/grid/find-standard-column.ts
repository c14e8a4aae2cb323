import { ONE_STANDARD, standardNamed } from './row-standard';
import { collapse } from './cell-text';
import type { SheetView } from './view-sheet';

/** A cell naming which standard a row is under: 'WRES', 'WDES', 'Both', 'WRES / WDES', 'WRES;#WDES', 'Race', 'Disability'. */
const STANDARD_CELL = /^(?:wres|wdes|both|race|disability|wres\s*(?:[/&+,;]|;#|and)\s*wdes|wdes\s*(?:[/&+,;]|;#|and)\s*wres)$/i;

/**
 * A joint plan's column saying which standard each row is under ('Standard': WRES / WDES / Both), over an indicator
 * column of bare numbers ('2', '3', '6, 8'): a number is an indicator of the row's standard, so on a WDES row of the
 * WRES reading it is a WDES metric, none of this plan's. Every filled cell names a standard (or both), at least three
 * are filled and at least one names each standard alone. Returns the column and why it is read as no field; null when
 * there is none.
 *
 * @example
 * findStandardColumn(sheet, rows, new Map([[1, 'Standard']])); // { c: 1, says: "it says which standard each row is under …" }
 */
export function findStandardColumn(sheet: SheetView, rows: readonly number[], headers: ReadonlyMap<number, string>): { c: number; says: string } | null {
  for (const [c] of headers) {
    let filled = 0;
    const alone = new Set<string>();
    for (const r of rows) {
      const text = collapse(sheet.text(r, c));
      if (!text) continue;
      if (!STANDARD_CELL.test(text)) {
        filled = -1;
        break;
      }
      filled++;
      if (ONE_STANDARD.test(text)) alone.add(standardNamed(text));
    }
    if (filled >= 3 && alone.size === 2) {
      return { c, says: "it says which standard each row is under (WRES, WDES or both): a row's bare numbers are indicators of its own standard, so a row of the other standard alone serves none of this plan's" };
    }
  }
  return null;
}
