import type { RagKey } from '../types';
import { colourOfWord } from './colour-words';
import { describeKeySource } from './describe-key-source';
import { findKeyEntry } from './find-key-entry';
import { normaliseStatus } from './normalise-status';

/** A code a status cell holds in place of words: a number or score ('3', '100%'), one to three capitals ('IP'), or a mark ('✓'). */
const CODE = /^(?:\d{1,3}%?|\p{Lu}{1,3}|[^\p{L}\p{N}\s]{1,3})$/u;

/**
 * Why a status that is a code of the plan's key has its colour: the code alone says nothing to a reader ('3'), so the
 * reason gives what the key says it means and where the key is ("RAG: '3' is 'On track' (green) in the plan's key on
 * A3"). Null when the status is no code, or the key does not name it, or names it with no colour (`whyNoColour` says
 * that).
 *
 * @example
 * whyCodeColour('3', { source: 'legend', entries: [{ rag: 'green', label: 'On track', aliases: ['3'], cell: 'A3' }] });
 * // "RAG: '3' is 'On track' (green) in the plan's key on A3"
 */
export function whyCodeColour(status: string, key: RagKey): string | null {
  const text = String(status ?? '').trim();
  if (!CODE.test(text)) return null;
  const entry = findKeyEntry(text, key);
  // A label with no word ('B' filled blue beside a count, 7) gives the code no meaning to tell.
  if (!entry || entry.rag === null || !/\p{L}/u.test(entry.label)) return null;
  // The status is the code, not the entry's own label ('G' where the key's label is 'G' is a colour word, not a code).
  const words = normaliseStatus(text).join(' ');
  if (normaliseStatus(entry.label).join(' ') === words) return null;
  const where = key.source === 'settings' ? 'your key' : `${describeKeySource(key)}${entry.cell && !entry.sheet ? ` on ${entry.cell}` : ''}`;
  // A label that is its colour ('1 = Red') is not told twice.
  const colour = colourOfWord(entry.label) === entry.rag ? '' : ` (${entry.rag})`;
  return `RAG: '${text}' is '${entry.label}'${colour} in ${where}`;
}
