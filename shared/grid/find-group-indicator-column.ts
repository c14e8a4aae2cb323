import { collapse } from './cell-text';
import { readIndicatorCell } from './read-indicator-cell';
import type { SheetView } from './view-sheet';

/** Of two columns naming indicators, the one naming them for groups of rows, the row's own, and a row that shows it. */
export interface GroupIndicatorColumn {
  group: number;
  own: number;
  /** A row whose own cell names other indicators than its group's: its sheet row and both cells as written. */
  example: { row: number; own: string; group: string };
}

/**
 * Of the columns whose cells name indicators on nearly every row, none headed as the indicator (a Planner export's
 * 'Bucket Name' — 'Indicators 5 & 6 – Harassment' — and its 'Labels' — 'WRES 6;WRES 8'), the one naming them for
 * groups of rows, beside one naming each row's own: the second tells apart rows the first puts together (it names other
 * indicators on a row where the group's stay the same) and never the other way round. A row's own cell beats the group
 * it sits in, as an action's own indicator cell beats its block's. Null when no column groups another's rows (the same
 * indicators in both, or each telling apart rows the other does not).
 *
 * @example
 * findGroupIndicatorColumn(sheet, rows, [2, 16]); // { group: 2, own: 16, example: { row: 13, own: 'WRES 6;WRES 8', group: 'Indicators 5 & 6 – Harassment' } }
 */
export function findGroupIndicatorColumn(sheet: SheetView, rows: readonly number[], columns: readonly number[]): GroupIndicatorColumn | null {
  if (columns.length < 2) return null;
  const named = new Map(columns.map((c) => [c, rows.map((r) => indicatorsAt(sheet, r, c))]));
  for (const group of columns) {
    for (const own of columns) {
      if (own === group) continue;
      const apart = rowApart(named.get(group)!, named.get(own)!);
      if (apart === null) continue;
      const r = rows[apart];
      return { group, own, example: { row: sheet.sheetRow(r), own: collapse(sheet.text(r, own)), group: collapse(sheet.text(r, group)) } };
    }
  }
  return null;
}

/**
 * The first row (by index) where `own` names other indicators than on the row before while `group` names the same,
 * unless `own` ever names the same on two rows where `group` does not — then `own` is no finer than `group`: null.
 */
function rowApart(group: readonly (string | null)[], own: readonly (string | null)[]): number | null {
  let first: number | null = null;
  for (let i = 1; i < group.length; i++) {
    if (!group[i] || !group[i - 1] || !own[i] || !own[i - 1]) continue;
    const sameGroup = group[i] === group[i - 1];
    const sameOwn = own[i] === own[i - 1];
    if (!sameGroup && sameOwn) return null;
    if (sameGroup && !sameOwn) first ??= i;
  }
  return first;
}

/** The indicators one cell names, as one key ('5,6'); null when it names none. */
function indicatorsAt(sheet: SheetView, r: number, c: number): string | null {
  const text = collapse(sheet.text(r, c));
  const ids = text ? readIndicatorCell(text, null).ids : [];
  return ids.length ? [...ids].sort().join(',') : null;
}
