/** Past this many distinct texts the cache starts again: a plan has a few dozen statuses and timescales, not millions. */
const MAX_ENTRIES = 5_000;

/** Texts longer than this are computed every time: caching narrative would only hold memory. */
const MAX_KEY_LENGTH = 200;

/**
 * Wraps a pure function of a short text so each distinct text is computed once. A plan repeats the
 * same few statuses ('Complete', 'In progress') and timescales ('Q4 23/24') over thousands of rows,
 * and normalising them is where the core spends its time. Results are shared between callers, so the
 * wrapped function must return values nobody mutates (freeze them, or copy on the way out). `maxKeyLength` raises
 * the 200-character limit for texts that repeat down a plan even when long (an objective merged down over its actions).
 *
 * @example
 * const words = memoiseText((s: string) => Object.freeze(s.toLowerCase().split(' ')));
 * words('In Progress') === words('In Progress'); // true: computed once
 */
export function memoiseText<T>(compute: (text: string) => T, maxKeyLength = MAX_KEY_LENGTH): (text: string) => T {
  // An undefined answer is stored as NO_VALUE, so one lookup tells a miss from a hit: a plan's distinct texts (most of a
  // real plan's cells) are each a miss, and a second lookup to check (`has`) would be asked of every one.
  let cache = new Map<string, T | typeof NO_VALUE>();
  return (text: string) => {
    if (text.length > maxKeyLength) return compute(text);
    const hit = cache.get(text);
    if (hit !== undefined) return (hit === NO_VALUE ? undefined : hit) as T;
    const value = compute(text);
    if (cache.size >= MAX_ENTRIES) cache = new Map();
    cache.set(text, value === undefined ? NO_VALUE : value);
    return value;
  };
}

/** What the cache holds for a text whose answer is undefined. */
const NO_VALUE: unique symbol = Symbol('no value');
