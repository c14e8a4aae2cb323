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
  // Every action cell is asked: three ASCII letters in a row answer at once, without the Unicode pattern; a text that
  // reaches a letter beyond ASCII before that is left to the pattern, which knows every alphabet.
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= 128) return WORD.test(text);
    const lower = ch | 32;
    if (lower >= 97 && lower <= 122) {
      if (++run === 3) return true;
    } else run = 0;
  }
  return false;
}
