/** A word: three letters together. */
const WORD = /\p{L}{3,}/u;

/**
 * Whether an action cell's text says something in words. An action says what is done; a figure in the action column
 * ('5.0%', '2021', '+0.8', '12/05/2022') or a page's bare number ('7') is a row of another table or a printed page's
 * mark, never an action.
 *
 * @example
 * writesWords('Run listening events'); // true
 * writesWords('8.2%'); // false
 */
export function writesWords(text: string): boolean {
  return WORD.test(text);
}
