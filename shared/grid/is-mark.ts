import { collapse } from './cell-text';

// "✓", "●", "x", "Y", "yes", "*": a mark saying its column applies, not a value of its own.
const MARK = /^(?:[^\p{L}\p{N}\s]{1,3}|x|y|yes)$/iu;

/**
 * Whether a cell marks its column as applying to the row ("✓", "●", "x", "Yes") rather than holding a value.
 *
 * @example
 * isMark('●'); // true
 * isMark('2'); // false
 */
export function isMark(text: string): boolean {
  return MARK.test(collapse(text));
}
