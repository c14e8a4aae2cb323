import type { RowContext } from './classify-row';
import { cellKind } from './cell-kind';
import { collapse } from './cell-text';
import { startsWithVerb } from './starts-with-verb';

/**
 * A term: an abbreviation of two to eight letters, most of them capitals ('EDI', 'FTSU', 'HRBP'), perhaps with a word
 * or two of plain lower-case after it ('RA passport', 'BME network'), and a dash or colon after it.
 */
const TERM = /^([A-Z][A-Za-z&]{1,7})((?:\s+[a-z]{2,}){0,2})\s*[-–—:=]?$/;
/** Words an expansion skips when it is abbreviated ('Freedom to Speak Up' → FTSU). */
const SMALL = new Set(['and', 'of', 'to', 'the', 'for', 'in', 'on', '&']);
/**
 * Where a meaning's expansion ends and its explanation starts: a spaced dash, a colon, a semicolon or a bracket
 * ('Electronic Staff Record – the NHS workforce system', 'Freedom to Speak Up (guardian service)').
 */
const EXPLAINED = /\s+[-–—]\s+|:\s|;\s|\s\(/;

/**
 * A glossary's row under the plan: a term and the words it abbreviates in two cells ('EDI' | 'Equality, diversity and
 * inclusion', 'FTSU –' | 'Freedom to Speak Up'), the words perhaps explained after a dash ('ESR' | 'Electronic Staff
 * Record – the NHS workforce system'), the term perhaps an abbreviation and a word ('RA passport' | 'Reasonable
 * adjustments passport – a record of agreed adjustments'). The meaning's words give the term's letters in order, so the
 * row explains a word the plan uses: it is no action, though the meaning falls under the action column. Returns why, or null.
 *
 * @example
 * readGlossaryRow({ sheet, r: 40, texts: [{ c: 0, text: 'ESR' }, { c: 1, text: 'Electronic Staff Record – the NHS workforce system' }], columns, standard }); // { why: … }
 * readGlossaryRow({ sheet, r: 14, texts: [{ c: 0, text: 'JB' }, { c: 1, text: 'Jo Bramwell, Workforce Information Lead' }], columns, standard }); // { why: … } — initials and their person
 * readGlossaryRow({ sheet, r: 9, texts: [{ c: 0, text: 'HR' }, { c: 1, text: 'Review the recruitment policy' }], columns, standard }); // null
 */
export function readGlossaryRow({ texts }: RowContext): { why: string } | null {
  if (texts.length !== 2) return null;
  const m = TERM.exec(collapse(texts[0].text));
  const letters = m?.[1].toUpperCase().replace(/[^A-Z]/g, '') ?? '';
  if (!m || m[1].replace(/[^A-Z]/g, '').length < 2) return null;
  const term = `${m[1]}${m[2]}`;
  const meaning = collapse(texts[1].text);
  // The expansion is what comes before any explanation; the term's own words close it ('… adjustments passport').
  const expansion = meaning.split(EXPLAINED)[0];
  const words = m[2].trim();
  const spelt = words ? expansion.replace(new RegExp(`\\s+${words.replace(/\s+/g, '\\s+')}$`, 'i'), '') : expansion;
  if (words && spelt === expansion) return null;
  if (spells(letters, spelt)) return { why: `'${term}' and '${expansion.slice(0, 40)}' are a term and the words it stands for: a glossary's row, not something to do` };
  // A key to leads' initials writes the person, then their post after a comma ('JB' | 'Jo Bramwell, Workforce
  // Information Lead'): the name spells the initials, the post says who they are.
  const [name, ...post] = words ? [] : expansion.split(/,\s+/);
  if (!post.length || startsWithVerb(name) || !spells(letters, name)) return null;
  return { why: `'${term}' and '${name.slice(0, 40)}' are initials and the person they stand for ('${post.join(', ').slice(0, 40)}'): a key's row, not something to do` };
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

/** A term in plain words: one to four words, no sentence's stop ('Reasonable adjustment', 'Freedom to Speak Up Guardian'). */
const PLAIN_TERM = /^[\p{Lu}\d][\p{L}\d'’&/-]*(?:\s+[\p{L}\d'’&/()-]+){0,4}\s*[-–—:]?$/u;
/**
 * What a definition opens with: what the term is ('A change to a job…', 'An arrangement in which…', 'The record a
 * colleague keeps…') or who ('Someone independent who…', 'People who…'). An action's text opens with what is done.
 */
const DEFINES = /^(?:an?|the|someone|anyone|people|those)\s+\S+(?:\s+\S+){2}/i;
/** A term names a thing or a post, never a date, a status, a figure or an indicator. */
const TERM_KINDS: ReadonlySet<string> = new Set(['short', 'role']);

/**
 * A glossary's row in plain words: a term of a few words in one cell ('Reasonable adjustment', 'Health Passport') and,
 * in the next, a sentence saying what it is ('A change to a job, the workplace or the way we work…'). One such row alone
 * could be an action named and described; `definesTerms` (starts-other-table.ts) asks for a block of them. Returns why, or null.
 *
 * @example
 * readDefinitionRow([{ c: 1, text: 'Health Passport' }, { c: 2, text: 'A record, kept by the colleague, of the adjustments agreed.' }]); // { why: … }
 * readDefinitionRow([{ c: 1, text: 'Staff network' }, { c: 2, text: 'Set up a disabled staff network.' }]); // null: what is done
 */
export function readDefinitionRow(texts: RowContext['texts']): { why: string } | null {
  if (texts.length !== 2 || texts[0].text.length > 40) return null;
  const term = collapse(texts[0].text);
  if (!PLAIN_TERM.test(term) || startsWithVerb(term) || !TERM_KINDS.has(cellKind(term))) return null;
  const meaning = collapse(texts[1].text);
  if (!DEFINES.test(meaning)) return null;
  return { why: `'${term}' is a term and '${meaning.length > 40 ? `${meaning.slice(0, 40)}…` : meaning}' says what it means: a glossary's row, not something to do` };
}
