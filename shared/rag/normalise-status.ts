import { memoiseText } from '../memoise-text';
import { lookupTable } from '../lookup-table';
import type { Rag } from '../types';
import { COLOUR_WORDS, emojiAsColourWords } from './colour-words';

/**
 * Status text reduced to comparable words: lower case, markup and punctuation gone, each word lightly stemmed
 * so 'Completed', 'complete' and 'COMPLETE.' compare equal. A leading 'Status:' / 'RAG:' label is dropped, and a
 * RAG emoji ('🟢') is its colour word. A status of marks alone ('✓', '◐ ') is its marks.
 *
 * @example
 * normaliseStatus('RAG: Completed - see minutes') // ['complet', 'see', 'minut']
 */
export function normaliseStatus(text: string): readonly string[] {
  return normaliseCached(String(text ?? ''));
}

// Statuses repeat over every row of a plan: each distinct text is normalised once.
const normaliseCached = memoiseText((text: string): readonly string[] => {
  const words = emojiAsColourWords(text.slice(0, 2000))
    .toLowerCase()
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  // A status that is only a mark ('✓', '◐', '➜') is that mark: a key may say what each one means.
  if (words.length === 0) return Object.freeze(text.split(/\s+/).filter((w) => w !== '' && MARK.test(w)).slice(0, 3));
  while (words.length > 1 && STATUS_PREFIX.has(words[0])) words.shift();
  return Object.freeze(words.map(stem));
});

/** A mark of one to three symbols, not markup or an entity. */
const MARK = /^[^\p{L}\p{N}\s<>&;]{1,3}$/u;

const STATUS_PREFIX = new Set(['status', 'rag', 'brag', 'rating', 'progress', 'current']);

/** A status word's stem, as `normaliseStatus` gives it ('Blue' → 'blu', 'Completed' → 'complet'). */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  return word.replace(/(ing|ed|es|e|s)$/, '');
}

// Status words arrive stemmed ('Blue' as 'blu', 'Orange' as 'orang'): the colour words, stemmed the same way.
const COLOUR_OF_STEM = lookupTable<Rag>(Object.fromEntries(Object.entries(COLOUR_WORDS).map(([word, rag]) => [stem(word), rag])));

/**
 * The RAG colour a status's words (`normaliseStatus`) open with: a colour word ('Blue' as 'blu', 'Amber delayed'), or a
 * one-letter code standing alone ('G'; 'A review…' is not amber). Null otherwise. The one test of a status stating its
 * colour in words, for reading the status (`statusToRag`) and for accepting it though the key does not name it.
 *
 * @example
 * colourOpening(normaliseStatus('Blue')) // 'blue'
 * colourOpening(normaliseStatus('A review held')) // null
 */
export function colourOpening(words: readonly string[]): Rag | null {
  const colour = words.length > 0 ? COLOUR_OF_STEM[words[0]] : undefined;
  return colour && (words[0].length > 1 || words.length === 1) ? colour : null;
}
