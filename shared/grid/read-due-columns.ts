import type { CellValue } from '../types';
import { statesNothing } from './states-nothing';
import type { SheetView } from './view-sheet';

/**
 * A timescale a plan writes over several columns of one header, read together (never one column alone):
 * - 'parts': one timescale in parts, one column each ('Qtr' | 'Year', 'Month' | 'Year'), joined as a person says them,
 *   the smaller unit first ('Q3 2021/22'); a row with one part filled gives that part as written ('Ongoing');
 * - 'revised': dates set again beside the one first set ('Original date' | 'Revised date'): the latest revision given
 *   on the row wins, else the original;
 * - 'years': a multi-year plan's milestones, one column a year (`findYearMilestones`): the action is due by the last
 *   year it has a step in, said as that year's header says it ('March 2021', '2025/26'), never the step's words.
 */
export interface DueColumns {
  join: 'parts' | 'revised' | 'years';
  /** The columns in the order they are read: parts smaller unit first; revisions newest first, the original last; years latest first. */
  columns: number[];
  /** What each column is, for the reasons given per row: 'quarter' and 'year', 'revised date' and 'original date', or each year as its header says it ('March 2021'). */
  names: string[];
}


/**
 * One action row's timescale from a plan's due columns: the text, the value (a date cell's own value where one cell
 * gives it), the column read (the row's timescale cell) and why, in words a user can check against the sheet.
 *
 * @example
 * readDueColumns(sheet, 7, { join: 'parts', columns: [5, 4], names: ['quarter', 'year'] });
 * // { text: 'Q3 2021/22', value: 'Q3 2021/22', c: 4, why: "Due: the quarter 'Q3' (F8) and the year '2021/22' (E8) read together" }
 */
export function readDueColumns(sheet: SheetView, r: number, due: DueColumns): { text: string; value: CellValue; c: number; why: string } {
  const texts = due.columns.map((c) => sheet.text(r, c).trim());
  const filled = due.columns.map((c, i) => ({ c, i, text: texts[i] })).filter((x) => !statesNothing(x.text));
  const named = (x: { c: number; i: number; text: string }) => `the ${due.names[x.i]} '${x.text}' (${sheet.address(r, x.c)})`;
  const last = due.columns[due.columns.length - 1];
  if (filled.length === 0) return { text: '', value: null, c: last, why: `Due: nothing in ${due.columns.map((c) => sheet.address(r, c)).join(' or ')}` };
  if (due.join === 'parts') {
    // A quarter written as a bare number ('3') is said as one ('Q3').
    const parts = filled.map((x) => (due.names[x.i] === 'quarter' && /^[1-4]$/.test(x.text) ? `Q${x.text}` : x.text));
    const text = parts.join(' ');
    // The row's cell is the last part's (the year's): where the plan's own timescale column is, in most plans.
    const at = filled[filled.length - 1];
    const why = filled.length > 1 ? `Due: ${filled.map(named).join(' and ')} read together` : `Due: ${named(at)}, the only part given`;
    return { text, value: filled.length > 1 ? text : sheet.value(r, at.c), c: at.c, why };
  }
  if (due.join === 'years') return lastYear(sheet, r, due, filled[0]);
  const first = filled[0];
  const replaced = filled.find((x) => x.i > first.i);
  const why = first.i === due.columns.length - 1
    ? `Due: ${named(first)}; no ${due.names[0]} is given`
    : `Due: ${named(first)}${replaced ? `, which replaces ${named(replaced)}` : ''}`;
  return { text: sheet.text(r, first.c), value: sheet.value(r, first.c), c: first.c, why };
}

/** A multi-year plan's due: the latest year the row has a step in, as that year's header says it. */
function lastYear(sheet: SheetView, r: number, due: DueColumns, latest: { c: number; i: number; text: string }): { text: string; value: CellValue; c: number; why: string } {
  const year = due.names[latest.i];
  const later = due.columns.slice(0, latest.i).map((c) => sheet.address(r, c));
  const none = later.length ? `; nothing is planned after it (${later.join(', ')} empty or '—')` : '';
  return { text: year, value: year, c: latest.c, why: `Due: ${year}, the last year with a milestone ('${latest.text.length > 40 ? `${latest.text.slice(0, 40)}…` : latest.text}' in ${sheet.address(r, latest.c)})${none}` };
}
