import type { RagKey, RagKeyEntry } from '../types';
import { describeKeySource } from './describe-key-source';
import { findKeyEntry } from './find-key-entry';
import { answerKind, answerMeaning } from './answer-meaning';

/**
 * Why a status has no colour, when the plan's key names it and gives it none ('Not yet due (no rating)', 'D = deferred',
 * a grey 'Superseded' in the key block): the blank RAG is the plan's own choice, not a status the checker could not
 * read; so does a tick, a cross or a yes / no no key names ('✓', 'Y': done, no colour). Null when the key gives the status a colour or does
 * not name it.
 *
 * @example
 * whyNoColour('D', { source: 'legend', entries: [{ rag: null, label: 'deferred', aliases: ['d'] }] });
 * // "Status 'D' (deferred) has no colour: the plan's key names it with no colour"
 */
export function whyNoColour(status: string, key: RagKey, keyed?: RagKeyEntry | null): string | null {
  // (A caller that has read the status through the key already passes the entry: `keyed` is `findKeyEntry(status, key)`.)
  const entry = keyed === undefined ? findKeyEntry(status, key) : keyed;
  const answer = entry ? null : answerMeaning(status);
  // A tick, cross or yes / no no key names says done or not done (`answerMeaning`), and no colour.
  if (answer) return `Status '${String(status).trim()}' reads as ${answer} and has no colour: ${key.source === 'default' ? 'the plan has no key of its own' : 'the key does not name it'}, and a ${answerKind(status)} gives none`;
  if (!entry || entry.rag !== null) return null;
  const text = String(status ?? '').trim();
  const shown = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  // A code ('D') is told with what the key says it means.
  const means = entry.label.toLowerCase() !== text.toLowerCase() && text.length <= 3 ? ` (${entry.label})` : '';
  // The default vocabulary's 'Open' says the action is not finished, not how it is going.
  if (key.source === 'default') return `Status '${shown}'${means} has no colour: the plan has no key of its own, and the usual status words give it none`;
  const where = key.source === 'settings' ? 'your key' : describeKeySource(key);
  return `Status '${shown}'${means} has no colour: ${where} names it with no colour`;
}
