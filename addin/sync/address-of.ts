import type { PlanField, PlanReport, RecognisedAction } from '../../shared/types';

/** Fields the core derives (indicator from numbering, theme from headings): pushed, never written back into cells. */
export const DERIVED_FIELDS: readonly PlanField[] = ['ref', 'indicator', 'theme'];

/**
 * The A1 address of one field of one action (by stable id) in the sheet as last validated, or null when
 * the action is not in the sheet or the field has no column of its own.
 *
 * @example
 * addressOf(report, '3f9a0c1d2e4b', 'lead'); // 'C5'
 */
export function addressOf(report: PlanReport, id: string, field: PlanField): string | null {
  if (DERIVED_FIELDS.includes(field)) return null;
  const action = report.actions.find((a) => a.id === id) as RecognisedAction | undefined;
  const column = action?.cells?.[field] ?? report.columns[field];
  // A field read from a record's lower line (its 'Target completion') is written back there, not on the action's row.
  return action && column ? `${column}${action.cellRows?.[field] ?? action.row}` : null;
}
