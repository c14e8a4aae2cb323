import type { RagKey, RagKeyEntry } from '../types';
import { memoiseText } from '../memoise-text';
import { matchShortenedLabel } from './match-shortened-label';
import { normaliseStatus } from './normalise-status';
import { colourOfHead, statusParts } from './status-parts';

/**
 * The key entry a status names, matched on whole words from the start so extra words are allowed
 * ('Completed - see minutes' → Completed) but narrative is not ('A review has been completed' → null).
 * The longest matching label wins ('Not yet begun' over 'begun'). A status written as a state the key gives no colour or
 * a colour word, then a dash and what it means ('Open – on track', 'Blue – complete'), is the entry its meaning names.
 * A status that names no label of a plan's own key whole may be one label shortened ('Started' for 'Started but not
 * complete': see `matchShortenedLabel`), never one that two entries fit equally; the default vocabulary lists the
 * spellings it accepts, and is not guessed at so.
 *
 * @example
 * findKeyEntry('In progress.', DEFAULT_RAG_KEY)?.label // 'In Progress'
 */
export function findKeyEntry(status: string, key: RagKey): RagKeyEntry | null {
  if (!key || !Array.isArray(key.entries)) return null;
  const text = String(status ?? '');
  // Thousands of rows share a handful of statuses: each distinct text is matched once per key.
  return keyCacheOf(key.entries, key.source !== 'default').match(text);
}

function matchStatus(text: string, labels: LabelWords[], shortened: boolean): RagKeyEntry | null {
  const words = normaliseStatus(text);
  const whole = matchEntry(words, labels);
  if (whole && whole.rag !== null) return whole;
  // 'Open – on track': the state alone gives no colour, what follows the dash does. 'Blue – complete': the colour word
  // gives the RAG (statusToRag), the words after it the status.
  const parts = whole || colourOfHead(text) ? statusParts(text) : null;
  const meant = parts ? matchEntry(normaliseStatus(parts.tail), labels) : null;
  if (meant && (meant.rag !== null || !whole)) return meant;
  return whole ?? (shortened ? matchShortenedLabel(words, labels) : null);
}

function matchEntry(words: readonly string[], labels: LabelWords[]): RagKeyEntry | null {
  if (words.length === 0) return null;
  const joined = words.join('');
  let best: { entry: RagKeyEntry; length: number } | null = null;
  for (const { entry, labelWords, labelLetters } of labels) {
    const startsWith = labelWords.length <= words.length && labelWords.every((w, i) => w === words[i]);
    // 'Inprogress' and 'In-progress' are the same status.
    const sameLetters = labelLetters === joined;
    // A conditional format's 'text that contains "Behind"' colours "Slightly behind" too.
    const within = entry.anywhere === true && !startsWith && containsRun(words, labelWords);
    if ((startsWith || sameLetters || within) && (!best || labelWords.length > best.length)) best = { entry, length: labelWords.length };
  }
  return best?.entry ?? null;
}

/** The label's words stand together somewhere in the status's words. */
function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let start = 1; start + run.length <= words.length; start++) if (run.every((w, i) => w === words[start + i])) return true;
  return false;
}

type LabelWords = { entry: RagKeyEntry; labelWords: readonly string[]; labelLetters: string };

/**
 * Normalised labels and past matches per key, cached: a plan's thousands of statuses are matched against
 * the same few labels. A key edited in place (entries added or relabelled) gets a fresh cache.
 */
const KEY_CACHE = new WeakMap<RagKeyEntry[], KeyCache>();

interface KeyCache {
  /** What each entry held when the cache was made: compared by reference, so checking costs no allocation. */
  seen: { entry: RagKeyEntry; rag: unknown; label: unknown; aliases: unknown; aliasCount: number; anywhere: unknown }[];
  match: (text: string) => RagKeyEntry | null;
  /** Whether a status may name a label shortened: a plan's own key's labels, not the default vocabulary's (see `findKeyEntry`). */
  shortened: boolean;
}

function keyCacheOf(entries: RagKeyEntry[], shortened: boolean): KeyCache {
  const cached = KEY_CACHE.get(entries);
  if (cached && cached.shortened === shortened && isUnchanged(cached, entries)) return cached;
  const labels = labelsOf(entries);
  const fresh: KeyCache = {
    seen: entries.map((entry) => ({
      entry,
      rag: entry?.rag,
      label: entry?.label,
      aliases: entry?.aliases,
      aliasCount: Array.isArray(entry?.aliases) ? entry.aliases.length : -1,
      anywhere: entry?.anywhere,
    })),
    match: memoiseText((text) => matchStatus(text, labels, shortened)),
    shortened,
  };
  KEY_CACHE.set(entries, fresh);
  return fresh;
}

function isUnchanged(cache: KeyCache, entries: RagKeyEntry[]): boolean {
  if (cache.seen.length !== entries.length) return false;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    const s = cache.seen[i];
    if (e !== s.entry || e?.rag !== s.rag || e?.label !== s.label || e?.aliases !== s.aliases || e?.anywhere !== s.anywhere) return false;
    if ((Array.isArray(e?.aliases) ? e.aliases.length : -1) !== s.aliasCount) return false;
  }
  return true;
}

function labelsOf(entries: RagKeyEntry[]): LabelWords[] {
  const labels: LabelWords[] = [];
  for (const entry of entries) {
    if (!entry || typeof entry !== 'object') continue;
    for (const label of [entry.label, ...(Array.isArray(entry.aliases) ? entry.aliases : [])]) {
      const labelWords = normaliseStatus(label);
      if (labelWords.length > 0) labels.push({ entry, labelWords, labelLetters: labelWords.join('') });
    }
  }
  return labels;
}
