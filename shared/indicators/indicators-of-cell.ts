import { memoiseText } from '../memoise-text';
import type { Standard } from '../types';
import { indicatorIds } from './catalogue';
import { indicatorOfCell } from './indicator-of-cell';
import { withoutSectionNumber } from './without-section-number';
import { INDICATOR_WORD, NAMES_INDICATOR, PART_IN_BRACKETS } from './indicator-word';
import { metricPartNamed } from './metric-part-named';
import { numbersWritten } from './numbers-written';

const TAG = /<[^>]*>/g;
// "All", "All indicators", "All WRES metrics – governance", "WRES-ALL", "Cross-cutting", "1-9 (all)": "All" then nothing, or a dash,
// colon or bracket before what the block is about — never "All staff…".
const ALL = /^(?:(?:wres|wdes)\s*[-–]?\s*)?(?:all(?:\s+(?:of\s+the\s+)?(?:(?:wres|wdes)\s*)?(?:indicators?|metrics?))?|cross[- ]cutting)\s*(?:[.)]?\s*$|[-–—:(])|\(\s*all\s*\)/i;
// A short list of numbers: "1&9", "1, 7", "5 and 6", "Indicators 2/3", "Metric 4a, 4b", "1-3", "5 – 8". Each number may
// keep the stop a numbered list gives it when a list word or sign follows ("5. and 6.", "5. – 7."): a cell that opens
// with its metrics' numbers as a list's items, several metrics at once. A stop then a space alone ends the list ("2.
// Relative likelihood…" names one).
const LIST = new RegExp(`^(?:${INDICATOR_WORD}|nos?\\.?)?\\s*((?:\\d{1,2}\\s*[a-d]?\\s*(?:\\.?\\s*(?:[,&/+;]|and|-|–|to)|\\s)\\s*)*\\d{1,2}\\s*[a-d]?)\\s*[.:)]?(?:\\s|$)`, 'i');
/** A metric's part, then another part letter sharing its number: '4a/b', '9a & b', '4a and b'. */
const SHARED_NUMBER = /(\d{1,2})\s*([a-d])\s*(?:\/|&|,|and)\s*([a-d])(?![a-z0-9])/gi;

/**
 * Every indicator an indicator cell names: one ("3", "Indicator 3: disciplinary"), several ("1&9",
 * "1,7", "5 and 6"), a range ("1-3") or all of them ("All"). Numbers outside the standard are dropped.
 * A cell that starts with one number and goes on in words ("2. Relative likelihood…") names one. The indicator
 * letter or code may come before each number ("W5–W8", "M5, M6", "WRES-2 / WRES-3", "WRES-01 to WRES-09"), a
 * metric's parts may sit in brackets ("Metric 4 (a & b)"), older plans number indicators in roman numerals ("v & vi")
 * or in words ("Indicators five and six"), and a metric given without its letter is the part its words name
 * ("Metric 4 (reporting harassment)" is 4b).
 *
 * @example
 * indicatorsOfCell('1&9', 'WRES'); // ['1', '9']
 * indicatorsOfCell('All', 'WDES'); // ['1', '2', …, '10']
 * indicatorsOfCell('4a, 4b', 'WDES'); // ['4a', '4b']
 * indicatorsOfCell('M4a/b', 'WDES'); // ['4a', '4b']
 * indicatorsOfCell('W5–W8', 'WRES'); // ['5', '6', '7', '8']
 * indicatorsOfCell('5. and 6. Harassment, bullying or abuse', 'WRES'); // ['5', '6'] — numbered as a list's items
 * indicatorsOfCell('vii & viii', 'WRES'); // ['7', '8']
 * indicatorsOfCell('WRES-02/03', 'WRES'); // ['2', '3']
 * indicatorsOfCell('WRES 5, 6 / WDES 4a, 4b', 'WRES'); // ['5', '6'] — a joint plan's cell, read as its WRES plan
 * indicatorsOfCell('W5, W6; M4a', 'WRES'); // ['5', '6'] — each standard's codes by its letter, W for WRES
 */
export function indicatorsOfCell(text: string, standard: Standard | null): string[] {
  // Indicator cells repeat down a block: each distinct text is read once per standard.
  return [...readCached(`${standard ?? ''}\u0000${String(text ?? '')}`)];
}

/**
 * The name of a standard, each time a cell gives it ('WRES 5, 6 / WDES 4a, 4b'), its number written on to it as a
 * hashtag or a label writes it ('#WRES8 #WDES4a').
 */
const STANDARD_NAME = /\b(wres|wdes)(?=\b|\d)/gi;

/**
 * A cell of a joint WRES + WDES plan names each standard's indicators behind its name ('WRES 5, 6 / WDES 4a, 4b',
 * 'WDES 2; WRES 2'): the plan read as one standard takes the parts behind its own name. Null when the cell does not name
 * both standards (or the plan's standard is not known): then it is read whole, as ever.
 */
function ownStandardsPart(clean: string, standard: Standard | null): string[] | null {
  if (!standard || !/wres/i.test(clean) || !/wdes/i.test(clean)) return null;
  const names = [...clean.matchAll(STANDARD_NAME)];
  const own: string[] = [];
  let other = false;
  for (let i = 0; i < names.length; i++) {
    const end = i + 1 < names.length ? names[i + 1].index : clean.length;
    // What parts it from the next name goes: a list's '/', ';', a SharePoint choice's ';#', a hashtag's '#'.
    const part = clean.slice(names[i].index, end).replace(/[\s/;,|+&#]+$/, '');
    // Each name is followed by its own list ('WRES 5, 6'), not joined to the other ('WRES and WDES: 3').
    if (!/\d|\ball\b/i.test(part)) return null;
    if (names[i][1].toUpperCase() === standard) own.push(part);
    else other = true;
  }
  return own.length && other ? own : null;
}

/**
 * A cell naming only the OTHER standard's indicators by that standard's name ('WRES indicator 2' in a WDES plan, 'WDES
 * 4a' in a WRES plan): a row of the trust's other work sharing the grid, serving none of this plan's indicators — its
 * number is the other standard's, not this one's. A cell naming both is `ownStandardsPart`'s; one naming neither is
 * read as ever.
 */
function namesOnlyOtherStandard(clean: string, standard: Standard | null): boolean {
  if (!standard) return false;
  const names = [...clean.matchAll(STANDARD_NAME)];
  if (!names.length || names.some((n) => n[1].toUpperCase() === standard)) return false;
  // Each name is followed by a number of its own ('WRES 6', 'WRES indicator 2'), as an indicator is named.
  return names.every((n) => /^\s*[-–:]?\s*(?:(?:indicators?|metrics?|ind\.?|no\.?)\s*)?\d/i.test(clean.slice(n.index! + n[0].length)));
}

/** A code lettered by its standard: 'W5' a WRES indicator, 'M4a' a WDES metric. */
const LETTER_CODE = /\b([WM])\s*-?\s*(\d{1,2}\s*[a-d]?)(?![\da-z])/gi;

/**
 * A joint plan's cell coding each standard's indicators by its own letter ('W5, W6; M4a', 'W9; M10': W for the WRES
 * indicators, M for the WDES metrics, as its key line says): the plan read as one standard takes its own letter's codes.
 * Null unless the cell holds codes of both letters (a WDES plan's 'M4a, M4b' alone, or a WRES plan's 'W5', is read whole).
 */
function ownLettersCodes(clean: string, standard: Standard | null): string[] | null {
  if (!standard || !/\bW\s*-?\s*\d/i.test(clean) || !/\bM\s*-?\s*\d/i.test(clean)) return null;
  const own = standard === 'WRES' ? 'W' : 'M';
  const codes = [...clean.matchAll(LETTER_CODE)];
  if (!codes.some((m) => m[1].toUpperCase() !== own)) return null;
  return codes.filter((m) => m[1].toUpperCase() === own).map((m) => `${m[1]}${m[2]}`);
}

/** A tag's colour as a board exports it after its name: 'WRES 6 (green)', 'Data (purple)'. */
const TAG_COLOUR = /\s*\([a-z ]{2,20}\)$/i;

/**
 * A list of tags as a project board or task list exports them ('WRES 6 (green), WRES 8 (green)', 'Data;WRES 2;WRES 3',
 * 'Comms | WRES 5 | WRES 6', Jira's 'WRES_Ind5 WRES_Ind6' parted by spaces), where two tags or more each name an indicator by the indicator's own word and number:
 * every such tag's indicators, in the order written (topic tags such as 'Data (purple)' name none). Null when fewer than
 * two tags name one: a list of numbers after one word ('WRES 5, 6', 'Indicators 5, 6 and 7') is read as a list.
 */
function eachTagNamed(clean: string, standard: Standard | null): string[] | null {
  const listed = /[,;|]/.test(clean);
  // Jira's labels hold no spaces and are exported parted by spaces ('WRES_Ind5 WRES_Ind6'): each word is a tag.
  if (!listed && !/_/.test(clean)) return null;
  const tags = (listed ? clean.split(/\s*(?:;#?|\||,)\s*/) : clean.split(' ')).map((t) => t.replace(TAG_COLOUR, '')).filter(Boolean);
  const naming = tags.filter((t) => NAMES_INDICATOR.test(t));
  if (naming.length < 2) return null;
  const ids = naming.flatMap((t) => readIndicators(t, standard));
  return ids.length ? ids.filter((id, i) => ids.indexOf(id) === i) : null;
}

/**
 * A further code added in brackets after the first, with 'and', 'also' or 'plus' ('7 (and 9a?)', '5 (also 6)'): the
 * writer names it too, a question mark their doubt rather than a withdrawal. A bracket of words ('4 (patients)') or of
 * the first code's parts ('4 (a and b)') is not this.
 */
const ALSO_IN_BRACKETS = /\s*\(\s*(?:and|also|plus|&|\+)\s+(\d{1,2}\s*[a-d]?(?:\s*(?:,|&|\/|and)\s*\d{1,2}\s*[a-d]?)*)\s*\??\s*\)/gi;

const readCached = memoiseText((key: string): readonly string[] => {
  const split = key.indexOf('\u0000');
  return Object.freeze(readIndicators(key.slice(split + 1), (key.slice(0, split) || null) as Standard | null));
});

function readIndicators(text: string, standard: Standard | null): string[] {
  // A paper's section number before a heading naming its indicator by word ('6. Indicators 5 to 8') is no indicator.
  let clean = withoutSectionNumber(text.replace(TAG, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim());
  if (!clean) return [];
  if (namesOnlyOtherStandard(clean, standard)) return [];
  const own = ownStandardsPart(clean, standard) ?? ownLettersCodes(clean, standard);
  if (own !== null) return own.flatMap((part) => readIndicators(part, standard)).filter((id, i, all) => all.indexOf(id) === i);
  if (ALL.test(clean)) return standard ? indicatorIds(standard) : [];
  // 'M4a/b', '9a & b': the second part shares the first's number ('4a/4b').
  // Tags a board or list exports, several naming an indicator each ('WRES 6 (green), WRES 8 (green)'): every tag's.
  const tagged = eachTagNamed(clean, standard);
  if (tagged) return tagged;
  clean = numbersWritten(clean, standard).replace(SHARED_NUMBER, '$1$2/$1$3').replace(ALSO_IN_BRACKETS, ' and $1').replace(PART_IN_BRACKETS, '$1$2');
  const m = LIST.exec(clean);
  if (!m) {
    const one = indicatorOfCell(clean, standard);
    return one ? [one] : [];
  }
  const max = standard === 'WRES' ? 9 : 10;
  const out: string[] = [];
  const add = (id: string) => {
    if (!out.includes(id)) out.push(id);
  };
  // Tokens are numbers (with a WDES part letter) and the separators between them; a dash means a range.
  const tokens = m[1].toLowerCase().match(/\d{1,2}\s*[a-d]?(?![a-z])|-|–|\bto\b/g) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === '-' || t === '–' || t === 'to') continue;
    const n = Number(/\d+/.exec(t)![0]);
    const letter = standard === 'WDES' ? (/[a-d]/.exec(t)?.[0] ?? '') : '';
    const prev = tokens[i - 1];
    const from = i >= 2 && (prev === '-' || prev === '–' || prev === 'to') ? Number(/\d+/.exec(tokens[i - 2])![0]) : null;
    if (from !== null && !letter && from < n) {
      for (let k = from + 1; k <= Math.min(n, max); k++) add(String(k));
      continue;
    }
    if (n >= 1 && n <= max) add(`${n}${letter}`);
  }
  // One metric given without its letter, then words that name one of its parts: "Metric 4 (reporting harassment)" is 4b.
  return out.length === 1 ? [metricPartNamed(out[0], clean.slice(m[0].length), standard)] : out;
}
