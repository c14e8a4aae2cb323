import type { ChangeEntry } from '../sync';
import type { LogRecord } from './types';

/**
 * Flattens committed log records into the changes feed's entries: one per step, in order, each with who
 * (display name and stable subject id) and when.
 *
 * @example
 * changesOf([{ revision: 3, commit: 'c', pushId: 'p', by: 'Ann', sub: 'u1', at: '…', entries: [['a1', 'lead', 'Ann']] }]);
 * // [{ revision: 3, id: 'a1', field: 'lead', value: 'Ann', by: 'Ann', sub: 'u1', at: '…' }]
 */
export function changesOf(records: Iterable<LogRecord>): ChangeEntry[] {
  const out: ChangeEntry[] = [];
  for (const r of records) {
    for (const [id, field, value] of r.entries) out.push({ revision: r.revision, id, field, value, by: r.by, sub: r.sub, at: r.at });
  }
  return out;
}
