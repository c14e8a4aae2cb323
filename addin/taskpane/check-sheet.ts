import { checkPlan } from '../../shared/check-plan';
import type { ColumnChoice, Grid, PlanReport, RagKey, Standard, WorkbookContext } from '../../shared/types';
import type { WorkbookAdapter } from '../excel/types';
import { BOARD_SHEET } from '../../shared/report';
import { COMPARE_SHEET } from '../compare/compare-sheet';
import { readAuthorsGrid } from '../colour/read-authors-grid';
import { ensureRowIds } from '../row-ids';

/** Sheets the add-in writes itself: checking one as a plan (and syncing it) would be nonsense, or worse. */
const OWN_SHEETS = new Set([BOARD_SHEET, 'Issues', COMPARE_SHEET]);

export interface CheckSheetOptions {
  asAt: Date;
  standard?: Standard;
  ragKey?: RagKey;
  /** The user's column choices, kept with the workbook. */
  columns?: ColumnChoice;
  /** The file name, sheet names and document properties, for the plan's identity. */
  workbook?: WorkbookContext;
  newId?: () => string;
}

/**
 * Reads the active sheet, checks the plan with the core, and makes sure every action has its stable id
 * (hidden column), so the report carries the ids and the id column sync relies on. Two round trips. The cells the add-in
 * coloured are read with the look they had before it coloured them (`readAuthorsGrid`).
 *
 * @example
 * const { report } = await checkSheet(adapter, { asAt: new Date() });
 * report.actions[0].id; // '3f9a0c1d2e4b'
 */
export async function checkSheet(adapter: WorkbookAdapter, options: CheckSheetOptions): Promise<{ report: PlanReport; grid: Grid }> {
  // The add-in's kept colours come with the cells (same round trip): the plan is read as its authors made it, not
  // through the fills the add-in put on it (a plan with no status column has its action cells coloured).
  const grid = await readAuthorsGrid(adapter);
  if (OWN_SHEETS.has(grid.sheetName)) throw new Error(`"${grid.sheetName}" is a sheet the add-in wrote, not the plan. Open the plan's sheet, then check again.`);
  const checked = checkPlan(grid, { asAt: options.asAt, standard: options.standard, ragKey: options.ragKey, columns: options.columns, workbook: options.workbook });
  const { ids, column } = await ensureRowIds(adapter, checked, grid, options.newId);
  const report: PlanReport = {
    ...checked,
    columns: column ? { ...checked.columns, id: column } : checked.columns,
    actions: checked.actions.map((a) => ({ ...a, id: ids.get(a.row) ?? a.id })),
  };
  return { report, grid };
}
