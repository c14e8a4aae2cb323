import type { Rag, RagKey } from '../types';
import { findKeyEntry } from './find-key-entry';
import { DEFAULT_RAG_KEY } from './default-rag-key';

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
 * vocabulary), or — for a fill-only or colour-word status — its colour is the one the key gives completion.
 *
 * @example
 * isCompleteStatus('Completed', 'green', DEFAULT_RAG_KEY) // true
 */
export function isCompleteStatus(status: string, statusRag: Rag | null, key: RagKey): boolean {
  const entry = findKeyEntry(status ?? '', key) ?? findKeyEntry(status ?? '', DEFAULT_RAG_KEY);
  if (entry) return isCompleteLabel(entry.label);
  if (!statusRag) return false;
  const completion = (key?.entries ?? []).find((e) => isCompleteLabel(e.label)) ?? { rag: 'green' };
  return completion.rag === statusRag;
}
