import type { Change } from '../../shared/sync';
import type { PlanField } from '../../shared/types';

/** A push that would blank or delete many rows: what the user is asked to confirm. */
export interface MassChange {
  /** Rows where a field that had a value would become empty, and which fields. */
  blanked: { id: string; fields: PlanField[] }[];
  /** Rows that would be deleted. */
  deleted: string[];
  /** Rows the plan had before. */
  rows: number;
}

/**
 * Finds a mass blanking or deletion in a set of changes: five rows or more, or half of a small plan (at least
 * two rows). A user rarely means that; a broken sheet (a column moved, a filter, a bad paste) often does.
 *
 * @example
 * massChangeOf(changes, base); // { blanked: [{ id: 'a1', fields: ['action'] }, …], deleted: [], rows: 30 } or null
 */
export function massChangeOf(changes: Change[], base: Record<string, Partial<Record<PlanField, string>>>): MassChange | null {
  const rows = Object.keys(base).length;
  const blanked: MassChange['blanked'] = [];
  const deleted: string[] = [];
  for (const c of changes) {
    if (c.delete) {
      deleted.push(c.id);
      continue;
    }
    const was = base[c.id];
    const fields = (Object.entries(c.set ?? {}) as [PlanField, string][]).filter(([f, v]) => v === '' && (was?.[f] ?? '') !== '').map(([f]) => f);
    if (fields.length) blanked.push({ id: c.id, fields });
  }
  const threshold = Math.max(2, Math.min(5, Math.ceil(rows / 2)));
  return blanked.length + deleted.length >= threshold ? { blanked, deleted, rows } : null;
}

/**
 * The question to put to the user, in words.
 *
 * @example
 * describeMassChange({ blanked: [...30 rows], deleted: [], rows: 30 }); // 'This would empty Action on 30 of the plan's 30 actions. Send it anyway?'
 */
export function describeMassChange(change: MassChange, names: Partial<Record<PlanField, string>> = {}): string {
  const fields = [...new Set(change.blanked.flatMap((b) => b.fields))].map((f) => names[f] ?? f);
  const parts = [
    change.blanked.length ? `empty ${fields.join(', ')} on ${change.blanked.length} of the plan's ${change.rows} actions` : '',
    change.deleted.length ? `delete ${change.deleted.length} of the plan's ${change.rows} actions` : '',
  ].filter(Boolean);
  return `This would ${parts.join(' and ')} for everyone who shares the plan. Send it anyway?`;
}
