import { COLOUR_WORDS } from '../rag/colour-words';
import { DEFAULT_RAG_KEY } from '../rag/default-rag-key';
import { findKeyEntry } from '../rag/find-key-entry';

/**
 * Whether words an update opens with are a status by themselves, with no key and no colour to say so: a colour word
 * ('Blue', 'AMBER') or a status the usual words name ('Complete', 'On track', 'NOT STARTED').
 *
 * @example
 * isUsualStatus('Amber') // true
 * isUsualStatus('Campaign agreed') // false
 */
export function isUsualStatus(status: string): boolean {
  return COLOUR_WORDS[status.toLowerCase()] !== undefined || findKeyEntry(status, DEFAULT_RAG_KEY) !== null;
}
