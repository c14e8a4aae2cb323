import { PLAN_FIELDS, type PlanField } from '../../shared/types';
import type { Change, PlanFields } from '../../shared/sync';

/** A plan row as the pane reads it from the sheet: its stable id and its field values. */
export interface SyncRow {
  id: string;
  fields: PlanFields;
}

/**
 * The changes that turn `base` (last synced) into `rows` (the sheet now): only fields that differ,
 * new rows with their non-empty fields, and deletions for rows that are gone. Each change carries the
 * base values it was made against, so the service can three-way merge it.
 *
 * @example
 * diffRows([{ id: 'a1', fields: { lead: 'Bob' } }], { a1: { lead: 'Ann' } });
 * // [{ id: 'a1', base: { lead: 'Ann' }, set: { lead: 'Bob' } }]
 */
export function diffRows(rows: SyncRow[], base: Record<string, PlanFields>): Change[] {
  const changes: Change[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    seen.add(row.id);
    const before = base[row.id];
    const set: PlanFields = {};
    const was: PlanFields = {};
    for (const f of PLAN_FIELDS) {
      // A field this sheet has no column for is not "emptied": leave the shared value alone.
      if (before && row.fields[f] === undefined) continue;
      const now = row.fields[f] ?? '';
      const then = before?.[f] ?? '';
      if (now !== then) {
        set[f] = now;
        if (before) was[f] = then;
      }
    }
    if (Object.keys(set).length) changes.push({ id: row.id, base: was, set });
  }
  for (const [id, fields] of Object.entries(base)) {
    if (seen.has(id)) continue;
    const was = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== '')) as Partial<Record<PlanField, string>>;
    changes.push({ id, delete: true, base: was });
  }
  return changes;
}
