import type { ActionRecord, PlanReport } from '../../shared/types';
import { columnLetter, parseA1 } from '../excel/a1';
import type { CellFormat, FormatBlock } from '../excel/types';
import { RAG_PALETTE } from './palette';
import { ragCellOf } from './rag-cell-of';

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
    const cell = ragCellOf(a, report, mode);
    if (!cell?.column) continue;
    byColumn.set(cell.column, [...(byColumn.get(cell.column) ?? []), { row: cell.row, format: formatOf(a) }]);
  }
  return [...byColumn.entries()].map(([column, cells]) => {
    const first = Math.min(...cells.map((c) => c.row));
    const last = Math.max(...cells.map((c) => c.row));
    const byRow = new Map(cells.map((c) => [c.row, c.format]));
    return { topLeft: `${column}${first}`, width: 1, rows: Array.from({ length: last - first + 1 }, (_, i) => byRow.get(first + i) ?? null) };
  });
}

/** The A1 address of the cell an issue points at (its row and column, else the row's first cell). */
export function issueAddress(issue: { row: number | null; column: string | null }): string | null {
  if (issue.row === null) return null;
  return `${issue.column ?? columnLetter(0)}${issue.row}`;
}
