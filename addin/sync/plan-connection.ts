import type { PlanApi } from '../api';
import type { ChangeSinceApproval } from '../../shared/report';
import { FIELD_NAMES } from '../../shared/rules/describe';
import type { PlanField, PlanReport } from '../../shared/types';
import { changedCells } from './since-approval';

/** The shared plan this workbook is connected to: its routes through the pane's one client (set by the Sync view). */
export interface PlanConnection {
  api: Pick<PlanApi, 'read' | 'diff'>;
}

let connection: PlanConnection | null = null;

/**
 * Sets (or clears) the connection other views use (Check's board summary).
 *
 * @example
 * setPlanConnection({ api: service.plan(planUrl) });
 */
export function setPlanConnection(next: PlanConnection | null): void {
  connection = next;
}

/**
 * The last board approval and what changed since, for the Board summary: undefined when not connected
 * (unknown here), null when the plan was never approved.
 *
 * @example
 * await approvalForBoard(report); // { label: 'Board approved 2024-03-28', by: 'Ann', at: '…', changes: [{ cell: 'C6', field: 'Lead', … }] }
 */
export async function approvalForBoard(report: PlanReport): Promise<{ label: string; by: string; at: string; changes: ChangeSinceApproval[] } | null | undefined> {
  if (!connection) return undefined;
  const snapshot = (await connection.api.read()).latestSnapshot;
  if (!snapshot) return null;
  const diff = await connection.api.diff(snapshot.snapshotId);
  const changes = changedCells(diff, report).map((c) => ({
    cell: c.address, field: Object.hasOwn(FIELD_NAMES, c.field) ? FIELD_NAMES[c.field as PlanField] : c.field === 'deleted' ? 'Action deleted' : c.field,
    before: c.before, after: c.after, by: c.by, at: c.at,
  }));
  return { label: snapshot.label, by: snapshot.createdBy, at: snapshot.createdAt, changes };
}
