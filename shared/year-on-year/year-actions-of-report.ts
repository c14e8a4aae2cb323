import { isCompleteStatus } from '../rag';
import type { PlanReport } from '../types';
import type { YearAction } from './year-action';

/**
 * A checked sheet's actions for the year-on-year comparison, completion read with the plan's own RAG key.
 *
 * @example
 * yearActionsOfReport(checkPlan(grid, { asAt }))[0]; // { id: 'row-10', where: 'Row 10', action: '…', complete: false, … }
 */
export function yearActionsOfReport(report: PlanReport): YearAction[] {
  return report.actions.map((a) => ({
    id: a.id ?? `row-${a.row}`,
    where: `Row ${a.row}`,
    ref: a.ref,
    indicator: a.indicator,
    action: a.action,
    status: a.status,
    progress: a.progress,
    complete: isCompleteStatus(a.status, a.statusRag, report.ragKey),
  }));
}
