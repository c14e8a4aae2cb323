import { DEFAULT_RAG_KEY } from './default-rag-key';
import { findKeyEntry } from './find-key-entry';
import { normaliseStatus } from './normalise-status';

/**
 * The text is a status by the usual words, whole ('On track', 'Not started'): not an action that starts with one
 * ('Complete the audit'), nor a subject ('Culture'). What tells a RAG key's meanings from other labels beside swatches.
 *
 * @example
 * isWholeStatus('On track'); // true
 * isWholeStatus('Complete the audit'); // false
 */
export function isWholeStatus(text: string): boolean {
  const entry = findKeyEntry(text, DEFAULT_RAG_KEY);
  if (!entry) return false;
  const words = normaliseStatus(text).join(' ');
  return [entry.label, ...(entry.aliases ?? [])].some((l) => normaliseStatus(l).join(' ') === words);
}
