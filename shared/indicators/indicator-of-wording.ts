import type { Standard } from '../types';
import { INDICATOR_CATALOGUE } from './catalogue';

/**
 * Finds the indicator a piece of wording is about when it carries no number, by the catalogue's
 * key phrases (the longest matching phrase wins, so "appointed from shortlisting" beats "appointed").
 *
 * @example
 * indicatorOfWording('Relative likelihood of staff being appointed from shortlisting', 'WRES'); // '2'
 */
export function indicatorOfWording(text: string, standard: Standard | null): string | null {
  if (!standard || !text) return null;
  const lower = text.toLowerCase();
  let best: { id: string; length: number } | null = null;
  for (const entry of INDICATOR_CATALOGUE[standard]) {
    for (const k of entry.keywords) {
      if (k.length > (best?.length ?? 0) && lower.includes(k)) best = { id: entry.id, length: k.length };
    }
  }
  return best?.id ?? null;
}
