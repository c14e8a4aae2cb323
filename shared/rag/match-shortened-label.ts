import type { RagKeyEntry } from '../types';
import { normaliseStatus } from './normalise-status';

/** Words that say nothing alone: a status of only these ('Not', 'On') names no entry, however it fits. */
const EMPTY_WORDS = new Set(['not', 'no', 'yet', 'on', 'in', 'but', 'and', 'or', 'of', 'the', 'to', 'for', 'a', 'some', 'all', 'at']);

/**
 * The key entry a status names in fewer words than its label, as trusts write a long key's statuses in their cells:
 * 'Started' for 'Started but not complete', 'Not started' for 'Not yet started', 'New' for 'New action added September
 * 2019'. Every word of the status must stand in the label in the same order, the first being the label's first (so
 * 'Started' is not 'Not yet started', which it ends). Each fitting entry scores how many of the label's leading words the
 * status gives in a row ('Started' gives 'Started but not complete' one, 'Not started' gives 'Not yet started' one); the
 * best entry is the status's only when no other entry scores as well — two entries fitting equally is no match, unless they
 * are one label in one colour written twice (a key above the table and again under it).
 * `words` and each label's words are normalised (see `normaliseStatus`).
 *
 * @example
 * matchShortenedLabel(['start'], [{ entry: notYet, labelWords: ['not', 'yet', 'start'] }, { entry: begun, labelWords: ['start', 'but', 'not', 'complet'] }]) // begun
 */
export function matchShortenedLabel(words: readonly string[], labels: readonly { entry: RagKeyEntry; labelWords: readonly string[] }[]): RagKeyEntry | null {
  if (words.length === 0 || words.every((w) => EMPTY_WORDS.has(w))) return null;
  // A key stated twice (a key block above the table and the key line under it) gives each status twice: the same label
  // in the same colour is one entry however often it is written, so its copies are no rivals (the first is kept).
  const best = new Map<string, [RagKeyEntry, number]>();
  for (const { entry, labelWords } of labels) {
    const score = shortenedScore(words, labelWords);
    const same = `${entry.rag}|${normaliseStatus(entry.label).join(' ')}`;
    const held = best.get(same);
    if (score > (held?.[1] ?? 0)) best.set(same, [held?.[0] ?? entry, score]);
  }
  const ranked = [...best.values()].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[1][1] === ranked[0][1])) return null;
  return ranked[0][0];
}

/** How many leading words of the label the status gives in a row, when all its words stand in the label in order; else 0. */
function shortenedScore(words: readonly string[], labelWords: readonly string[]): number {
  if (words.length >= labelWords.length || words[0] !== labelWords[0]) return 0;
  let at = 0;
  for (const word of words) {
    while (at < labelWords.length && labelWords[at] !== word) at++;
    if (at === labelWords.length) return 0;
    at++;
  }
  let leading = 0;
  while (leading < words.length && words[leading] === labelWords[leading]) leading++;
  return leading;
}
