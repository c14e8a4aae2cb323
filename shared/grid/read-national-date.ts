import { collapse, isBlankText } from './cell-text';
import type { Table } from './find-tables';
import { styleOf } from './read-worked-example';
import type { SheetView } from './view-sheet';

/**
 * The national bodies whose dates a trust shows among its own steps ('NHS England', 'NHSE/I', 'NHS Employers', 'DHSC'),
 * written alone in the Who cell (a trust's own lead is never one of them; 'EDI Lead with NHS England' is the trust's).
 */
const NATIONAL_BODY = /^(?:nhs\s*england(?:\s*(?:and|&|\/)\s*nhs\s*improvement)?|nhse(?:\s*\/\s*i|&i|i)?|nhs\s*improvement|nhs\s*employers|department\s+of\s+health(?:\s+and\s+social\s+care)?|dhsc)(?:\s*\(national\))?\.?$/i;

/** Past this share of the table's rows written in the row's style, the style is the plan's own way of writing (greyed-out completed actions). */
const MAX_SHARED_STYLE = 0.34;

/**
 * Why a row is a NATIONAL DATE shown among the trust's own steps for timing — NHS England's collection window, its
 * publication deadline, its national report — and no action of the trust: its Who names a national body alone ('NHS
 * England') AND the row is written apart from the plan's rows (grey, italics, or both), as the plan's own note over such
 * rows says ('Rows in grey italics are national dates set by NHS England'). Either alone is no evidence: a plain row led
 * by 'NHS England' is a step the trust lists as its own, a grey row led by the trust is a greyed-out completed action.
 * Null when the row is the trust's.
 *
 * @example
 * // 'May 2024 | Trusts submit their WDES metrics… | NHS England' in grey (#808080) italics among plain rows:
 * whyNationalDate(sheet, 6, 'NHS England', 1, table);
 * // "'NHS England' in C7 does it, not the trust, and the row is written in grey (#808080) italics unlike the trust's own steps: a national date shown for timing, not one of the trust's actions"
 */
export function whyNationalDate(sheet: SheetView, r: number, lead: string, actionColumn: number | undefined, leadColumn: number | undefined, table: Table): string | null {
  if (actionColumn === undefined || leadColumn === undefined || !NATIONAL_BODY.test(collapse(lead))) return null;
  const style = styleOf(sheet, r, actionColumn);
  if (!style || styleOf(sheet, r, leadColumn) !== style) return null;
  // The table's other rows with an action's text: most must be written plainly, or the style is the plan's own.
  let rows = 0;
  let shared = 0;
  for (let k = table.top; k <= table.bottom; k++) {
    if (k === r || isBlankText(sheet.text(k, actionColumn))) continue;
    rows++;
    if (styleOf(sheet, k, actionColumn) === style) shared++;
  }
  if (rows < 3 || shared > MAX_SHARED_STYLE * rows) return null;
  return `'${collapse(lead)}' in ${sheet.address(r, leadColumn)} does it, not the trust, and the row is written in ${style} unlike the trust's own steps: a national date shown for timing, not one of the trust's actions`;
}
