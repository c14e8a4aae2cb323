import type { ActionRecord, PlanReport, RecognisedAction } from '../../shared/types';
import { columnLetter, parseA1 } from '../excel/a1';
import type { ColourMode } from './plan-fills';

/**
 * Where the add-in shows an action's RAG: in 'row' mode its whole row (column null); else the cell its status was read
 * from, which is on the action's own row in a grid but on a row of its own in a plan kept as a form ('RAG' under
 * 'Owner' and 'By when', one block per action); else the status column (or, with none, the action's column) on the
 * action's row. A status given by the section heading the action sits under ('Completed (5 actions)') is every
 * action's of that section: the heading keeps its own fill, and each action's RAG (an overdue one's red) shows on its
 * own row. Rows are 1-based, as the report's.
 *
 * @example
 * ragCellOf(action, report, 'status'); // { row: 6, column: 'B' } — a form's 'RAG' row, three below the action's
 * ragCellOf(action, report, 'row'); // { row: 3, column: null }
 */
export function ragCellOf(a: ActionRecord, report: PlanReport, mode: ColourMode): { row: number; column: string | null } | null {
  if (mode === 'row') return { row: a.row, column: null };
  const read = a.sources?.status?.kind === 'section' ? undefined : a.sources?.status?.cell;
  if (read) {
    const { top, left } = parseA1(read);
    return { column: columnLetter(left), row: top + 1 };
  }
  const column = (a as RecognisedAction).cells?.status ?? report.columns.status ?? (a as RecognisedAction).cells?.action ?? report.columns.action;
  return column ? { column, row: a.row } : null;
}
