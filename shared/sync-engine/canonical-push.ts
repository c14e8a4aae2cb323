import type { PushRequest } from '../sync';

const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  return value;
};

/**
 * The push's changes as one canonical text (keys sorted), for fingerprinting: two bodies with the same
 * changes give the same text whatever their key order.
 *
 * @example
 * canonicalPush({ pushId, changes: [{ id: 'a1', set: { lead: 'Bob' }, base: {} }] }); // '[{"base":{},"id":"a1","set":{"lead":"Bob"}}]'
 */
export function canonicalPush(request: PushRequest): string {
  return JSON.stringify(sortKeys(request.changes));
}
