import type { RowContext } from './classify-row';
import { collapse } from './cell-text';

/** An abbreviation: two to eight letters, most of them capitals ('EDI', 'FTSU', 'HRBP'), perhaps with a dash or colon after it. */
const TERM = /^([A-Z][A-Za-z&]{1,7})\s*[-–—:=]?$/;
/** Words an expansion skips when it is abbreviated ('Freedom to Speak Up' → FTSU). */
const SMALL = new Set(['and', 'of', 'to', 'the', 'for', 'in', 'on', '&']);

/**
 * A glossary's row under the plan: a term and the words it abbreviates in two cells ('EDI' | 'Equality, diversity and
 * inclusion', 'FTSU –' | 'Freedom to Speak Up', 'ESR' | 'Electronic Staff Record – the NHS workforce system', 'RA
 * passport' | 'Reasonable adjustments passport – a record of…'). The meaning's words, up to a dash or colon that says
 * more, give the term's letters in order (and end with the words the term keeps whole), so the row explains a word the
 * plan uses: it is no action, though the meaning falls under the action column. Returns why, or null.
 *
 * @example
 * readGlossaryRow({ sheet, r: 40, texts: [{ c: 0, text: 'ESR' }, { c: 1, text: 'Electronic Staff Record' }], columns, standard }); // { why: … }
 * readGlossaryRow({ sheet, r: 9, texts: [{ c: 0, text: 'HR' }, { c: 1, text: 'Review the recruitment policy' }], columns, standard }); // null
 */
export function readGlossaryRow({ texts }: RowContext): { why: string } | null {
  if (texts.length !== 2) return null;
  // A term may carry words after its abbreviation ('RA passport'): the meaning ends its spelled words with them.
  const [abbreviation, ...words] = collapse(texts[0].text).replace(/\s*[-–—:=]$/, '').split(' ');
  const term = TERM.exec(abbreviation)?.[1];
  if (!term || term.replace(/[^A-Z]/g, '').length < 2 || words.length > MAX_TERM_WORDS || words.some((w) => !/^\p{Ll}+$/u.test(w))) return null;
  // The meaning may go on to say more after a dash or a colon ('Electronic Staff Record – the NHS workforce system'):
  // the words before it are the ones the term stands for.
  const meaning = collapse(texts[1].text);
  const spelled = meaning.split(/\s[-–—:]\s|:\s/)[0];
  const rest = spelled.split(/\s+/);
  if (words.length && rest.slice(-words.length).join(' ').toLowerCase() !== words.join(' ')) return null;
  if (!spells(term.toUpperCase().replace(/[^A-Z]/g, ''), rest.slice(0, rest.length - words.length).join(' '))) return null;
  const named = [term, ...words].join(' ');
  return { why: `'${named}' and '${spelled.slice(0, 40)}' are a term and the words it stands for: a glossary's row, not something to do` };
}

/** Words a term may carry after its abbreviation ('RA passport', 'BME network'). */
const MAX_TERM_WORDS = 2;

/** The meaning's words, by their initials (a word in capitals by all its letters: 'HR business partner'), spell the term. */
function spells(letters: string, meaning: string): boolean {
  const words = meaning.split(/[\s,/]+/).filter(Boolean);
  let at = 0;
  for (const w of words) {
    if (at >= letters.length) return false;
    if (/^[A-Z]{2,}$/.test(w) && letters.startsWith(w, at)) at += w.length;
    else if (w[0].toUpperCase() === letters[at]) at++;
    else if (!SMALL.has(w.toLowerCase())) return false;
  }
  return at === letters.length;
}
