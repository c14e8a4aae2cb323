import { createDict, type EngineRow } from '../../shared/sync-engine';
import type { Conflict, PlanFields } from '../../shared/sync';
import type { PlanField } from '../../shared/types';

export interface PullPlan {
  updates: { id: string; field: PlanField; value: string; by?: string; at?: string }[];
  deletions: { id: string; by: string; at: string }[];
  conflicts: Conflict[];
}

/**
 * Decides what a pull does to the sheet and the base, from what the service holds now (`server`: the changes
 * read, replayed) — mutating `base` as it goes. Only each field's latest value matters. A field edited here
 * (unsent, or different from the base) is left alone: the next push meets the other edit as a conflict.
 * After a reset (storage lost history), a cell the sheet and the base agree on but the service does not is
 * not silently put back: it becomes a conflict for the user to settle.
 *
 * @example
 * planPull(server, base, sheet, pending, false); // { updates, deletions, conflicts }
 */
export function planPull(
  server: ReadonlyMap<string, EngineRow>,
  base: Record<string, PlanFields>,
  sheet: ReadonlyMap<string, PlanFields>,
  pending: ReadonlySet<string>,
  reset: boolean,
): PullPlan {
  const out: PullPlan = { updates: [], deletions: [], conflicts: [] };
  for (const row of server.values()) {
    if (row.deleted) {
      delete base[row.id];
      out.deletions.push({ id: row.id, by: row.deleted.by, at: row.deleted.at });
      continue;
    }
    for (const [field, value] of Object.entries(row.fields) as [PlanField, string][]) {
      const was = (base[row.id] ??= createDict()) as PlanFields;
      const mine = sheet.get(row.id)?.[field];
      if (mine === value) {
        was[field] = value;
        continue;
      }
      const editedHere = pending.has(`${row.id}\u0000${field}`) || (mine !== undefined && mine !== (was[field] ?? ''));
      if (editedHere) continue;
      if (reset && mine !== undefined) {
        const stamp = row.stamps[field];
        out.conflicts.push({ id: row.id, field, base: was[field] ?? null, mine, theirs: value, reason: 'changed', by: stamp?.by ?? null, at: stamp?.at ?? null });
        continue;
      }
      was[field] = value;
      out.updates.push({ id: row.id, field, value, by: row.stamps[field]?.by, at: row.stamps[field]?.at });
    }
  }
  // After a reset, rows the service no longer knows at all were lost with its history: forget their base so
  // the next push sends them again as new.
  if (reset) for (const id of Object.keys(base)) if (!server.has(id)) delete base[id];
  return out;
}
