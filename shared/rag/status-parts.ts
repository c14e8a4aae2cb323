import type { Rag } from '../types';
import { colourOfWord } from './colour-words';

/** The first dash between two parts of a status: an en or em dash (spaced or not), or a hyphen with spaces round it. */
const DASH = /\s*[–—]\s*|\s+-\s+/;
/** A state or colour before the dash is a word or a few ('Open', 'Blue', 'Not started'): more is a sentence. */
const MAX_HEAD_WORDS = 3;

/**
 * A status written as a state or a colour, a dash, then a qualifier or what it means, as trusts write them in one cell:
 * 'Open – on track', 'Blue – complete', 'Amber - some delay'. Null when the status has no such dash, or what stands
 * before it is longer than a few words (a sentence: 'Review held in June – report due').
 *
 * @example
 * statusParts('Open – at risk') // { head: 'Open', tail: 'at risk' }
 * statusParts('Completed') // null
 */
export function statusParts(status: string): { head: string; tail: string } | null {
  const raw = String(status ?? '');
  // Every action's status is asked (statusToRag): one with no dash of any kind has no parts, and is not searched.
  if (!raw.includes('-') && !raw.includes('–') && !raw.includes('—')) return null;
  const text = raw.trim();
  const dash = DASH.exec(text);
  if (!dash || dash.index === 0) return null;
  const head = text.slice(0, dash.index).trim();
  const tail = text.slice(dash.index + dash[0].length).trim();
  if (!tail || !/\p{L}/u.test(tail) || head.split(/\s+/).length > MAX_HEAD_WORDS) return null;
  return { head, tail };
}

/**
 * The colour a status written 'Colour – meaning' opens with ('Blue – complete' blue, 'G - on track' green): the colour
 * word gives the RAG, the meaning after the dash says the status. Null for any other status.
 *
 * @example
 * colourOfHead('Amber – some delay') // 'amber'
 * colourOfHead('Open – on track') // null
 */
export function colourOfHead(status: string): Rag | null {
  const parts = statusParts(status);
  return parts ? colourOfWord(parts.head) : null;
}
