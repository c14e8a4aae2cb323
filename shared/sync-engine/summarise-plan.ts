import type { PlanField } from '../types';
import type { Snapshot } from '../sync';
import { createDict } from './dict';
import type { ActionSummary, EngineRow, PlanSummary } from './types';

/** The fields the region view reads of each action. Add one here to compare plans by it. */
export const SUMMARY_FIELDS: readonly PlanField[] = ['indicator', 'status', 'due'];
/** Statuses and timescales are short; narrative beyond this adds nothing to a comparison and would bloat the summary. */
const MAX_SUMMARY_CHARS = 200;

/**
 * The summary of one action, or null when the row is deleted (deleted actions are not compared).
 *
 * @example
 * summariseAction(row); // { indicator: '3', status: 'In progress', due: 'Q4 23/24' }
 */
export function summariseAction(row: EngineRow): ActionSummary | null {
  if (row.deleted) return null;
  const out: ActionSummary = {};
  for (const f of SUMMARY_FIELDS) out[f] = (row.fields[f] ?? '').slice(0, MAX_SUMMARY_CHARS);
  return out;
}

/**
 * The plan's summary after some rows changed: the previous summary with those actions replaced (or
 * dropped when deleted), at the new revision. Starts from nothing when there is no previous summary.
 *
 * @example
 * updateSummary(null, 'RXT', changedRows, { revision: 5, lastUpdate: '2023-10-31T09:00:00Z', latestSnapshot: null });
 */
export function updateSummary(
  previous: PlanSummary | null,
  trust: string,
  rows: Iterable<EngineRow>,
  head: { revision: number; lastUpdate: string | null; latestSnapshot: Snapshot | null },
): PlanSummary {
  const actions = createDict<ActionSummary>(previous?.actions ?? {});
  for (const row of rows) {
    const summary = summariseAction(row);
    if (summary) actions[row.id] = summary;
    else delete actions[row.id];
  }
  return { trust, revision: head.revision, lastUpdate: head.lastUpdate, latestSnapshot: head.latestSnapshot, actions };
}
