import type { Applied, Conflict, PushRequest, PushResponse } from '../sync';
import { mergeChange } from './merge-change';
import type { Author, ConflictRef, EngineRow, LogEntry, LogRecord, Receipt } from './types';

export interface PushOutcome {
  /** The plan's revision after the push: one more when anything changed, the same otherwise. */
  revision: number;
  /** Rows the push changed, as they are now. */
  rows: EngineRow[];
  /** The change-log record to commit, or null when nothing changed. */
  record: LogRecord | null;
  /** The answer for the client, conflicts with their values. */
  response: PushResponse;
  /** The answer as kept for a retried pushId: conflicts as pointers, never copies of long values. */
  receipt: Receipt;
}

export interface PushIds {
  /** Random id of this commit (the caller draws it: the engine has no randomness and no clock). */
  commit: string;
  /** Hash of the push's changes (see canonicalPush). */
  fingerprint: string;
}

/**
 * Applies a push to a plan: merges each change into its row (three-way, per field) and returns the new rows,
 * the log record, the client's answer and the receipt. Pure: `rows` must hold every stored row the push touches.
 *
 * @example
 * const out = applyPush({ revision: 4, rows }, { pushId, changes: [{ id: 'a1', base: { lead: 'Ann' }, set: { lead: 'Bob' } }] },
 *   { by: 'Bob Jones', sub: 'b-1', at: '2023-10-31T09:00:00Z' }, { commit: 'c5', fingerprint: 'f' });
 * out.revision; // 5
 */
export function applyPush(state: { revision: number; rows: ReadonlyMap<string, EngineRow> }, request: PushRequest, author: Author, ids: PushIds): PushOutcome {
  const revision = state.revision + 1;
  const stamp = { ...author, rev: revision };
  const rows: EngineRow[] = [];
  const entries: LogEntry[] = [];
  const applied: Applied[] = [];
  const conflicts: Conflict[] = [];
  const refs: ConflictRef[] = [];
  request.changes.forEach((change, index) => {
    const result = mergeChange(state.rows.get(change.id) ?? null, change, stamp);
    for (const { rev, ...c } of result.conflicts) {
      conflicts.push(c);
      refs.push({ change: index, field: c.field, reason: c.reason, rev });
    }
    for (const f of result.applied) entries.push([change.id, f, result.row!.fields[f] ?? '']);
    if (result.deleted) entries.push([change.id, 'deleted', 'true']);
    if (result.applied.length || result.deleted) {
      rows.push(result.row!);
      applied.push({ id: change.id, fields: result.applied, ...(result.deleted ? { deleted: true } : {}) });
    }
  });
  const changed = entries.length > 0;
  const at = changed ? revision : state.revision;
  const record: LogRecord | null = changed ? { revision, commit: ids.commit, pushId: request.pushId, ...author, entries } : null;
  return {
    revision: at,
    rows,
    record,
    response: { revision: at, applied, conflicts },
    receipt: { pushId: request.pushId, fingerprint: ids.fingerprint, revision: at, changed, conflicts: refs },
  };
}
