import type { PlanField } from '../types';
import type { Change, Conflict } from '../sync';
import { createDict } from './dict';
import type { EngineRow, Stamp } from './types';

export interface MergeResult {
  /** The row after the change, or null when nothing was stored and nothing landed. */
  row: EngineRow | null;
  /** Fields that took the new value. */
  applied: PlanField[];
  /** True when the change deleted the row. */
  deleted: boolean;
  /** Each conflict with the revision of the value it met (0: never set). */
  conflicts: (Conflict & { rev: number })[];
}

const valueOf = (row: EngineRow | null, f: PlanField) => row?.fields[f] ?? '';

function conflict(change: Change, field: PlanField, mine: string | null, theirs: string | null, stamp: Stamp | null | undefined, reason: Conflict['reason']) {
  const base = (change.base as Partial<Record<PlanField, string | null>>)[field] ?? null;
  return { id: change.id, field, base, mine, theirs, reason, by: stamp?.by ?? null, at: stamp?.at ?? null, rev: stamp?.rev ?? 0 };
}

/**
 * Merges one client change into a stored row, field by field (three-way: stored vs base vs mine).
 * A field whose stored value still equals the base takes the new value; one already equal to the new
 * value is a no-op; anything else keeps the stored value and comes back as a conflict — never dropped.
 * A deleted row stays deleted (edits to it are reported, never resurrect it); a delete loses to any
 * field someone else changed since the deleter's base.
 *
 * @example
 * const r = mergeChange(stored, { id: 'a1', base: { lead: 'Ann' }, set: { lead: 'Bob' } }, stamp);
 * r.applied; // ['lead'] when the stored lead is still 'Ann'
 */
export function mergeChange(stored: EngineRow | null, change: Change, stamp: Stamp): MergeResult {
  const base = change.base as Partial<Record<PlanField, string | null>>;
  if (stored?.deleted) {
    // A tombstone never comes back: report every attempted edit so the editor knows why it did not land.
    const touched = change.delete ? [] : (Object.keys(change.set ?? {}) as PlanField[]);
    return { row: stored, applied: [], deleted: false, conflicts: touched.map((f) => conflict(change, f, change.set![f] ?? null, null, stored.deleted, 'deleted')) };
  }
  if (change.delete) {
    if (!stored) return { row: null, applied: [], deleted: false, conflicts: [] };
    // The delete was decided on the deleter's view of the row; any field changed since wins over it.
    const changedSince = (Object.keys(stored.fields) as PlanField[]).filter((f) => valueOf(stored, f) !== (base[f] ?? ''));
    if (changedSince.length) return { row: stored, applied: [], deleted: false, conflicts: changedSince.map((f) => conflict(change, f, null, valueOf(stored, f), stored.stamps[f], 'changed')) };
    return { row: { ...stored, deleted: stamp, rev: stamp.rev }, applied: [], deleted: true, conflicts: [] };
  }
  const next: EngineRow = stored
    ? { ...stored, fields: createDict(stored.fields as Record<string, string>), stamps: createDict(stored.stamps as Record<string, Stamp>) }
    : { id: change.id, fields: createDict(), stamps: createDict(), deleted: null, rev: 0 };
  const applied: PlanField[] = [];
  const conflicts: MergeResult['conflicts'] = [];
  for (const [field, mine] of Object.entries(change.set ?? {}) as [PlanField, string][]) {
    const theirs = valueOf(stored, field);
    if (theirs === mine) continue;
    if (theirs !== (base[field] ?? '')) {
      conflicts.push(conflict(change, field, mine, theirs, stored?.stamps[field], 'changed'));
      continue;
    }
    next.fields[field] = mine;
    next.stamps[field] = stamp;
    applied.push(field);
  }
  if (applied.length) next.rev = stamp.rev;
  if (!stored && !applied.length) return { row: null, applied, deleted: false, conflicts };
  return { row: next, applied, deleted: false, conflicts };
}
