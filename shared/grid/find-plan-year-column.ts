import { collapse } from './cell-text';
import type { SheetView } from './view-sheet';

/** A column of years saying which year's plan each row belongs to ('Plan year': '2023-24' / '2024-25'). */
export interface PlanYearColumn {
  c: number;
  header: string;
  /** Why the column is read as no field (for the user's list of columns left unread). */
  says: string;
}

/** One year as a cell writes it: '2023-24', '2024/25', '2023/2024', '2024'. */
const ONE_YEAR = /^(?:19|20)\d\d(?:\s*[/-]\s*(?:19|20)?\d\d)?$/;

/**
 * A plan keeping last year's actions among this year's, row by row, told apart by a column of years ('Plan year':
 * '2023-24' on last year's rows, '2024-25' on this year's) beside the column giving each action's timescale: the year
 * says whose plan the row is, not when it is due. Every filled cell is one year, and at least two years are written.
 * Only beside the plan's own timescale column (`due`): a column of years that is the timescale ('Year' over '2024/25',
 * '2025/26' in a three-year plan) says when, and is read as that. Null when there is none.
 *
 * @example
 * findPlanYearColumn(sheet, rows, new Map([[1, 'Plan year']]), 4); // { c: 1, header: 'Plan year', says: '…' }
 */
export function findPlanYearColumn(sheet: SheetView, rows: readonly number[], headers: ReadonlyMap<number, string>, due: number | undefined): PlanYearColumn | null {
  if (due === undefined) return null;
  for (const [c, header] of headers) {
    if (c === due) continue;
    const years = new Set<string>();
    let filled = 0;
    for (const r of rows) {
      const text = collapse(sheet.text(r, c));
      if (!text) continue;
      // A cheap exact test: most columns' first cell is no year, and the column is left at once.
      if (!ONE_YEAR.test(text)) {
        filled = -1;
        break;
      }
      filled++;
      years.add(text.slice(0, 4));
    }
    if (filled >= 3 && years.size >= 2) {
      const named = collapse(header) || `column ${sheet.letter(c)}`;
      return { c, header: named, says: `it says which year's plan each row belongs to (${[...years].sort().join(', ')}); the rows of a year before the plan's are last year's actions, kept for the record, not actions of this plan` };
    }
  }
  return null;
}

/**
 * The year a row's plan-year cell names when it is before the plan's period ('2023-24' in a 2024-25 plan), as written;
 * null on this year's rows, or when the plan's period is not known.
 *
 * @example
 * earlierPlanYear(sheet, 5, column, '2024-25'); // '2023-24'
 */
export function earlierPlanYear(sheet: SheetView, r: number, column: PlanYearColumn, period: string | null | undefined): string | null {
  if (!period) return null;
  const text = collapse(sheet.text(r, column.c));
  return ONE_YEAR.test(text) && Number(text.slice(0, 4)) < Number(period.slice(0, 4)) ? text : null;
}
