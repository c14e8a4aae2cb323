import { toColumnLetter } from '../../shared/grid';
import { ROW_ID_HEADER, type Grid, type PlanReport } from '../../shared/types';
import type { WorkbookAdapter } from '../excel/types';
import { assignRowIds, randomRowId } from './assign-row-ids';

/**
 * Gives every action row a stable id in the plan's hidden id column (added after the last used column
 * the first time), so rows keep their identity through sorting, inserting and moving; copies get new ids.
 * Returns the ids by sheet row and the id column's letter. One adapter call, one sync.
 *
 * @example
 * const { ids, column } = await ensureRowIds(adapter, report, grid); // ids: Map { 5 => '3f9a0c1d2e4b', … }, column: 'L'
 */
export async function ensureRowIds(adapter: WorkbookAdapter, report: PlanReport, grid: Grid, newId: () => string = randomRowId): Promise<{ ids: Map<number, string>; column: string | null }> {
  const ids = new Map<number, string>();
  if (report.actions.length === 0 || report.headerRows.length === 0) return { ids, column: report.columns.id ?? null };
  for (const a of report.actions) if (a.id) ids.set(a.row, a.id);
  const updates = assignRowIds(report.actions.map((a) => ({ row: a.row, id: a.id })), newId);
  for (const u of updates) ids.set(u.row, u.id);
  const existing = report.columns.id;
  const width = Math.max(0, ...grid.values.map((r) => r.length));
  const column = existing ?? toColumnLetter((grid.origin?.column ?? 0) + width);
  const cells = updates.map((u) => ({ row: u.row, value: u.id }));
  if (!existing) cells.push({ row: headingRowOf(report), value: ROW_ID_HEADER });
  if (cells.length) await adapter.writeColumn(column, cells, { hidden: !existing });
  return { ids, column };
}

/**
 * The row the id column is headed on: the plan's first header row, or — on a form from the sheet's first row, whose
 * header is its first action's row — the first row below it holding no action (the block's next label row): the
 * heading never takes an action's id cell.
 */
function headingRowOf(report: PlanReport): number {
  const actionRows = new Set(report.actions.map((a) => a.row));
  let row = report.headerRows[0];
  while (actionRows.has(row)) row++;
  return row;
}
