import type { Standard } from '../types';
import { INDICATOR_CATALOGUE } from './catalogue';
import { indicatorsOfWording } from './indicator-of-wording';
import { INDICATOR_WORD } from './indicator-word';

/** A bare number heading a short title ('2. Service Delivery (PCREF)', '5) Work with the police', '1 – Workforce'). */
const BARE_NUMBERED = /^\s*(\d{1,2})\s*[.):–—-]\s*(\p{L}.*)$/u;
const NAMES_WORD = new RegExp(`\\b${INDICATOR_WORD}`, 'i');

/**
 * Whether a numbered heading's number is the PLAN'S OWN numbering of its areas rather than an indicator's: a bare
 * number before a title that names no indicator word ('Metric', 'WRES', 'Indicator') counts an indicator only when the
 * title's words are that indicator's subject ('2. Recruitment' is WRES 2, '3) Disciplinary' WRES 3). A number past the
 * standard's count ('12. Governance'), or a title about something else ('2. Service Delivery (PCREF)', '5. Work with
 * the Police', '1. Workforce'), numbers the plan's own key areas. Returns the why, or null when the number may be an
 * indicator's (or the standard is not known: as before).
 *
 * @example
 * numbersOwnArea('5. Work with the Police', 'WRES'); // "its number counts the plan's own areas: 'Work with the Police' is not what WRES indicator 5 measures"
 * numbersOwnArea('2. Recruitment', 'WRES'); // null
 * numbersOwnArea('Indicator 2 – Shortlisting', 'WRES'); // null
 */
export function numbersOwnArea(heading: string, standard: Standard | null): string | null {
  const m = BARE_NUMBERED.exec(heading);
  if (!m || !standard || NAMES_WORD.test(m[2])) return null;
  const n = Number(m[1]);
  if (n > INDICATOR_CATALOGUE[standard].length) return `its number counts the plan's own areas: ${standard} has ${INDICATOR_CATALOGUE[standard].length} indicators, not ${n}`;
  const named = indicatorsOfWording(m[2], standard, { byLine: true }).map((id) => parseInt(id, 10));
  return named.includes(n) ? null : `its number counts the plan's own areas: '${m[2].trim()}' is not what ${standard} indicator ${n} measures`;
}

/** A numbered heading's title is short: a few words, as a key area's is ('1. Representation, recruitment and data'). */
const AREA_WORDS = 8;

/**
 * Whether the plan's numbered headings, read together, number its own areas: two or more rows holding one short
 * bare-numbered title ('1. Representation, recruitment and data', '2. Reasonable adjustments and health', '3. Fair
 * treatment and safety at work'), one of them at least about something other than its number's indicator
 * (`numbersOwnArea`). A plan numbers its areas one way: where '2.' is not indicator 2, '1.' is not indicator 1 either,
 * though its title shares indicator 1's subject (holdout54 fellside). `rows` gives each row's one text, or null.
 *
 * @example
 * numbersOwnAreas(['1. Representation, recruitment and data', '2. Reasonable adjustments and health'], 'WDES'); // true
 * numbersOwnAreas(['2. Recruitment', '3. Disciplinary'], 'WRES'); // false
 */
export function numbersOwnAreas(rows: Iterable<string | null>, standard: Standard | null): boolean {
  if (!standard) return false;
  let numbered = 0;
  let own = false;
  for (const text of rows) {
    const m = text ? BARE_NUMBERED.exec(text) : null;
    if (!m || m[2].split(/\s+/).length > AREA_WORDS || NAMES_WORD.test(m[2])) continue;
    numbered++;
    own ||= numbersOwnArea(text!, standard) !== null;
  }
  return numbered >= 2 && own;
}

/** Whether a heading is a bare number before a title ('1. Workforce'), as the plan's areas are numbered. */
export function isBareNumbered(heading: string): boolean {
  return BARE_NUMBERED.test(heading);
}
