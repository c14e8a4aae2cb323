import { PLAN_FIELDS } from '../types';
import type { PlanRow } from '../sync';
import type { EngineRow, Stamp } from './types';

/**
 * A row as the API shows it: every field (empty when never set), its revision, who changed it last and when,
 * and `deleted` for a tombstone.
 *
 * @example
 * toPlanRow(row); // { id: 'a1', fields: { ref: '', …, lead: 'Ann' }, rev: 3, updatedBy: 'Ann', updatedAt: '…' }
 */
export function toPlanRow(row: EngineRow): PlanRow {
  let last: Stamp | null = row.deleted;
  for (const stamp of Object.values(row.stamps)) if (stamp && (!last || stamp.rev > last.rev)) last = stamp;
  return {
    id: row.id,
    fields: Object.fromEntries(PLAN_FIELDS.map((f) => [f, row.fields[f] ?? ''])),
    rev: row.rev,
    updatedBy: last?.by ?? '',
    updatedAt: last?.at ?? '',
    ...(row.deleted ? { deleted: true } : {}),
  };
}
