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
  return COLOUR_WORDS[String(word).trim().toLowerCase()] ?? null;
}
