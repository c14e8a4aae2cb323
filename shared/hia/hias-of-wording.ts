import { memoiseText } from '../memoise-text';
import { HIA_CATALOGUE } from './catalogue';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// One pattern per HIA: its key phrases and its short name, as whole words ("baf" never matches "baffled").
const PATTERNS = HIA_CATALOGUE.map((h) => ({
  id: h.id,
  re: new RegExp(`(?<![a-z0-9])(?:${[...h.keywords, h.short.toLowerCase()].map(escape).join('|')})(?![a-z0-9])`),
}));

const TAG = /<[^>]*>/g;

/**
 * The high impact actions a piece of wording is about, by the catalogue's key phrases, in HIA order.
 * `among` limits the answer to some HIAs (those an action's indicator cannot speak for).
 *
 * @example
 * hiasOfWording('Publish the ethnicity pay gap and an action plan to close it'); // ['3']
 * hiasOfWording('Pastoral support for internationally recruited nurses'); // ['5']
 */
export function hiasOfWording(text: string, among?: readonly string[]): string[] {
  const all = matchAll(String(text ?? ''));
  return among ? all.filter((id) => among.includes(id)) : all.slice();
}

const matchAll = memoiseText((text: string): readonly string[] => {
  const lower = text.replace(TAG, ' ').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  return Object.freeze(PATTERNS.filter((p) => p.re.test(lower)).map((p) => p.id));
});
