/** A header cell's words with misspellings mended, and what was mended (each word as written and as read). */
export interface MendedHeader {
  text: string;
  mends: { written: string; read: string }[];
}

/** Headers name their column in a few words: a longer cell is narrative, and its odd words are no misspelt header. */
const MAX_WORDS = 4;
/** Shorter words are too easily another word one letter away ('date' / 'data', 'lead' / 'read'). */
const MIN_LENGTH = 5;

/**
 * A header typed in a hurry, its words mended to the header words they miss by one letter: 'Acton owner' is 'Action
 * owner', 'Timescle' 'Timescale', 'Staus' 'Status', 'Indicater' 'Indicator'. Only a word the vocabulary does not know,
 * of five letters or more, with exactly one known word that close (a letter left out, changed or swapped, never one too
 * many: see nearestKnown); only in a cell of a few words. Null when nothing was mended.
 *
 * @example
 * mendHeaderSpelling('Acton owner', known); // { text: 'action owner', mends: [{ written: 'acton', read: 'action' }] }
 * mendHeaderSpelling('Head of Resourcing', known); // null: no known word is one letter from 'resourcing'
 */
export function mendHeaderSpelling(text: string, known: ReadonlySet<string>): MendedHeader | null {
  const words = text.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  const mends: MendedHeader['mends'] = [];
  const read = words.map((w) => {
    if (w.length < MIN_LENGTH || known.has(w)) return w;
    const fix = nearestKnown(w, known);
    if (fix) mends.push({ written: w, read: fix });
    return fix ?? w;
  });
  return mends.length ? { text: read.join(' '), mends } : null;
}

/**
 * The one known word a single edit away from `word`, else null (none, or several: no guess between them). Never a
 * shorter one: the vocabulary holds abbreviations ('respons', 'resp'), and 'response' is no misspelt 'respons'.
 */
function nearestKnown(word: string, known: ReadonlySet<string>): string | null {
  let found: string | null = null;
  for (const k of known) {
    if (k.length < word.length || k.length > word.length + 1 || k[0] !== word[0] || !oneEditApart(word, k)) continue;
    if (found !== null && found !== k) return null;
    found = k;
  }
  return found;
}

/** Whether two different words are one insertion, deletion, substitution or swap of neighbours apart. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}
