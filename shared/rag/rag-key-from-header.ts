import type { RagKey } from '../types';
import { readColourPairs } from './read-colour-pairs';

/**
 * The key a status column's header spells out, e.g. 'Status (Red = yet to begin Amber = in progress Green = completed)'.
 * Null when the header names no 'Colour = label' pairs ('RAG Rating').
 *
 * @example
 * ragKeyFromHeader('Status (Red = yet to begin Amber = in progress Green = completed)')?.entries.length // 3
 */
export function ragKeyFromHeader(text: string): RagKey | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  const { entries } = readColourPairs(text);
  return entries.length > 0 ? { entries, source: 'header' } : null;
}
