import type { PlanFields } from '../../shared/sync';
import { PLAN_FIELDS, type PlanReport } from '../../shared/types';
import { DERIVED_FIELDS } from './address-of';
import type { SyncRow } from './diff-rows';

/**
 * The plan's actions as sync rows, by stable id. Only fields this sheet has a column for are included
 * (plus those the core derives: ref, indicator, theme), so a sheet without, say, an Outcome column never
 * pushes an empty outcome over another editor's.
 *
 * @example
 * rowsOfReport(report)[0]; // { id: '3f9a0c1d2e4b', fields: { action: '…', lead: '…', due: 'Jan-20', … } }
 */
export function rowsOfReport(report: PlanReport): SyncRow[] {
  return report.actions.filter((a) => a.id).map((a) => {
    const all: Required<PlanFields> = {
      ref: a.ref ?? '', indicator: a.indicator ?? '', hia: a.hiaText ?? '', theme: a.theme ?? '', objective: a.objective, action: a.action, lead: a.lead,
      due: a.due.text, status: a.status, progress: a.progress, outcome: a.outcome, completed: a.completed,
    };
    const fields: PlanFields = {};
    for (const f of PLAN_FIELDS) if (DERIVED_FIELDS.includes(f) || (a as { cells?: Record<string, string> }).cells?.[f] || report.columns[f]) fields[f] = all[f];
    return { id: a.id!, fields };
  });
}
