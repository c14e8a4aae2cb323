import { memoiseText } from '../memoise-text';
import { HIA_CATALOGUE } from './catalogue';

// Words, and '&' (a short name says "Recruitment & talent"); hyphens, apostrophes and other marks only separate
// words, so "under-representation", "under representation" and "board members’ objectives" read alike.
const WORD = /[a-z0-9]+|&/g;

interface PhraseNode {
  next: Map<string, PhraseNode>;
  ids: string[];
}

// Every HIA's key phrases and short name as word sequences in one tree: a text is read in one pass over its
// words, and a phrase matches whole words only ("baf" never matches "baffled").
const PHRASES: PhraseNode = { next: new Map(), ids: [] };
for (const h of HIA_CATALOGUE) {
  for (const phrase of [...h.keywords, h.short]) {
    let node = PHRASES;
    for (const word of phrase.toLowerCase().match(WORD) ?? []) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map(), ids: [] }));
      node = child;
    }
    if (node !== PHRASES && !node.ids.includes(h.id)) node.ids.push(h.id);
  }
}

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
  const words = (text.includes('<') ? text.replace(TAG, ' ') : text).toLowerCase().match(WORD) ?? [];
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let j = i, node = PHRASES.next.get(words[i]); node; node = node.next.get(words[++j])) {
      for (const id of node.ids) found.add(id);
    }
  }
  return Object.freeze(HIA_CATALOGUE.filter((h) => found.has(h.id)).map((h) => h.id));
});
