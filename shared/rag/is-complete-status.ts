import type { Rag, RagKey, RagKeyEntry } from '../types';
import { findKeyEntry } from './find-key-entry';
import { DEFAULT_RAG_KEY } from './default-rag-key';
import { percentComplete } from './percent-complete';
import { answerMeaning } from './answer-meaning';

const COMPLETE_WORDS = /^(complete|completed|achieved|done|finished|closed|delivered|met)\b/i;

/**
 * Whether a key label means the work is finished ('Complete', 'Completed - closed', 'Achieved').
 *
 * @example
 * isCompleteLabel('Begun but not complete') // false
 */
export function isCompleteLabel(label: string): boolean {
  return COMPLETE_WORDS.test(String(label ?? '').trim());
}

/**
 * Whether an action is marked complete: its status words mean completion (by the plan's key or the default
 * vocabulary), or — for a fill-only or colour-word status ('G', a green cell) — its colour means completion
 * in the plan's key and nothing else: in a BRAG key Blue = complete and Green = on track, and under the
 * default key green also means "on track", so a bare green is not taken as complete. A status given as how far the
 * action is ('100%', from a '% complete' column) is complete at 100 %, unless the plan's key names it otherwise; so is a
 * tick or a yes ('✓', 'Y': `answerMeaning`) the key does not name.
 *
 * @example
 * isCompleteStatus('Completed', 'green', DEFAULT_RAG_KEY) // true
 * isCompleteStatus('G', 'green', DEFAULT_RAG_KEY) // false: green is also "On Track"
 * isCompleteStatus('100%', null, DEFAULT_RAG_KEY) // true
 */
export function isCompleteStatus(status: string, statusRag: Rag | null, key: RagKey, keyed?: RagKeyEntry | null): boolean {
  // (A caller that has read the status through the key already passes the entry: `keyed` is `findKeyEntry(status, key)`.)
  const own = keyed === undefined ? findKeyEntry(status ?? '', key) : keyed;
  // Under the default key itself, the second look would ask the same question again.
  const entry = own ?? (key === DEFAULT_RAG_KEY ? null : findKeyEntry(status ?? '', DEFAULT_RAG_KEY));
  if (entry) return isCompleteLabel(entry.label);
  // A tick or a yes no key names ('✓', 'Y' under 'Done?') says done; a cross, a no or a 'partly' says not yet.
  const answer = answerMeaning(status);
  if (answer) return answer === 'done';
  if (percentComplete(status) === 100) return true;
  if (!statusRag) return false;
  const ofColour = (key?.entries ?? []).filter((e) => e.rag === statusRag);
  return ofColour.length > 0 && ofColour.every((e) => isCompleteLabel(e.label));
}
