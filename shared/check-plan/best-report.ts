import type { PlanReport } from '../types';

/**
 * The workbook's plan among its sheets' reports: a sheet read by its header rows before one read as a document (a
 * guidance or notes sheet beside the plan, whose 'Next steps' bullets read as actions, never wins over the plan's own
 * columns), then the one with the most actions; the first sheet on a tie.
 *
 * @example
 * bestReport([guidance, plan]).sheet; // 'Plan': 4 actions under a header beat 6 bullets read as a document
 */
export function bestReport(reports: readonly PlanReport[]): PlanReport {
  const rank = (r: PlanReport) => [r.actions.length > 0 && r.headerRows.length > 0 ? 1 : 0, r.actions.length];
  return reports.reduce((best, r) => {
    const [h, n] = rank(r);
    const [bh, bn] = rank(best);
    return h > bh || (h === bh && n > bn) ? r : best;
  }, reports[0]);
}
