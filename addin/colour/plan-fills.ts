import type { ActionRecord, PlanReport, RecognisedAction } from '../../shared/types';
import { columnLetter, parseA1 } from '../excel/a1';
import type { CellFormat, FormatBlock } from '../excel/types';
import { RAG_PALETTE } from './palette';

export type ColourMode = 'status' | 'row';

const formatOf = (a: ActionRecord): CellFormat => (a.rag ? { fill: RAG_PALETTE[a.rag].fill, font: RAG_PALETTE[a.rag].font } : { fill: null, font: '#000000' });

/**
 * Plans the fills for a checked plan: one block per status column (or one block over the plan's rows),
 * so the number of Excel operations depends on the plan's layout, never on its length.
 *
 * @example
 * planFills(report, 'status'); // [{ topLeft: 'F5', width: 1, rows: [{ fill: '#FFB81C', font: '#000000' }, …] }]
 */
export function planFills(report: PlanReport, mode: ColourMode, lastColumn = 0): FormatBlock[] {
  if (report.actions.length === 0) return [];
  if (mode === 'row') {
    const first = Math.min(...report.actions.map((a) => a.row));
    const last = Math.max(...report.actions.map((a) => a.row));
    const letters = Object.values(report.columns).filter(Boolean) as string[];
    const width = Math.max(lastColumn, ...letters.map((l) => parseA1(`${l}1`).left)) + 1;
    const byRow = new Map(report.actions.map((a) => [a.row, formatOf(a)]));
    return [{ topLeft: `A${first}`, width, rows: Array.from({ length: last - first + 1 }, (_, i) => byRow.get(first + i) ?? null) }];
  }
  const byColumn = new Map<string, { row: number; format: CellFormat }[]>();
  for (const a of report.actions) {
    const cell = statusCellOf(a, report);
    if (!cell) continue;
    byColumn.set(cell.column, [...(byColumn.get(cell.column) ?? []), { row: cell.row, format: formatOf(a) }]);
  }
  return [...byColumn.entries()].map(([column, cells]) => {
    const first = Math.min(...cells.map((c) => c.row));
    const last = Math.max(...cells.map((c) => c.row));
    const byRow = new Map(cells.map((c) => [c.row, c.format]));
    return { topLeft: `${column}${first}`, width: 1, rows: Array.from({ length: last - first + 1 }, (_, i) => byRow.get(first + i) ?? null) };
  });
}

/**
 * The cell that shows an action's RAG: the cell its status was read from, which is on the action's own row in a grid
 * but on a row of its own in a plan kept as a form ('RAG' under 'Owner' and 'By when', one block per action); else
 * the status column (or, with none, the action's column) on the action's row. A status given by the section heading
 * the action sits under ('Completed (5 actions)') is every action's of that section: the heading keeps its own fill,
 * and each action's RAG (an overdue one's red) shows on its own row.
 */
function statusCellOf(a: ActionRecord, report: PlanReport): { column: string; row: number } | null {
  const read = a.sources?.status?.kind === 'section' ? undefined : a.sources?.status?.cell;
  if (read) {
    const { top, left } = parseA1(read);
    return { column: columnLetter(left), row: top + 1 };
  }
  const column = (a as RecognisedAction).cells?.status ?? report.columns.status ?? (a as RecognisedAction).cells?.action ?? report.columns.action;
  return column ? { column, row: a.row } : null;
}

/** The A1 address of the cell an issue points at (its row and column, else the row's first cell). */
export function issueAddress(issue: { row: number | null; column: string | null }): string | null {
  if (issue.row === null) return null;
  return `${issue.column ?? columnLetter(0)}${issue.row}`;
}
