import { lookupTable } from '../lookup-table';
import type { Rag } from '../types';

/**
 * Colour words (and the one-letter RAG codes) a plan writes for each RAG colour.
 *
 * @example
 * COLOUR_WORDS.amber // 'amber'
 */
export const COLOUR_WORDS = lookupTable<Rag>({
  red: 'red', r: 'red', amber: 'amber', a: 'amber', orange: 'amber', yellow: 'amber', green: 'green', g: 'green', blue: 'blue', b: 'blue',
});

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
