import type { PlanField } from '../types';
import type { Applied, Conflict, PushRequest, PushResponse } from '../sync';
import type { LogRecord, Receipt } from './types';

/**
 * The revisions whose log a receipt's conflicts point at (to be read before answering a replay).
 *
 * @example
 * revisionsOfReceipt(receipt); // [3, 7]
 */
export function revisionsOfReceipt(receipt: Receipt): number[] {
  const revs = receipt.conflicts.map((c) => c.rev).filter((rev) => rev > 0);
  return [...new Set(receipt.changed ? [receipt.revision, ...revs] : revs)].sort((a, b) => a - b);
}

/** What a push applied, read back from the log record it wrote: fields per row in order, and deletions. */
function appliedOf(record: LogRecord | undefined): Applied[] {
  const byId = new Map<string, Applied>();
  for (const [id, field] of record?.entries ?? []) {
    const applied = byId.get(id) ?? { id, fields: [] };
    if (field === 'deleted') applied.deleted = true;
    else applied.fields.push(field);
    byId.set(id, applied);
  }
  return [...byId.values()];
}

/**
 * Rebuilds the first answer to a push from its receipt: what it applied from the log record it wrote, base and
 * mine from the push itself (the same body: the fingerprint was checked), theirs and who from the log revision
 * each conflict points at.
 *
 * @example
 * answerReplay(receipt, request, new Map([[3, record3]])); // { revision, applied, conflicts, replayed: true }
 */
export function answerReplay(receipt: Receipt, request: PushRequest, records: ReadonlyMap<number, LogRecord>): PushResponse {
  const conflicts = receipt.conflicts.map((ref): Conflict => {
    const change = request.changes[ref.change];
    const field = ref.field as PlanField;
    const base = (change.base as Partial<Record<PlanField, string | null>>)[field] ?? null;
    const mine = change.delete ? null : (change.set?.[field] ?? null);
    const record = records.get(ref.rev);
    const by = record?.by ?? null;
    const at = record?.at ?? null;
    if (ref.reason === 'deleted') return { id: change.id, field, base, mine, theirs: null, reason: 'deleted', by, at };
    const step = record?.entries.find(([id, f]) => id === change.id && f === field);
    return { id: change.id, field, base, mine, theirs: step ? step[2] : '', reason: 'changed', by, at };
  });
  const applied = receipt.changed ? appliedOf(records.get(receipt.revision)) : [];
  return { revision: receipt.revision, applied, conflicts, replayed: true };
}
