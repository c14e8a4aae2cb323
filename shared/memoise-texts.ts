/** Past this many distinct triples the cache starts again, as `memoiseText` does. */
const MAX_ENTRIES = 5_000;

/**
 * `memoiseText` for a function of three texts: each distinct triple is computed once. The texts are the keys
 * themselves (no key is built by joining them, which would cost a copy and a hash of the joined text per call), so
 * texts merged down over many rows (an objective, a theme) are looked up at the cost of a pointer compare. Triples
 * longer than `maxTotalLength` together are computed every time. Results are shared: return values nobody mutates.
 *
 * @example
 * const read = memoiseTexts((a, b, c) => Object.freeze([a, b, c].join(' ').split(' ')));
 * read('In', 'progress', '') === read('In', 'progress', ''); // true: computed once
 */
export function memoiseTexts<T>(compute: (a: string, b: string, c: string) => T, maxTotalLength = 4_000): (a: string, b: string, c: string) => T {
  let cache = new Map<string, Map<string, Map<string, T>>>();
  let size = 0;
  return (a: string, b: string, c: string) => {
    if (a.length + b.length + c.length > maxTotalLength) return compute(a, b, c);
    let byB = cache.get(a);
    let byC = byB?.get(b);
    if (byC?.has(c)) return byC.get(c) as T;
    const value = compute(a, b, c);
    if (size >= MAX_ENTRIES) {
      cache = new Map();
      size = 0;
      byB = undefined;
      byC = undefined;
    }
    if (!byB) cache.set(a, (byB = new Map()));
    if (!byC) byB.set(b, (byC = new Map()));
    byC.set(c, value);
    size++;
    return value;
  };
}
