import { collapse } from './cell-text';
import type { SheetView } from './view-sheet';

/** A cell naming one standard alone: 'WRES' or 'Race', 'WDES' or 'Disability'. */
export const ONE_STANDARD = /^(?:wres|race|wdes|disability)$/i;

/** 'WRES' for a WRES or race cell, 'WDES' for a WDES or disability one (the cell names one: `ONE_STANDARD`). */
export function standardNamed(text: string): 'WRES' | 'WDES' {
  return /^(?:wres|race)$/i.test(text) ? 'WRES' : 'WDES';
}

/**
 * The one standard a row's cell in a joint plan's standard column names ('WDES'), or null when it names both or none.
 *
 * @example
 * rowStandard(sheet, 8, 1); // 'WDES'
 */
export function rowStandard(sheet: SheetView, r: number, c: number): 'WRES' | 'WDES' | null {
  const text = collapse(sheet.text(r, c));
  return ONE_STANDARD.test(text) ? standardNamed(text) : null;
}
