import { memoiseText } from '../memoise-text';
import { HIA_CATALOGUE } from './catalogue';

// Words, and '&' (a short name says "Recruitment & talent"); hyphens, apostrophes and other marks only separate
// words, so "under-representation", "under representation" and "board members’ objectives" read alike.
const WORD = /[a-z0-9]+|&/g;

interface PhraseNode {
  next: Map<string, PhraseNode>;
  ids: string[];
}

// Every HIA's key phrases and short name as word sequences in one tree: a phrase matches whole words only ("baf"
// never matches "baffled").
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

// The words a phrase can start with, as whole words: one scan of the text finds where a phrase may start (most words
// of an action start none), and only there is the tree walked. A word is a run of letters and digits, so a start is
// one not preceded or followed by either; '&' is a word wherever it stands.
const alphanumeric = [...PHRASES.next.keys()].filter((w) => w !== '&');
const PHRASE_START = new RegExp(
  `(?<![a-z0-9])(?:${alphanumeric.join('|')})(?![a-z0-9])${PHRASES.next.has('&') ? '|&' : ''}`,
  'g',
);

const TAG = /<[^>]*>/g;

/**
 * The high impact actions a text's wording names by the catalogue's key phrases, in HIA order. Shared and frozen:
 * each distinct short text is read once.
 *
 * @example
 * hiasNamed('Publish the ethnicity pay gap and an action plan to close it'); // ['3']
 */
export function hiasNamed(text: string): readonly string[] {
  return namedCached(String(text ?? ''));
}

const namedCached = memoiseText((text: string): readonly string[] => {
  const lower = (text.includes('<') ? text.replace(TAG, ' ') : text).toLowerCase();
  const found = new Set<string>();
  PHRASE_START.lastIndex = 0;
  for (let start = PHRASE_START.exec(lower); start; start = PHRASE_START.exec(lower)) {
    // The words after a start are read as a scan of the whole text would read them: from the end of the word before.
    WORD.lastIndex = PHRASE_START.lastIndex;
    for (let node = PHRASES.next.get(start[0]); node; ) {
      for (const id of node.ids) found.add(id);
      if (node.next.size === 0) break;
      const word = WORD.exec(lower);
      node = word ? node.next.get(word[0]) : undefined;
    }
  }
  if (found.size === 0) return NONE;
  return Object.freeze(HIA_CATALOGUE.filter((h) => found.has(h.id)).map((h) => h.id));
});

const NONE: readonly string[] = Object.freeze([]);
