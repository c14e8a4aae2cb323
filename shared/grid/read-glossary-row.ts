import type { RowContext } from './classify-row';
import { collapse } from './cell-text';

/** An abbreviation: two to eight letters, most of them capitals ('EDI', 'FTSU', 'HRBP'), perhaps with a dash or colon after it. */
const TERM = /^([A-Z][A-Za-z&]{1,7})\s*[-–—:=]?$/;
/** Words an expansion skips when it is abbreviated ('Freedom to Speak Up' → FTSU). */
const SMALL = new Set(['and', 'of', 'to', 'the', 'for', 'in', 'on', '&']);

/**
 * A glossary's row under the plan: a term and the words it abbreviates in two cells ('EDI' | 'Equality, diversity and
 * inclusion', 'FTSU –' | 'Freedom to Speak Up'). The meaning's words give the term's letters in order, so the row
 * explains a word the plan uses: it is no action, though the meaning falls under the action column. Returns why, or null.
 *
 * @example
 * readGlossaryRow({ sheet, r: 40, texts: [{ c: 0, text: 'ESR' }, { c: 1, text: 'Electronic Staff Record' }], columns, standard }); // { why: … }
 * readGlossaryRow({ sheet, r: 9, texts: [{ c: 0, text: 'HR' }, { c: 1, text: 'Review the recruitment policy' }], columns, standard }); // null
 */
export function readGlossaryRow({ texts }: RowContext): { why: string } | null {
  if (texts.length !== 2) return null;
  const term = TERM.exec(collapse(texts[0].text))?.[1];
  if (!term || term.replace(/[^A-Z]/g, '').length < 2) return null;
  const meaning = collapse(texts[1].text);
  if (!spells(term.toUpperCase().replace(/[^A-Z]/g, ''), meaning)) return null;
  return { why: `'${term}' and '${meaning.slice(0, 40)}' are a term and the words it stands for: a glossary's row, not something to do` };
}

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
