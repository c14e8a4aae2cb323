import type { PlanField } from '../types';
import type { ChangeEntry } from '../sync';
import { createDict } from './dict';
import type { EngineRow, Stamp } from './types';

/**
 * A copy of a row whose maps are fresh and prototype-free (safe to change, safe to index by outside keys).
 *
 * @example
 * const mine = copyRow(stored); mine.fields.lead = 'Bob'; // stored is unchanged
 */
export const copyRow = (row: EngineRow): EngineRow => ({ ...row, fields: createDict(row.fields as Record<string, string>), stamps: createDict(row.stamps as Record<string, Stamp>) });

/**
 * Replays change-log entries (in revision order) over rows, and returns every row they touched as it is
 * afterwards. A step the row already holds (its revision ≤ the row's) is skipped, so replaying over rows
 * that are partly up to date is safe. The one replay behind catch-up, read-time repair, snapshots, diffs
 * and the pane's pull.
 *
 * @example
 * replay(new Map(), [{ revision: 1, id: 'a1', field: 'lead', value: 'Ann', by: 'Ann', sub: 'u1', at: '…' }]).get('a1')!.fields.lead; // 'Ann'
 */
export function replay(rows: ReadonlyMap<string, EngineRow>, changes: Iterable<ChangeEntry>): Map<string, EngineRow> {
  const touched = new Map<string, EngineRow>();
  for (const c of changes) {
    let row = touched.get(c.id);
    if (!row) {
      const stored = rows.get(c.id);
      row = stored ? copyRow(stored) : { id: c.id, fields: createDict(), stamps: createDict(), deleted: null, rev: 0 };
    }
    const stamp: Stamp = { by: c.by, sub: c.sub ?? '', at: c.at, rev: c.revision };
    const stored = rows.get(c.id);
    if (stored && c.revision <= stored.rev) continue;
    if (c.field === 'deleted') row.deleted = stamp;
    else {
      row.fields[c.field as PlanField] = c.value ?? '';
      row.stamps[c.field as PlanField] = stamp;
    }
    row.rev = Math.max(row.rev, c.revision);
    touched.set(c.id, row);
  }
  return touched;
}
