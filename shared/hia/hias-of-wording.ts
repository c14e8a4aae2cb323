import { memoiseText } from '../memoise-text';
import { HIA_CATALOGUE, HIA_IDS } from './catalogue';

/** Each key phrase (lower case) by its first word, with the HIAs it names. */
const PHRASES_BY_FIRST_WORD = buildPhraseTable();


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
  const lower = normalise(text);
  const found = new Set<string>();
  // One pass over the words: at each word, only the phrases that begin with that word are tried, and a
  // phrase counts when it ends where a word ends ("baf" never matches "baffled"). Char codes, not a regex:
  // this runs over every action's whole wording, and match arrays per word were most of its cost.
  for (let i = 0; i < lower.length; i++) {
    if (!isWordCode(lower.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < lower.length && isWordCode(lower.charCodeAt(end))) end++;
    const candidates = PHRASES_BY_FIRST_WORD.get(lower.slice(i, end));
    if (candidates) {
      for (const { phrase, ids } of candidates) {
        const after = i + phrase.length;
        if (lower.startsWith(phrase, i) && (after === lower.length || !isWordCode(lower.charCodeAt(after)))) for (const id of ids) found.add(id);
      }
    }
    i = end;
  }
  return Object.freeze(HIA_IDS.filter((id) => found.has(id)));
}, 4_000);

/** Lower case, tags out, curly quotes straight, whitespace runs as one space; each step only where needed. */
function normalise(text: string): string {
  let lower = text.toLowerCase();
  if (lower.includes('<')) lower = lower.replace(TAG, ' ');
  if (CURLY.test(lower)) lower = lower.replace(CURLY_ALL, "'");
  if (ODD_SPACE.test(lower)) lower = lower.replace(SPACES, ' ');
  return lower;
}

const CURLY = /[’‘]/;
const CURLY_ALL = /[’‘]/g;
const ODD_SPACE = /\s\s|[^\S ]/;
const SPACES = /\s+/g;

/** a–z and 0–9: the characters of a word, for whole-word matching. */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

function buildPhraseTable(): Map<string, { phrase: string; ids: string[] }[]> {
  const ids = new Map<string, string[]>();
  for (const h of HIA_CATALOGUE) {
    for (const phrase of [...h.keywords, h.short.toLowerCase()]) {
      const key = phrase.toLowerCase();
      ids.set(key, [...(ids.get(key) ?? []), h.id]);
    }
  }
  const table = new Map<string, { phrase: string; ids: string[] }[]>();
  for (const [phrase, of] of ids) {
    const first = /^[a-z0-9]+/.exec(phrase)?.[0];
    if (!first) throw new Error(`HIA key phrase '${phrase}' must begin with a letter or digit`);
    table.set(first, [...(table.get(first) ?? []), { phrase, ids: of }]);
  }
  return table;
}
