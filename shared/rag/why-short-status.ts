import type { RagKey, RagKeyEntry } from '../types';
import { describeKeySource } from './describe-key-source';
import { findKeyEntry } from './find-key-entry';
import { normaliseStatus } from './normalise-status';

/**
 * Why a status written shorter than every label of the key entry it was read as has that entry's colour ('Started' for
 * 'Started but not complete'): the reader matched it by its words, and says which entry it took, so a user can see it
 * and correct it. Null when the status names its entry whole (or with more words: 'Completed - see minutes'), or names
 * none, or an entry with no colour.
 *
 * @example
 * whyShortStatus('Started', { source: 'legend', entries: [{ rag: 'amber', label: 'Started but not complete' }] });
 * // "RAG: 'Started' read as 'Started but not complete' (amber) in the plan's key"
 */
export function whyShortStatus(status: string, key: RagKey, keyed?: RagKeyEntry | null): string | null {
  // (A caller that has read the status through the key already passes the entry: `keyed` is `findKeyEntry(status, key)`.)
  const entry = keyed === undefined ? findKeyEntry(status, key) : keyed;
  if (!entry || entry.rag === null) return null;
  const words = normaliseStatus(status);
  // Only a status shorter than each of the entry's names was matched as a shortened one. Asked of every action with a
  // colour: the first name that rules it out ends the look (most statuses name their entry's label whole).
  if (namesWhole(words, entry.label)) return null;
  for (const alias of entry.aliases ?? []) if (namesWhole(words, alias)) return null;
  const text = String(status ?? '').trim();
  const where = key.source === 'settings' ? 'your key' : key.source === 'default' ? 'the usual status words' : describeKeySource(key);
  return `RAG: '${text}' read as '${entry.label}' (${entry.rag}) in ${where}`;
}

/** The status's words are as many as the name's, or more, or the same letters ('Inprogress' for 'In progress'). */
function namesWhole(words: readonly string[], name: string): boolean {
  const named = normaliseStatus(name);
  return named.length <= words.length || named.join('') === words.join('');
}
