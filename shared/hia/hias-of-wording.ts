import { memoiseText } from '../memoise-text';
import { HIA_CATALOGUE } from './catalogue';

/** Each key phrase (lower case) by its first word, with the HIAs it names. */
const PHRASES_BY_FIRST_WORD = buildPhraseTable();

const WORD_CHAR = /[a-z0-9]/;
const WORDS = /[a-z0-9]+/g;

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
  const found = new Set<string>();
  // One pass over the words: at each word, only the phrases that begin with that word are tried, and a
  // phrase counts when it ends where a word ends ("baf" never matches "baffled").
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(lower); m; m = WORDS.exec(lower)) {
    const candidates = PHRASES_BY_FIRST_WORD.get(m[0]);
    if (!candidates) continue;
    for (const { phrase, ids } of candidates) {
      const end = m.index + phrase.length;
      if (lower.startsWith(phrase, m.index) && (end === lower.length || !WORD_CHAR.test(lower[end]))) for (const id of ids) found.add(id);
    }
  }
  return Object.freeze(HIA_CATALOGUE.map((h) => h.id).filter((id) => found.has(id)));
});

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
