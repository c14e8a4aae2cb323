/**
 * A record with no prototype: keys from outside (row ids, field names) can never reach `Object.prototype`,
 * and a lookup of "constructor" or "__proto__" finds nothing unless it was put there.
 *
 * @example
 * const base = createDict<string>();
 * base.__proto__ = 'x'; // an own key, not the prototype
 * createDict({ a: 1 }).a; // 1
 */
export function createDict<T>(from?: Record<string, T> | Iterable<readonly [string, T]>): Record<string, T> {
  const dict = Object.create(null) as Record<string, T>;
  if (!from) return dict;
  const entries = Symbol.iterator in from ? (from as Iterable<readonly [string, T]>) : Object.entries(from);
  // defineProperty, not assignment: even "__proto__" becomes a plain own key.
  for (const [key, value] of entries) Object.defineProperty(dict, key, { value, enumerable: true, writable: true, configurable: true });
  return dict;
}
