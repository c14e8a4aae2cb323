import { hiasOfRow } from '../hia';
import type { Standard } from '../types';
import type { Snapshot } from '../sync';
import { createDict } from './dict';
import type { ActionSummary, EngineRow, PlanSummary } from './types';

/** Statuses and timescales are short; narrative beyond this adds nothing to a comparison and would bloat the summary. */
const MAX_SUMMARY_CHARS = 200;

/**
 * The summary of one action, or null when the row is deleted (deleted actions are not compared).
 *
 * @example
 * summariseAction(row, 'WRES'); // ['3', 'In progress', 'Q4 23/24', '2']
 */
export function summariseAction(row: EngineRow, standard: Standard): ActionSummary | null {
  if (row.deleted) return null;
  const text = (f: 'indicator' | 'status' | 'due') => (row.fields[f] ?? '').slice(0, MAX_SUMMARY_CHARS);
  return [text('indicator'), text('status'), text('due'), hiasOfRow(row.fields, standard)];
}

/**
 * The plan's summary after some rows changed: the previous summary with those actions replaced (or
 * dropped when deleted), at the new revision. Starts from nothing when there is no previous summary.
 *
 * @example
 * updateSummary(null, { trust: 'RXT', standard: 'WRES' }, changedRows, { revision: 5, lastUpdate: '2023-10-31T09:00:00Z', latestSnapshot: null });
 */
export function updateSummary(
  previous: PlanSummary | null,
  plan: { trust: string; standard: Standard },
  rows: Iterable<EngineRow>,
  head: { revision: number; lastUpdate: string | null; latestSnapshot: Snapshot | null },
): PlanSummary {
  const actions = createDict<ActionSummary>(previous?.actions ?? {});
  for (const row of rows) {
    const summary = summariseAction(row, plan.standard);
    if (summary) actions[row.id] = summary;
    else delete actions[row.id];
  }
  return { trust: plan.trust, revision: head.revision, lastUpdate: head.lastUpdate, latestSnapshot: head.latestSnapshot, actions };
}
