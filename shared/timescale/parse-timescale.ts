import { lookupTable } from '../lookup-table';
import { collapse } from '../grid/cell-text';
import { memoiseText } from '../memoise-text';
import { splitHorizon } from './split-horizon';
import type { CellValue, DueWindow } from '../types';
import { textSerial } from './text-serial';
import {
  type DaySpan,
  MAX_YEAR,
  MIN_YEAR,
  daysInMonth,
  feastDay,
  financialQuarterSpan,
  isoDayOfDate,
  isoDayOfExcelSerial,
  monthSpan,
  toIsoDay,
} from './calendar';

/**
 * What the parser may know about the plan beyond the cell.
 *
 * @example
 * parseTimescale('Q3/Q4', { financialYear: 2023 } satisfies ParseTimescaleOptions)
 */
export interface ParseTimescaleOptions {
  /**
   * Start year of the plan's NHS financial year (2023 for 2023/24). Lets bare quarters ('Q3/Q4') and bare
   * months ('March') be placed; without it they are flagged unparsed rather than guessed.
   */
  financialYear?: number;
}

/** No trust writes a timescale this long; longer text is kept and flagged without scanning it. */
const MAX_TIMESCALE_LENGTH = 400;

const MONTHS = lookupTable({
  january: 0, jan: 0, february: 1, feb: 1, march: 2, mar: 2, april: 3, apr: 3, may: 4, june: 5, jun: 5,
  july: 6, jul: 6, august: 7, aug: 7, september: 8, sept: 8, sep: 8, october: 9, oct: 9, november: 10,
  nov: 10, december: 11, dec: 11,
});
const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\\.?';
const QUARTER = '(?:q\\s?([1-4])|(?:quarter|qtr)\\.?\\s*([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th|final|last)\\s+quarter(?:\\s+of)?)';
const ORDINAL_QUARTER = lookupTable({ first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 });
/** Meteorological seasons, as the Met Office uses them; winter runs into the next year. */
const SEASON_START = lookupTable({ spring: 2, summer: 5, autumn: 8, fall: 8, winter: 11 });
const END = '(?![a-z0-9])';

const FILLER = new Set([
  'and', 'to', 'through', 'thru', 'from', 'during', 'in', 'of', 'the', 'end', 'start', 'beginning', 'project',
  'programme', 'program', 'year', 'years', 'approx', 'approximately', 'target', 'date', 'due', 'complete',
  'completed', 'completion', 'review', 'reviewed', 'for', 'at', 'on', 'within', 'over', 'across', 'with',
  'then', 'fy', 'financial', 'calendar', 'since', 'starting', 'commencing', 'deadline', 'expected', 'estimated',
  'until', 'till', 'by', 'before', 'early', 'mid', 'late', 'a', 'an', 'whole', 'throughout',
  // Revised timescales keep both dates ('March 2022 revised to June 2022'); the window covers both.
  'revised', 'extended', 'original', 'originally', 'now', 'moved', 'delayed', 'postponed', 'new', 'rescheduled',
  // … and so do dates noted as the earlier one ('March 2024 (was Dec 2023)', 'Sept 2024, previously June 2024').
  'was', 'previously', 'formerly',
]);
// 'Immediate': started at once and kept up — no end date to be overdue against.
const ONGOING = /^(ongoing|continuous|continual|continuing|rolling|onwards|bau|annual|annually|quarterly|monthly|yearly|weekly|biannually|bimonthly|regularly|indefinite|immediate|immediately)$/;
const DEADLINE = /^(by|before|until|till|deadline)$/;
const FROM = /^(from|since|starting|commencing)$/;

type Piece =
  | { kind: 'span'; span: DaySpan; fy?: number; wholeYear?: boolean; at: number; deadline: boolean; from: boolean }
  | { kind: 'month'; month: number; day?: number; at: number; deadline: boolean; from: boolean }
  | { kind: 'quarter'; quarter: number; quarters: number; at: number; deadline: boolean; from: boolean };

interface Scan {
  pieces: Piece[];
  ongoingAt: number[];
  unknown: boolean;
}

/**
 * Reads a plan's timescale cell into the window it means: `{ text, start, end, ongoing, parsed }` (ISO days).
 *
 * Understands month-years ('Jan-20', 'May 2020', 'Decembe r 2021'), years ('2019'), UK dates ('31/03/2025'),
 * NHS financial years, quarters and halves ('2020/21', 'Q4 23/24', 'FY20/21 Q3', 'During Q4 23/ Q1 24'; Q1 = Apr–Jun;
 * 'H2 2020/21' = Oct–Mar), seasons
 * ('Autumn 2021'), deadlines ('By end October 2021', 'up to 2025' → no start), ranges ('Sep 2020 - Mar 2021'),
 * 'Ongoing' forms, Excel serial numbers and Dates. Anything it does not fully understand (a stray word, 'TBC')
 * is kept verbatim with `parsed: false` — a timescale is never guessed.
 *
 * Quarters with a four-digit calendar year ('First quarter 2020', 'Q1 2020') are calendar quarters (Jan–Mar 2020):
 * a single four-digit year names a calendar year everywhere else in these plans ('May 2020', '2019'), and trusts
 * write financial years as two years ('2020/21'). A quarter with a two-digit year ('Q1 24') is the NHS shorthand
 * for the financial year starting then (Apr–Jun 2024), which is what makes 'Q4 23/ Q1 24' one continuous window.
 *
 * @example
 * parseTimescale('Q4 23/24') // { text: 'Q4 23/24', start: '2024-01-01', end: '2024-03-31', ongoing: false, parsed: true }
 * parseTimescale('Q3/Q4', { financialYear: 2023 }) // start '2023-10-01', end '2024-03-31'
 * parseTimescale('TBC') // { text: 'TBC', start: null, end: null, ongoing: false, parsed: false }
 */
export function parseTimescale(value: CellValue | undefined, options: ParseTimescaleOptions = {}): DueWindow {
  if (value === null || value === undefined) return unparsed('');
  if (typeof value === 'boolean') return unparsed(value ? 'TRUE' : 'FALSE');
  if (value instanceof Date) {
    const day = isoDayOfDate(value);
    // An invalid or out-of-range Date has no text a user would recognise: treat the cell as empty.
    return day ? { text: ukDay(day), start: day, end: day, ongoing: false, parsed: true } : unparsed('');
  }
  if (typeof value === 'number') return parseNumber(value);
  if (typeof value !== 'string') return unparsed(String(value));
  // A plan repeats its timescales ('Q4 23/24', 'Ongoing') down the sheet: parse each text once per year.
  // Callers may change what they get back, so each gets its own copy.
  return { ...parserOfYear(options.financialYear)(value) };
}

/** One cache per plan year, so the cell's own text is the key (no key to build per cell). */
const PARSERS = new Map<number | undefined, (text: string) => DueWindow>();

function parserOfYear(financialYear: number | undefined): (text: string) => DueWindow {
  let parse = PARSERS.get(financialYear);
  if (!parse) {
    // A plan has one year; a process checking many plans keeps a few years' caches, never an unbounded number.
    if (PARSERS.size >= 16) PARSERS.clear();
    const options: ParseTimescaleOptions = financialYear === undefined ? {} : { financialYear };
    PARSERS.set(financialYear, (parse = memoiseText((text: string) => parseText(text, options))));
  }
  return parse;
}

function unparsed(text: string): DueWindow {
  return { text, start: null, end: null, ongoing: false, parsed: false };
}

function ukDay(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function parseNumber(value: number): DueWindow {
  // NaN and Infinity never come from a real cell; showing them to a user would only confuse.
  if (!Number.isFinite(value)) return unparsed('');
  if (Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR) {
    // A bare year typed into a cell arrives as a number; no serial of a plan's era is this small.
    return { text: String(value), start: toIsoDay(value, 0, 1), end: toIsoDay(value, 11, 31), ongoing: false, parsed: true };
  }
  const day = isoDayOfExcelSerial(value);
  if (!day || value < 366) return unparsed(String(value));
  return { text: ukDay(day), start: day, end: day, ongoing: false, parsed: true };
}

function parseText(text: string, options: ParseTimescaleOptions): DueWindow {
  if (text.length > MAX_TIMESCALE_LENGTH) return unparsed(text);
  // A date serial typed as text ('45565', a Power BI or CSV export's date column) is the day it counts to.
  const serial = textSerial(text);
  if (serial !== null) return parseNumber(serial);
  const normal = normalise(text);
  if (normal === '') return unparsed(text);
  const scan = scanPieces(normal);
  if (scan.unknown) return readBeforeNote(text, options) ?? readAfterHorizon(text, options) ?? readAfterEvent(text, options) ?? readWeek(text, options) ?? unparsed(text);
  const spans = placePieces(scan.pieces, options);
  if (spans === null) return unparsed(text);
  const last = spans[spans.length - 1];
  // 'From April 2021' with nothing after it has begun and not ended: that is ongoing work.
  const ongoing = scan.ongoingAt.length > 0 || (last !== undefined && last.from && !last.deadline);
  if (spans.length === 0) {
    return ongoing ? { text, start: null, end: null, ongoing: true, parsed: true } : unparsed(text);
  }
  const windowed = spans.filter((s) => !s.deadline);
  const start = windowed.length > 0 ? windowed.map((s) => s.span.start).reduce((a, b) => (a < b ? a : b)) : null;
  let end: string | null = spans.map((s) => s.span.end).reduce((a, b) => (a > b ? a : b));
  if (ongoing) {
    // 'Sept 16 and on-going', 'March 2021 - ongoing', 'Ongoing from April 2021': the date is where it starts.
    // 'Ongoing during 23/24', 'Ongoing, review March 2024': the date bounds it.
    const ongoingAfterDates = scan.ongoingAt.length > 0 && Math.max(...scan.ongoingAt) > last.at;
    if (ongoingAfterDates || last.from) end = null;
  }
  return { text, start, end, ongoing, parsed: true };
}

/** Where a note may start after a timescale: a spaced dash, a comma, an opening bracket. */
const NOTE_START = /\s[-\u2013\u2014]\s|,\s*|\s\(/;

/**
 * A timescale followed by a note with no date in it ("Ongoing – every cohort", "Q3 (subject to funding)",
 * "March 2022, pending recruitment"): the note says something about the work, the words before it say when.
 * Null when the text has no such note or the words before it are no timescale either.
 */
function readBeforeNote(text: string, options: ParseTimescaleOptions): DueWindow | null {
  const at = NOTE_START.exec(text);
  if (!at || at.index === 0) return null;
  const note = text.slice(at.index + at[0].length);
  if (/\d/.test(note) || !/\p{L}/u.test(note)) return null;
  const before = parseText(text.slice(0, at.index), options);
  return before.parsed ? { ...before, text } : null;
}

/**
 * A horizon followed by when it ends or runs ('Short term – by 31 March 2019', 'Year 1 (2021/22)', 'Medium term –
 * during 2019/20'): the words after the horizon say when; the horizon only names the step. Null when no horizon leads
 * the text or the words after it are no timescale.
 */
function readAfterHorizon(text: string, options: ParseTimescaleOptions): DueWindow | null {
  const split = splitHorizon(text);
  if (!split?.rest) return null;
  const after = parseText(split.rest, options);
  return after.parsed ? { ...after, text } : null;
}

/**
 * A week named by its first or last day, as rotas and project plans write it: 'w/c 3 June 2024', 'W/B 03/06/24', 'week
 * commencing 3rd June', 'wk beg. 3/6/24' (the week that day starts), 'w/e 14/06/24', 'week ending 14 June' (the week it
 * ends; a bare 'we' is the pronoun, never a week). Group 1 names the week, group 2 is the day.
 */
const WEEK = /^\s*(w\s*\/\s*[cbe]|w\.?[cb]\.?|w\.e\.|(?:wk|week)\.?\s+(?:commencing|comm|beginning|beg|starting|ending|end)\.?)\s*[:\-\u2013]?\s+(.+)$/i;
const DAY_MS = 86_400_000;

/**
 * A week named by the day it starts or ends (`WEEK`): the action is due within those seven days, so the window runs
 * from that day six days on ('w/c 3 June 2024' is 3–9 June), or to it from six days before ('w/e 14/06/24' is 8–14
 * June). Null when the text names no week so or its words after the abbreviation are no single day.
 *
 * @example
 * readWeek('w/c 3 June 2024', {}); // { text: 'w/c 3 June 2024', start: '2024-06-03', end: '2024-06-09', ongoing: false, parsed: true }
 */
function readWeek(text: string, options: ParseTimescaleOptions): DueWindow | null {
  const m = WEEK.exec(text);
  if (!m) return null;
  const day = parseText(m[2], options);
  if (!day.parsed || day.start === null || day.start !== day.end) return null;
  const ending = /e\.?$|end/i.test(m[1]);
  const other = new Date(Date.parse(day.start) + (ending ? -6 : 6) * DAY_MS).toISOString().slice(0, 10);
  return { text, start: ending ? other : day.start, end: ending ? day.start : other, ongoing: false, parsed: true };
}

/** An event's name, then its date after a spaced dash or a colon, or in closing brackets: 'Board seminar – Jan 2026'. */
const EVENT_THEN_DATE = /^([^\d()]{2,60}?)(?:\s+[-\u2013\u2014]\s+|:\s+|\s*\()([^()]+?)\)?\s*$/;

/**
 * An event named before its date ('Staff awards (June 2022)', 'Board seminar – Jan 2026', 'People Committee: March
 * 2024'): the work is due at the event, and the date says when that is. The name holds no number, so a date is never
 * taken from inside it; null when the words after it are no timescale.
 */
function readAfterEvent(text: string, options: ParseTimescaleOptions): DueWindow | null {
  const m = EVENT_THEN_DATE.exec(text);
  if (!m) return null;
  const after = parseText(m[2], options);
  return after.parsed && (after.start !== null || after.end !== null) ? { ...after, text } : null;
}

/** Lower-cases and tidies the text: one kind of dash, no brackets, split month words joined ('Decembe r'). */
function normalise(text: string): string {
  let s = text.toLowerCase().normalize('NFKC');
  s = s.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019]/g, "'");
  s = s.replace(/[()[\]{}"]/g, ' ');
  // A database or API stamp gives the day with its time ('2021-03-31 00:00:00.000', '2021-01-12T10:03:41Z'): the day
  // is when; the time of day says nothing more about a deadline.
  if (s.includes(':')) s = s.replace(ISO_STAMP_TIME, '$1');
  s = s.replace(/\bon[\s-]+going\b/g, 'ongoing').replace(/\bbusiness as usual\b/g, 'bau');
  s = s.replace(/\bup to\b/g, 'until').replace(/\bno later than\b/g, 'by');
  s = s.replace(/\bbi-(annually|monthly)\b/g, 'bi$1');
  // An NHS year ends on 31 March: 'year end', 'by year-end', 'end of the financial year' are its last quarter, placed in
  // the plan's year as a bare 'Q4' is. ('End of year 2' is a strategy's year, read as such.)
  s = s.replace(YEAR_END, 'q4');
  // A recurrence written in words is a recurrence ('Six-monthly', 'Twice a year', 'Every quarter'): ongoing work.
  s = s.replace(RECURRENCE, (_, how: string) => RECURS[how.replace(/^(?:every|each)\s+/, '')] ?? 'ongoing');
  // Most texts name no month at all: one pass over the text rules out every month's pattern at once (it matches where
  // one of them does), before each is replaced in turn.
  if (ANY_SPLITTABLE_MONTH.test(s)) for (const name of SPLITTABLE_MONTHS) s = s.replace(name.pattern, name.month);
  return collapse(s);
}

/** The time of day after an ISO day ('2021-03-31 00:00:00.000', '…t10:03:41.55+00:00', '…t10:03z'); group 1 is the day. */
const ISO_STAMP_TIME = /\b(\d{4}-\d{1,2}-\d{1,2})(?:t|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|\s*[+-]\d{2}:?\d{2})?(?![\d:])/g;

/** The end of the (financial) year in words, not a strategy's numbered year ('end of year 2'). */
const YEAR_END = /\b(?:(?:financial|fin)\s+)?year[\s-]?end\b|\bend\s+of\s+(?:the\s+)?(?:financial\s+)?year\b(?!\s*\d{1,2}\b)/g;

/** How often, in words: 'six-monthly', 'twice a year', 'every six months', 'each quarter', 'throughout the year'. */
const RECURRENCE = /\b((?:six|6)[\s-]*monthly|(?:twice|two times)\s+(?:a|per|each|every)\s+year|twice\s+yearly|(?:every|each)\s+(?:(?:six|6)\s+months|quarter|month|year|week)|throughout\s+the\s+year)\b/g;
const RECURS = lookupTable({
  'six-monthly': 'biannually', 'six monthly': 'biannually', 'sixmonthly': 'biannually', '6-monthly': 'biannually', '6 monthly': 'biannually',
  'six months': 'biannually', '6 months': 'biannually', quarter: 'quarterly', month: 'monthly', year: 'annually', week: 'weekly',
});

/** Month names a PDF-to-Excel conversion may have split with one stray space ('Decembe r', 'Sept ember'). */
const SPLITTABLE_MONTHS = ['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map(
  (month) => ({ month, pattern: new RegExp(`\\b${month.split('').join(' ?')}\\b`, 'g') }),
);
/** Any of SPLITTABLE_MONTHS' patterns: one test for them all. */
const ANY_SPLITTABLE_MONTH = new RegExp(SPLITTABLE_MONTHS.map((name) => name.pattern.source).join('|'));

interface Matcher {
  re: RegExp;
  /** A piece; null = looks like a date but is not a valid one (flag it); 'skip' = consume, means nothing; 'pass' = try the next matcher. */
  read(m: RegExpExecArray): PieceDraft | null | 'skip' | 'pass';
}
/** A bare quarter ('Q3') or half ('H2' = quarters 3 and 4) needs a financial year from its neighbours or the plan. */
type PieceDraft = { span: DaySpan; fy?: number; wholeYear?: boolean } | { month: number; day?: number } | { quarter: number; quarters?: number };

function sticky(source: string): RegExp {
  return new RegExp(source + END, 'y');
}

function year(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

function validYear(y: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

function daySpan(y: number, month: number, day: number): { span: DaySpan } | null {
  if (!validYear(y) || month < 0 || month > 11 || day < 1 || day > daysInMonth(y, month)) return null;
  const iso = toIsoDay(y, month, day);
  return { span: { start: iso, end: iso } };
}

/** A financial year written as two years: second must follow the first ('23/24', '2020/21'); '2020/22' spans two. */
function financialYears(a: string, b: string, separator: string): { first: number; last: number } | null {
  const first = year(a);
  let last = b.length === 2 ? Math.floor(first / 100) * 100 + Number(b) : Number(b);
  if (b.length === 2 && last < first) last += 100;
  if (!validYear(first) || !validYear(last)) return null;
  if (last === first + 1) return { first, last };
  if (separator === '/' && last > first + 1 && last - first <= 5) return { first, last };
  return null;
}

function quarterNumber(m: RegExpExecArray, offset: number): number {
  return Number(m[offset] ?? m[offset + 1] ?? ORDINAL_QUARTER[m[offset + 2]]);
}

/**
 * A part of the year that plans name by its number: a quarter ('Q3', 'third quarter') or a half ('H2').
 * Both are written the same three ways — in a financial year ('Q4 23/24', 'H2 2020/21'), in a calendar
 * year ('Q1 2020', 'H1 2024') or bare ('Q3', 'H2': placed by the plan's financial year) — so one
 * definition reads both.
 */
interface YearPart {
  /** The part's pattern; its number is read by `number` from the first `groups` capture groups. */
  re: string;
  groups: number;
  number(m: RegExpExecArray): number;
  /** How many quarters the part lasts. */
  quarters: number;
}

/** The three ways a part of the year is written, as matchers: in a financial year, in a calendar year, bare. */
function yearPartMatchers(part: YearPart): Record<'financial' | 'calendar' | 'bare', Matcher> {
  const y = part.groups + 1;
  const months = part.quarters * 3;
  const spanIn = (fyStart: number, n: number) => monthSpan(fyStart, 3 + (n - 1) * months, months);
  return {
    financial: {
      re: sticky(`${part.re}\\s*(?:fy\\s*)?(\\d{4}|\\d{2})\\s*([/-])\\s*(\\d{4}|\\d{2})`),
      read: (m) => {
        const fy = financialYears(m[y], m[y + 2], m[y + 1]);
        return fy && fy.last === fy.first + 1 ? { span: spanIn(fy.first, part.number(m)), fy: fy.first } : null;
      },
    },
    calendar: {
      re: sticky(`${part.re}\\s*(\\d{4})`),
      read: (m) => (validYear(Number(m[y])) ? { span: monthSpan(Number(m[y]), (part.number(m) - 1) * months, months) } : null),
    },
    bare: { re: sticky(part.re), read: (m) => ({ quarter: (part.number(m) - 1) * part.quarters + 1, ...(part.quarters > 1 ? { quarters: part.quarters } : {}) }) },
  };
}

const QUARTERS = yearPartMatchers({ re: QUARTER, groups: 3, number: (m) => quarterNumber(m, 1), quarters: 1 });
const HALVES = yearPartMatchers({ re: 'h([12])', groups: 1, number: (m) => Number(m[1]), quarters: 2 });

const MATCHERS: Matcher[] = [
  // 2025-03-31
  { re: sticky('(\\d{4})-(\\d{1,2})-(\\d{1,2})'), read: (m) => daySpan(Number(m[1]), Number(m[2]) - 1, Number(m[3])) },
  // 31/03/2025, 31.03.25 — UK order, day first
  { re: sticky('(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})'), read: (m) => daySpan(year(m[3]), Number(m[2]) - 1, Number(m[1])) },
  // 31 March 2025, 1st Apr 21, 31-Mar-25, Jira's 31/Jan/23
  {
    re: sticky(`(\\d{1,2})(?:st|nd|rd|th)?(?![0-9])[\\s/-]*(?:of\\s+)?${MONTH}[\\s,'/-]*(\\d{4}|\\d{2})`),
    read: (m) => daySpan(year(m[3]), MONTHS[m[2]], Number(m[1])),
  },
  // March 31 2025, March 31st, 2025
  { re: sticky(`${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![0-9]),?\\s+(\\d{4})`), read: (m) => daySpan(Number(m[3]), MONTHS[m[1]], Number(m[2])) },
  // Q4 23/24, Q1 2020/21, first quarter 2020/21 — a financial quarter
  QUARTERS.financial,
  // 'Q4 23/' (the first half of 'Q4 23/ Q1 24') — the financial year starting 2023
  { re: new RegExp(`${QUARTER}\\s*(\\d{2})\\s*/(?!\\s*\\d)`, 'y'), read: (m) => ({ span: financialQuarterSpan(year(m[4]), quarterNumber(m, 1)), fy: year(m[4]) }) },
  // Q1 2020 / First quarter 2020 — calendar quarter (see the note above)
  QUARTERS.calendar,
  // Q1 24 — the NHS shorthand for the financial year starting 2024
  { re: sticky(`${QUARTER}\\s*(\\d{2})`), read: (m) => ({ span: financialQuarterSpan(year(m[4]), quarterNumber(m, 1)), fy: year(m[4]) }) },
  // H2 2020/21, H1 23/24 — a half of a financial year
  HALVES.financial,
  // H1 2024 — a calendar half, as 'Q1 2020' is a calendar quarter
  HALVES.calendar,
  // H2 (needs the plan's financial year, like 'Q3')
  HALVES.bare,
  // 2020/21, 23/24, 2020-21, FY 2020/2021
  {
    re: sticky('(?:fy\\s*)?(\\d{4}|\\d{2})\\s*([/-])\\s*(\\d{4}|\\d{2})'),
    read: (m) => {
      // '2019-2021' is a run of calendar years, read as two years below.
      if (m[2] === '-' && m[3].length === 4) return 'pass';
      const fy = financialYears(m[1], m[3], m[2]);
      if (!fy && m[2] === '-') return 'pass';
      // One financial year names the year a quarter beside it falls in ('FY20/21 Q3').
      return fy ? { span: { start: toIsoDay(fy.first, 3, 1), end: toIsoDay(fy.last, 2, 31) }, ...(fy.last === fy.first + 1 ? { fy: fy.first, wholeYear: true } : {}) } : null;
    },
  },
  // Winter 2019/20, Spring 2023/24 — a season of a financial year: winter straddles its turn of the year, spring ends it
  {
    re: sticky('(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?(\\d{4}|\\d{2})\\s*/\\s*(\\d{4}|\\d{2})'),
    read: (m) => {
      const fy = financialYears(m[2], m[3], '/');
      if (!fy || fy.last !== fy.first + 1) return null;
      return { span: monthSpan(m[1] === 'spring' ? fy.last : fy.first, SEASON_START[m[1]], 3) };
    },
  },
  // Christmas 2021, Easter 2023 — the feast's day in the year named ('By Christmas 2021' is due by 25 December)
  {
    re: sticky('(christmas|xmas|easter)\\s+(?:of\\s+)?(\\d{4}|\\d{2})'),
    read: (m) => (validYear(year(m[2])) ? { span: feastDay(m[1] === 'easter' ? 'easter' : 'christmas', year(m[2])) } : null),
  },
  // Autumn 2021
  {
    re: sticky('(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?(\\d{4}|\\d{2})'),
    read: (m) => (validYear(year(m[2])) ? { span: monthSpan(year(m[2]), SEASON_START[m[1]], 3) } : null),
  },
  // May 2020, Jan-20, Sept 16, (Feb 22)
  { re: sticky(`${MONTH}[\\s/',.-]*(\\d{4}|\\d{2})`), read: (m) => (validYear(year(m[2])) ? { span: monthSpan(year(m[2]), MONTHS[m[1]]) } : null) },
  // '3-year', '18 months': how long, not when
  { re: sticky('\\d+\\s*-?\\s*(?:years?|months?|weeks?|yrs?)'), read: () => 'skip' },
  // 2019
  { re: sticky('(\\d{4})'), read: (m) => (validYear(Number(m[1])) ? { span: { start: toIsoDay(Number(m[1]), 0, 1), end: toIsoDay(Number(m[1]), 11, 31) } } : null) },
  // March (year from its neighbours or the plan's financial year)
  { re: sticky(MONTH), read: (m) => ({ month: MONTHS[m[1]] }) },
  // 'Before Xmas': Christmas Day of the year its neighbours or the plan's financial year give, as a bare month is placed
  // (Easter with no year is left: it falls either side of April, so which financial year's is not known).
  { re: sticky('(?:christmas|xmas)'), read: () => ({ month: 11, day: 25 }) },
  // Q3 (needs the plan's financial year)
  QUARTERS.bare,
];

/** Punctuation that only separates dates; any other symbol (letters of other scripts, emoji) is not understood. */
const SEPARATOR = /^[-/&+,.:;~!?*'`_|\\<>=@#%^$…•·]$/;

/** Early/mid/late narrow a whole year to its thirds. */
const YEAR_PART = lookupTable({ early: 0, mid: 4, late: 8 });

function scanPieces(s: string): Scan {
  const scan: Scan = { pieces: [], ongoingAt: [], unknown: false };
  let deadline = false;
  let from = false;
  let yearPart: number | null = null;
  let i = 0;
  let at = 0;
  while (i < s.length) {
    if (s[i] === ' ') {
      i++;
      continue;
    }
    at++;
    let matched = false;
    for (const matcher of MATCHERS) {
      matcher.re.lastIndex = i;
      const m = matcher.re.exec(s);
      if (!m) continue;
      const draft = matcher.read(m);
      if (draft === 'pass') continue;
      if (draft === null) return { ...scan, unknown: true };
      i = matcher.re.lastIndex;
      matched = true;
      if (draft === 'skip') break;
      if ('span' in draft) {
        let span = draft.span;
        if (yearPart !== null && span.start.endsWith('-01-01') && span.end.endsWith('-12-31') && span.start.slice(0, 4) === span.end.slice(0, 4)) {
          span = monthSpan(Number(span.start.slice(0, 4)), yearPart, 4);
        }
        scan.pieces.push({ kind: 'span', span, fy: draft.fy, wholeYear: draft.wholeYear, at, deadline, from });
      } else if ('month' in draft) {
        scan.pieces.push({ kind: 'month', month: draft.month, ...(draft.day ? { day: draft.day } : {}), at, deadline, from });
      } else if ('quarter' in draft) {
        scan.pieces.push({ kind: 'quarter', quarter: draft.quarter, quarters: draft.quarters ?? 1, at, deadline, from });
      }
      deadline = false;
      from = false;
      yearPart = null;
      break;
    }
    if (matched) continue;
    const word = /[a-z0-9']+/y;
    word.lastIndex = i;
    const w = word.exec(s);
    if (!w) {
      // Punctuation between dates ('-', '/', '&', ',') only separates them.
      if (!SEPARATOR.test(s[i])) return { ...scan, unknown: true };
      i++;
      continue;
    }
    i = word.lastIndex;
    const token = w[0].replace(/'/g, '');
    if (ONGOING.test(token)) scan.ongoingAt.push(at);
    else if (DEADLINE.test(token)) deadline = true;
    else if (FROM.test(token)) from = true;
    else if (token in YEAR_PART) yearPart = YEAR_PART[token];
    else if (!FILLER.has(token)) return { ...scan, unknown: true };
  }
  return scan;
}

type PlacedSpan = { span: DaySpan; at: number; deadline: boolean; from: boolean };

/** Turns bare months and quarters into dates using their neighbours or the plan's financial year; null if it cannot. */
function placePieces(pieces: Piece[], options: ParseTimescaleOptions): PlacedSpan[] | null {
  return placeQuarterLabel(pieces, options) ?? placeEach(pieces, options);
}

/**
 * A quarter written beside the months it names ('Q1 Apr–Jun 2024', 'Q2 (Jul–Sep) 2023', 'Q3 Oct–Dec 23', a calendar
 * 'Q1 Jan–Mar 2025'): the months and their year say when, and the quarter only labels them — placing the bare quarter
 * by the plan's year instead would stretch the window to another year, or fail when the plan's year is not known.
 * Only when the months are exactly that quarter's three, counted from April (NHS) or from January; otherwise null,
 * and the quarter is placed as any bare quarter is.
 */
function placeQuarterLabel(pieces: Piece[], options: ParseTimescaleOptions): PlacedSpan[] | null {
  const quarters = pieces.filter((p) => p.kind === 'quarter');
  if (quarters.length !== 1 || quarters[0].kind !== 'quarter' || quarters[0].quarters !== 1 || pieces.length < 2) return null;
  const quarter = quarters[0].quarter;
  const rest = placeEach(pieces.filter((p) => p !== quarters[0]), options);
  if (!rest || rest.length === 0) return null;
  const start = rest.map((p) => p.span.start).reduce((a, b) => (a < b ? a : b));
  const end = rest.map((p) => p.span.end).reduce((a, b) => (a > b ? a : b));
  const [y, m] = start.split('-').map(Number);
  const threeMonths = monthSpan(y, m - 1, 3);
  if (threeMonths.start !== start || threeMonths.end !== end) return null;
  const namesIt = (m - 1 - 3 + 12) % 12 === (quarter - 1) * 3 || m - 1 === (quarter - 1) * 3;
  if (!namesIt) return null;
  // 'By Q4 (Jan–Mar 2025)': what was said of the quarter is said of its months.
  const { deadline, from } = quarters[0];
  return rest.map((p) => ({ ...p, deadline: p.deadline || deadline, from: p.from || from }));
}

function placeEach(pieces: Piece[], options: ParseTimescaleOptions): PlacedSpan[] | null {
  const placed: PlacedSpan[] = [];
  // 'FY20/21 Q3': the year only says which Q3; the window is the quarter's.
  const narrowed = new Set<Piece>();
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index];
    if (piece.kind === 'span') {
      placed.push(piece);
      continue;
    }
    if (piece.kind === 'quarter') {
      // 'Q1-Q2 2021/22': a bare quarter shares the financial year of the quarter beside it.
      const partner = [...pieces.slice(index + 1), ...pieces.slice(0, index).reverse()].find((p) => p.kind === 'span' && p.fy !== undefined);
      const fy = partner && partner.kind === 'span' ? partner.fy : options.financialYear;
      if (fy === undefined || !validYear(fy)) return null;
      if (partner && partner.kind === 'span' && partner.wholeYear) narrowed.add(partner);
      const first = financialQuarterSpan(Math.trunc(fy), piece.quarter);
      const last = financialQuarterSpan(Math.trunc(fy), piece.quarter + piece.quarters - 1);
      placed.push({ ...piece, span: { start: first.start, end: last.end } });
      continue;
    }
    const next = pieces.slice(index + 1).find((p) => p.kind === 'span');
    const previous = [...pieces.slice(0, index)].reverse().find((p) => p.kind === 'span');
    let y: number;
    if (next && next.kind === 'span') {
      // 'Sep - Dec 2020', 'Nov - Jan 2021': the month belongs before the dated one.
      const [ny, nm] = next.span.start.split('-').map(Number);
      y = piece.month <= nm - 1 ? ny : ny - 1;
    } else if (previous && previous.kind === 'span') {
      const [py, pm] = previous.span.end.split('-').map(Number);
      y = piece.month >= pm - 1 ? py : py + 1;
    } else if (options.financialYear !== undefined && validYear(options.financialYear)) {
      y = Math.trunc(options.financialYear) + (piece.month < 3 ? 1 : 0);
    } else {
      return null;
    }
    if (!validYear(y)) return null;
    placed.push({ ...piece, span: piece.day ? { start: toIsoDay(y, piece.month, piece.day), end: toIsoDay(y, piece.month, piece.day) } : monthSpan(y, piece.month) });
  }
  return narrowed.size ? placed.filter((p) => !narrowed.has(p as Piece)) : placed;
}
