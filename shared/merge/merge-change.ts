import type { PlanField } from '../types';
import type { Change, Conflict, PlanFields } from '../sync';

/** A row as the store holds it: values plus who last changed each field. */
export interface StoredRow {
  id: string;
  fields: PlanFields;
  /** field → who/when of its last change. */
  meta: Partial<Record<PlanField, { by: string; at: string }>>;
  deleted: boolean;
  deletedBy?: string;
  deletedAt?: string;
}

export interface MergeResult {
  /** The row after the change, or null when nothing was stored and nothing landed. */
  row: StoredRow | null;
  /** Fields that took the new value. */
  applied: PlanField[];
  /** True when the change deleted the row. */
  deleted: boolean;
  conflicts: Conflict[];
}

/**
 * Merges one client change into a stored row, field by field (three-way: stored vs base vs mine).
 * A field whose stored value still equals the base takes the new value; one already equal to the new
 * value is a no-op; anything else keeps the stored value and comes back as a conflict — never dropped.
 * A deleted row stays deleted (edits to it are reported, never resurrect it); a delete loses to any
 * field someone else changed since the deleter's base.
 *
 * @example
 * const r = mergeChange(stored, { id: 'a1', base: { lead: 'Ann' }, set: { lead: 'Bob' } }, { by: 'bob', at: '2023-10-31T09:00:00Z' });
 * r.applied; // ['lead'] when the stored lead is still 'Ann'
 */
export function mergeChange(stored: StoredRow | null, change: Change, who: { by: string; at: string }): MergeResult {
  const base = (change.base ?? {}) as Partial<Record<PlanField, string | null>>;
  const current = stored?.fields ?? {};
  const valueOf = (f: PlanField) => current[f] ?? '';

  if (stored?.deleted) {
    // A tombstone never comes back: report every attempted edit so the editor knows why it did not land.
    const touched = change.delete ? [] : (Object.keys(change.set ?? {}) as PlanField[]);
    return {
      row: stored,
      applied: [],
      deleted: false,
      conflicts: touched.map((field) => ({
        id: change.id, field, base: base[field] ?? null, mine: change.set?.[field] ?? null, theirs: null,
        reason: 'deleted' as const, by: stored.deletedBy ?? null, at: stored.deletedAt ?? null,
      })),
    };
  }

  if (change.delete) {
    if (!stored) return { row: null, applied: [], deleted: false, conflicts: [] };
    // The delete was decided on the deleter's view of the row; any field changed since wins over it.
    const changedSince = (Object.keys(current) as PlanField[]).filter((f) => valueOf(f) !== (base[f] ?? ''));
    if (changedSince.length > 0) {
      return {
        row: stored,
        applied: [],
        deleted: false,
        conflicts: changedSince.map((field) => ({
          id: change.id, field, base: base[field] ?? null, mine: null, theirs: valueOf(field),
          reason: 'changed' as const, by: stored.meta[field]?.by ?? null, at: stored.meta[field]?.at ?? null,
        })),
      };
    }
    return { row: { ...stored, deleted: true, deletedBy: who.by, deletedAt: who.at }, applied: [], deleted: true, conflicts: [] };
  }

  const next: StoredRow = stored
    ? { ...stored, fields: { ...stored.fields }, meta: { ...stored.meta } }
    : { id: change.id, fields: {}, meta: {}, deleted: false };
  const applied: PlanField[] = [];
  const conflicts: Conflict[] = [];
  for (const [key, mine] of Object.entries(change.set ?? {}) as [PlanField, string][]) {
    const theirs = valueOf(key);
    if (theirs === mine) continue;
    if (theirs === (base[key] ?? '')) {
      next.fields[key] = mine;
      next.meta[key] = who;
      applied.push(key);
    } else {
      conflicts.push({
        id: change.id, field: key, base: base[key] ?? null, mine, theirs,
        reason: 'changed', by: stored?.meta[key]?.by ?? null, at: stored?.meta[key]?.at ?? null,
      });
    }
  }
  if (!stored && applied.length === 0) return { row: null, applied, deleted: false, conflicts };
  return { row: next, applied, deleted: false, conflicts };
}
