import { NAMES_INDICATOR } from '../indicators/indicator-word';
import { memoiseText } from '../memoise-text';
import { colourOfWord } from '../rag/colour-words';
import { DEFAULT_RAG_KEY } from '../rag/default-rag-key';
import { findKeyEntry } from '../rag/find-key-entry';
import { parseTimescale } from '../timescale/parse-timescale';
import type { CellValue } from '../types';
import { collapsedLongerThan, isWhitespace } from './cell-text';
import { startsWithVerb } from './starts-with-verb';

/** What one cell's contents look like, whatever its column's header says. */
export type CellKind = 'empty' | 'date' | 'timescale' | 'ongoing' | 'status' | 'ref' | 'indicator' | 'role' | 'narrative' | 'short';

/**
 * Words that name a role, a team or a body in NHS plans ("Head of OD", "EDI Lead", "BAME Network Chair").
 * A short cell with one of these, or with initials ("PD/OD", "HR (RB)"), names who leads an action.
 */
const ROLE = /\b(director|directors|head|heads|manager|managers|lead|leads|team|teams|officer|officers|chief|hr|hrbps?|od|edi|e&i|e&d|d&i|ed&i|l&d|network|networks|chair|chairs|committee|group|board|partner|partners|guardian|guardians|facilitator|consultant|advisor|adviser|nurse|deputy|ceo|cpo|coo|cno|cfo|people (team|directorate|services)|recruitment team|resourcing|staff side|union|unions|comms|communications|workforce (team|information)|executive|exec|champion|sponsor|secretary|practitioner|specialist|coordinator|co-ordinator|administrator|analyst|directorate|department|occupational health|ftsu)\b/i;
/** "A Board that reflects our communities" is an aim, not a role: roles have no article up front and no clause. */
const CLAUSE = /^(?:a|an)\s|\b(?:that|which|where|whose|will|should|must|is|are)\b/i;
const EMAIL = /^[\w.'-]+@[\w-]+(?:\.[\w-]+)+(?:\s*[;,/]\s*[\w.'-]+(?:@[\w-]+(?:\.[\w-]+)+)?)*$/;
const INITIALS = /^(?:[A-Z]{2,4}(?:\s*[/&,]\s*[A-Z]{2,4})+|.*\(\s*[A-Z][A-Za-z.]{0,3}(?:\s*(?:[&/,]|and)\s*[A-Z][A-Za-z.]{0,3})*\s*\))$/;
/**
 * A quarter alone ('Q1' … 'Q4'): when an action is due, in the plan's own financial year — a timescale, not an action's
 * number, though it reads like one ('A1', 'B2').
 */
const BARE_QUARTER = /^Q[1-4]\.?$/i;
const REF = /^(?:\d{1,3}|\d{1,2}[a-z]|\d{1,2}\.\d{1,2}(?:\.\d{1,2})?|[A-Z]{1,3}\s?\d{1,3}[a-z]?)\.?$/;
/**
 * A plan's own reference code: a prefix, a separator and a serial ('WR-01', 'MR/25/01', 'LHT-W01', 'U24-01', 'WD-1'),
 * as trusts number actions in their registers. Two letters in the prefix or two digits in the serial, so an indicator
 * list ('W5/W6', 'M1-4') stays an indicator; never a standard's, year's, quarter's or HIA's name ('WRES-1', 'FY24-25').
 */
const REF_CODE = /^(?!(?:WRES|WDES|FY|HIA|Q\d|H\d))(?:[A-Z]{2,4}\d{0,2}\s?[-/]\s?[A-Z]{0,2}\d{1,3}|[A-Z]\d{1,2}\s?[-/]\s?[A-Z]{0,2}\d{2,3})(?:[-/.]\d{1,3})?$/;
// "Indicator 3", "1&9", "All", and roman numerals alone or listed ("v & vi"), as older WRES plans number indicators.
const INDICATOR = new RegExp(`${NAMES_INDICATOR.source}|^\\d{1,2}\\s*(?:[&,/+]|and)\\s*\\d{1,2}\\b|^all$|^(?:ix|iv|v?i{1,3}|v)(?:\\s*(?:[&,/+]|and)\\s*(?:ix|iv|v?i{1,3}|v))*$`, 'i');
/** A numbered cell is an indicator when it reads like a metric's title ("2. Relative likelihood of…"), not a numbered action. */
const NUMBERED = /^(?:<[^>]*>\s*)*\d{1,2}\s*[a-d]?\s*[.)]\s+\S/;
/** Words a metric's own title is written in ('Percentage of staff …', 'Relative likelihood of …'), not an action's. */
export const METRIC_TITLE = /percentage|relative likelihood|likelihood of|proportion of|staff (experiencing|believing|saying|who)|board (voting )?membership|engagement score|in the last 12 months|compared (to|with)|personally experienced|have you/i;

/** Hashtags alone, two or more, as a plan tags its rows ('#HIA6 #WRES8 #WDES4a'). */
const HASHTAGS = /^#[\p{L}\d]+(?:\s+#[\p{L}\d]+)+$/u;

/**
 * Tags as a task tracker lists them ('Data;WRES 2', 'Race; WDES 4a', 'Comms | WRES 5'): short labels joined by ';',
 * ';#' or '|', or hashtags ('#HIA6 #WRES8'), one of them naming an indicator ('WRES 2'). The cell names that indicator,
 * whatever tag comes first.
 */
function isTagListNamingIndicator(text: string): boolean {
  const hashtags = HASHTAGS.test(text);
  if (!hashtags && !/[;|]/.test(text)) return false;
  const tags = hashtags ? text.split(/\s+/).map((t) => t.slice(1)) : text.split(/\s*(?:;#?|\|)\s*/).filter(Boolean);
  return tags.length >= 2 && tags.every((t) => t.length <= 30) && tags.some((t) => INDICATOR.test(t));
}

/** The text's first character that is no whitespace is a digit or '<' (as its tidied text's first character is). */
function opensWithDigitOrTag(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (isWhitespace(ch)) continue;
    return ch === 60 /* < */ || (ch >= 48 && ch <= 57);
  }
  return false;
}

/** A day, month and year typed as text ('31/03/2022', '01.10.21', '5-11-2021'). */
const TYPED_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;

/**
 * A date typed as text is no list of indicators ('31/03/2022' is not '31 & 3'), unless every number in it could be one
 * ('5/6/8', '1/9/10').
 */
function isTypedDate(text: string): boolean {
  const m = TYPED_DATE.exec(text);
  return m !== null && [m[1], m[2], m[3]].some((n) => Number(n) > 10);
}

/** A person's name as written ('Grace Okafor'), or as a directory lists it, surname first ('Okafor, Grace'). */
const PERSON = /^(?:[A-Z][a-z]+\s){1,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?$/;
const SURNAME_FIRST = /^[A-Z][a-z'’]+(?:[- ][A-Z][a-z'’]+)?,\s?[A-Z][a-z]+(?:\s[A-Z]\.?)?$/;

/**
 * People as a list's person field exports them: surname first ('Okafor, Grace'), several joined by ';' ('Hart,
 * Simon;Begum, Shahana'), a SharePoint lookup's ';#' and its item numbers ('12;#Hart, Simon') between them.
 */
function isListOfPeople(text: string): boolean {
  const people = text.split(/\s*;#?\s*/).filter((p) => p && !/^\d+$/.test(p));
  if (people.length === 0) return false;
  if (people.length === 1) return SURNAME_FIRST.test(people[0]);
  return people.every((p) => SURNAME_FIRST.test(p) || (p.split(' ').length <= 3 && PERSON.test(p)));
}

/**
 * Whether a cell says when: a date or a timescale ('Oct 2019', 'Q3 2023/24', '2021/22'), as a column of due dates holds.
 *
 * @example
 * saysWhen('Q3 2023/24'); // true
 * saysWhen('Head of OD'); // false
 */
export function saysWhen(value: CellValue): boolean {
  const kind = cellKind(value);
  return kind === 'date' || kind === 'timescale';
}

/**
 * The kind of one cell: a date or timescale, a status word, a short reference ("2a", "A1"), an
 * indicator ("Indicator 3", "2. Relative likelihood…", "1&9"), 'Ongoing' (a timescale or a status), who leads (a role, a team, initials, an email address),
 * narrative (a sentence or more), or a short text. A column's kinds say what it holds when its header
 * does not.
 *
 * @example
 * cellKind('Q3 2023/24'); // 'timescale'
 * cellKind('Q3'); // 'timescale': a quarter alone is when, not which
 * cellKind('Head of Organisational Development'); // 'role'
 * cellKind('In progress'); // 'status'
 */
export function cellKind(value: CellValue): CellKind {
  if (value === null || value === undefined || value === '') return 'empty';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'empty' : 'date';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'empty';
    // Serial days of the plans' era (1982–2064) are dates; small whole numbers are item numbers.
    if (value > 30_000 && value < 60_000) return 'date';
    return Number.isInteger(value) && value >= 0 && value < 1000 ? 'ref' : 'short';
  }
  if (typeof value !== 'string') return 'short';
  return kindOfText(value);
}

const kindOfText = memoiseText((raw: string): CellKind => {
  // Past 200 characters tidied, only a numbered metric's title (NUMBERED: a digit or a tag first) is anything but
  // narrative. Long texts are not cached and every column's cells are asked: an action's paragraph opening with a word
  // is told apart on the text as written, with no tidied copy made (its tidied length counted, its first letter seen).
  if (raw.length > 200 && !opensWithDigitOrTag(raw) && collapsedLongerThan(raw, 200)) return 'narrative';
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) return 'empty';
  if (text.length > 200) return NUMBERED.test(text) && METRIC_TITLE.test(text.slice(0, 200)) ? 'indicator' : 'narrative';
  const words = text.split(' ').length;
  if (BARE_QUARTER.test(text)) return 'timescale';
  if (REF.test(text) || REF_CODE.test(text)) return 'ref';
  if ((INDICATOR.test(text) && !isTypedDate(text)) || (NUMBERED.test(text) && METRIC_TITLE.test(text)) || isTagListNamingIndicator(text)) return 'indicator';
  if (text.length <= 40 && (colourOfWord(text) || findKeyEntry(text, DEFAULT_RAG_KEY))) {
    // 'Ongoing' and 'Complete' are statuses in one column and timescales in another: words decide at column level.
    if (!/^(on ?going|annual(ly)?|quarterly|monthly)$/i.test(text)) return 'status';
  }
  if (text.length <= 60) {
    const due = parseTimescale(text);
    // 'Ongoing', 'Annually': a timescale in one plan, a status in another.
    if (due.parsed) return /\d/.test(text) ? 'timescale' : 'ongoing';
    if (/^(tbc|tba|tbd|n\/?a|to be confirmed|to be agreed)$/i.test(text)) return 'timescale';
  }
  // Who leads, by email address ('r.begum@trust.nhs.uk', 'k.osei; l.henderson@…'): a person, like a name.
  if (text.includes('@') && EMAIL.test(text)) return 'role';
  if (words <= 10 && text.length <= 90 && !/[.!?]\s*\S/.test(text) && !startsWithVerb(text) && !CLAUSE.test(text) && (ROLE.test(text) || INITIALS.test(text))) return 'role';
  if (words <= 3 && PERSON.test(text)) return 'role'; // a person's name
  if (text.length <= 90 && isListOfPeople(text)) return 'role';
  return words > 8 || text.length > 60 ? 'narrative' : 'short';
});
