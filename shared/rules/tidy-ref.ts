import { memoiseText } from '../memoise-text';

/**
 * A ref as rules compare refs: case, dots and spacing set aside ('2.A' and '2 a' are one ref). Two rules compare
 * every action's ref, so each distinct ref is tidied once.
 *
 * @example
 * tidyRef(' 2.A ') // '2 a'
 */
export function tidyRef(ref: string): string {
  return tidyCached(ref);
}

const tidyCached = memoiseText((ref: string) => ref.toLowerCase().replace(/[\s.]+/g, ' ').trim());
