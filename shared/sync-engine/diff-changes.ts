import type { PlanField } from '../types';
import type { ChangeEntry, DiffResponse } from '../sync';
import { replay } from './replay';
import type { EngineRow } from './types';

/**
 * Each change after a starting point with the value it replaced: `before` is what the row held just then
 * (null for a row that did not exist yet, or a deletion), found by replaying the changes one at a time.
 *
 * @example
 * diffChanges(rowsAtSnapshot, changesSince); // [{ id: 'a1', field: 'status', before: 'Not started', after: 'Done', by, at }]
 */
export function diffChanges(start: ReadonlyMap<string, EngineRow>, changes: readonly ChangeEntry[]): DiffResponse['changes'] {
  const rows = new Map(start);
  return changes.map((c) => {
    const row = rows.get(c.id);
    const before = c.field === 'deleted' || !row ? null : (row.fields[c.field as PlanField] ?? '');
    const [next] = replay(rows, [c]).values();
    if (next) rows.set(c.id, next);
    return { id: c.id, field: c.field, before, after: c.value, by: c.by, at: c.at };
  });
}
