import type { RagKey, RagKeyEntry } from '../types';
import { normaliseStatus } from './normalise-status';

/**
 * The key entry a status names, matched on whole words from the start so extra words are allowed
 * ('Completed - see minutes' → Completed) but narrative is not ('A review has been completed' → null).
 * The longest matching label wins ('Not yet begun' over 'begun').
 *
 * @example
 * findKeyEntry('In progress.', DEFAULT_RAG_KEY)?.label // 'In Progress'
 */
export function findKeyEntry(status: string, key: RagKey): RagKeyEntry | null {
  const words = normaliseStatus(status);
  if (words.length === 0 || !key || !Array.isArray(key.entries)) return null;
  const joined = words.join('');
  let best: { entry: RagKeyEntry; length: number } | null = null;
  for (const entry of key.entries) {
    for (const label of [entry.label, ...(entry.aliases ?? [])]) {
      const labelWords = normaliseStatus(label);
      if (labelWords.length === 0) continue;
      const startsWith = labelWords.length <= words.length && labelWords.every((w, i) => w === words[i]);
      // 'Inprogress' and 'In-progress' are the same status.
      const sameLetters = labelWords.join('') === joined;
      if ((startsWith || sameLetters) && (!best || labelWords.length > best.length)) best = { entry, length: labelWords.length };
    }
  }
  return best?.entry ?? null;
}
