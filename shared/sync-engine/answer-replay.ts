import type { PlanField } from '../types';
import type { Conflict, PushRequest, PushResponse } from '../sync';
import type { LogRecord, Receipt } from './types';

/**
 * The revisions whose log a receipt's conflicts point at (to be read before answering a replay).
 *
 * @example
 * revisionsOfReceipt(receipt); // [3, 7]
 */
export function revisionsOfReceipt(receipt: Receipt): number[] {
  return [...new Set(receipt.conflicts.map((c) => c.rev).filter((rev) => rev > 0))];
}

/**
 * Rebuilds the first answer to a push from its receipt: base and mine come from the push itself (the same
 * body: the fingerprint was checked), theirs and who from the log revision each conflict points at.
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
  return { revision: receipt.revision, applied: receipt.applied, conflicts, replayed: true };
}
