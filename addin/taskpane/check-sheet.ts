import { checkPlan } from '../../shared/check-plan';
import type { Grid, PlanReport, RagKey, Standard } from '../../shared/types';
import type { WorkbookAdapter } from '../excel/types';
import { ensureRowIds } from '../row-ids';

export interface CheckSheetOptions {
  asAt: Date;
  standard?: Standard;
  ragKey?: RagKey;
  newId?: () => string;
}

/**
 * Reads the active sheet, checks the plan with the core, and makes sure every action has its stable id
 * (hidden column), so the report carries the ids and the id column sync relies on. Two round trips.
 *
 * @example
 * const { report } = await checkSheet(adapter, { asAt: new Date() });
 * report.actions[0].id; // '3f9a0c1d2e4b'
 */
export async function checkSheet(adapter: WorkbookAdapter, options: CheckSheetOptions): Promise<{ report: PlanReport; grid: Grid }> {
  const grid = await adapter.readGrid();
  const checked = checkPlan(grid, { asAt: options.asAt, standard: options.standard, ragKey: options.ragKey });
  const { ids, column } = await ensureRowIds(adapter, checked, grid, options.newId);
  const report: PlanReport = {
    ...checked,
    columns: column ? { ...checked.columns, id: column } : checked.columns,
    actions: checked.actions.map((a) => ({ ...a, id: ids.get(a.row) ?? a.id })),
  };
  return { report, grid };
}
