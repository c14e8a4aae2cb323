import { lookupTable } from '../lookup-table';
import type { Rag } from '../types';

/**
 * Colour words (and the one-letter RAG codes) a plan writes for each RAG colour.
 *
 * @example
 * COLOUR_WORDS.amber // 'amber'
 */
export const COLOUR_WORDS = lookupTable<Rag>({
  red: 'red', r: 'red', pink: 'red', amber: 'amber', a: 'amber', green: 'green', g: 'green', blue: 'blue', b: 'blue', orange: 'amber', yellow: 'amber',
});

/**
 * The colour words of `COLOUR_WORDS` (its one-letter codes aside) as a regex alternation, for the patterns that find a
 * key's colours in text: one list, so a colour word added there ('pink') is found everywhere.
 *
 * @example
 * COLOUR_NAMES // 'red|pink|amber|green|blue|orange|yellow'
 */
export const COLOUR_NAMES = Object.keys(COLOUR_WORDS).filter((word) => word.length > 1).join('|');

/**
 * A shade a key may put before its colour word ('pale blue', 'light green', 'dark red'), as a regex source: a plan whose
 * statuses sit on pale fills names them so. The shade says how the fill looks, not which RAG colour it is.
 *
 * @example
 * new RegExp(`^${SHADE}blue$`).test('pale blue') // true
 */
export const SHADE = '(?:(?:pale|light|dark|bright|deep|mid)\\s+)?';

/**
 * The RAG colour a single word names ('Red', 'amber', 'G'), or null.
 *
 * @example
 * colourOfWord('Amber') // 'amber'
 */
export function colourOfWord(word: string): Rag | null {
  const text = String(word);
  // Colour words are short: whole narrative cells come through here, and need no lower-casing to be ruled out.
  if (text.length > 6 && !/^\s*\S{1,6}\s*$/.test(text)) return null;
  return COLOUR_WORDS[text.trim().toLowerCase()] ?? null;
}

/**
 * Coloured circles and squares trusts type as RAG marks ('🟢', '🔵 complete'), and the white and black ones a key marks a
 * status with no colour by ('⚪ not started yet'): each as its colour word.
 */
const EMOJI_WORD = lookupTable<string>({
  '🔴': 'red', '🟥': 'red', '🟠': 'amber', '🟧': 'amber', '🟡': 'amber', '🟨': 'amber', '🟢': 'green', '🟩': 'green', '🔵': 'blue', '🟦': 'blue',
  '⚪': 'white', '⬜': 'white', '⚫': 'black', '⬛': 'black',
});
const EMOJI = /[🔴🟥🟠🟧🟡🟨🟢🟩🔵🟦⚪⬜⚫⬛]/gu;
/** Cheap test first: every coloured emoji sits in the supplementary planes (a surrogate pair), or is one of the four plain ones. */
const MAY_HAVE_EMOJI = /[\uD83D\u26AA\u26AB\u2B1B\u2B1C]/;

/**
 * The text with each RAG emoji written as its colour word, so a status '🟢' reads as 'green' and a key
 * '🔵 complete · 🟢 on track · ⚪ not started' as colour words with labels ('white' naming no RAG colour); `then` is written
 * after each (' = ' for a key).
 *
 * @example
 * emojiAsColourWords('🔵 complete', ' = ') // ' blue =  complete'
 */
export function emojiAsColourWords(text: string, then = ' '): string {
  if (!MAY_HAVE_EMOJI.test(text)) return text;
  return text.replace(EMOJI, (e) => ` ${EMOJI_WORD[e]}${then}`);
}
