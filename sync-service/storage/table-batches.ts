import type { TransactionAction } from '@azure/data-tables';
import type { Entity } from './table-entities';

/** Table Storage allows 100 operations per transaction. */
export const MAX_BATCH_OPS = 100;
/** A transaction's request is capped at 4 MiB; stay well under it (JSON escaping of our JSON adds a little). */
export const MAX_BATCH_BYTES = 3 * 1024 * 1024;

/**
 * Bytes an entity takes on the wire, near enough: UTF-8 of its strings, a tenth more for escapes, and overhead.
 *
 * @example
 * entityBytes({ partitionKey: 'p', rowKey: 'r', j0: '中' }); // ~ 3 + 2 + 1 + overhead
 */
export function entityBytes(entity: Entity): number {
  let bytes = 300;
  for (const [k, v] of Object.entries(entity)) bytes += k.length + (typeof v === 'string' ? Math.ceil(Buffer.byteLength(v) * 1.1) : 24);
  return bytes;
}

/**
 * Groups actions into transactions of at most MAX_BATCH_OPS operations and MAX_BATCH_BYTES, in order.
 *
 * @example
 * toBatches(rows.map((e) => ['upsert', e, 'Replace'])); // [[…100], [[…]]
 */
export function toBatches(actions: TransactionAction[]): TransactionAction[][] {
  const batches: TransactionAction[][] = [];
  let batch: TransactionAction[] = [];
  let bytes = 0;
  for (const action of actions) {
    const size = entityBytes(action[1] as Entity);
    if (batch.length >= MAX_BATCH_OPS || (batch.length && bytes + size > MAX_BATCH_BYTES)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(action);
    bytes += size;
  }
  if (batch.length) batches.push(batch);
  return batches;
}

/** Whether actions fit one transaction. */
export const fitsOneBatch = (actions: TransactionAction[]) =>
  actions.length <= MAX_BATCH_OPS && actions.reduce((n, a) => n + entityBytes(a[1] as Entity), 0) <= MAX_BATCH_BYTES;
