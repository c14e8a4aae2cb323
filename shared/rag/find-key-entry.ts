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
  for (const { entry, labelWords, labelLetters } of labelsOf(key.entries)) {
    const startsWith = labelWords.length <= words.length && labelWords.every((w, i) => w === words[i]);
    // 'Inprogress' and 'In-progress' are the same status.
    const sameLetters = labelLetters === joined;
    if ((startsWith || sameLetters) && (!best || labelWords.length > best.length)) best = { entry, length: labelWords.length };
  }
  return best?.entry ?? null;
}

type LabelWords = { entry: RagKeyEntry; labelWords: string[]; labelLetters: string };

/** Normalised labels per key, cached: a plan's thousands of statuses are matched against the same few labels. */
const LABEL_CACHE = new WeakMap<RagKeyEntry[], { size: number; labels: LabelWords[] }>();

function labelsOf(entries: RagKeyEntry[]): LabelWords[] {
  const cached = LABEL_CACHE.get(entries);
  if (cached && cached.size === entries.length) return cached.labels;
  const labels: LabelWords[] = [];
  for (const entry of entries) {
    if (!entry || typeof entry !== 'object') continue;
    for (const label of [entry.label, ...(Array.isArray(entry.aliases) ? entry.aliases : [])]) {
      const labelWords = normaliseStatus(label);
      if (labelWords.length > 0) labels.push({ entry, labelWords, labelLetters: labelWords.join('') });
    }
  }
  LABEL_CACHE.set(entries, { size: entries.length, labels });
  return labels;
}
