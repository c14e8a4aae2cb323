/**
 * A word → value table that is safe to index with any cell text. A plain object literal answers for
 * 'constructor', 'toString' or '__proto__' from Object.prototype, so a status cell saying "Constructor"
 * would come back as a colour; this table has no prototype and cannot be changed after it is made.
 *
 * @example
 * const COLOURS = lookupTable({ red: 'red', amber: 'amber' });
 * COLOURS['constructor']; // undefined (a plain object would give the Object function)
 */
export function lookupTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
