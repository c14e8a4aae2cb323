import { memoiseText } from '../memoise-text';
import { readColourPairs } from '../rag/read-colour-pairs';
import { parseTimescale } from '../timescale/parse-timescale';
import { collapse } from './cell-text';

/** The period one column of a tracker reports on ("Q3", "Sep 2021", "H1", "Update 2"), and where it falls. */
export interface HeaderPeriod {
  /** The period as the header writes it. */
  label: string;
  /** How long the period is: columns of one tracker share it (quarters with quarters, months with months). */
  every: 'day' | 'month' | 'quarter' | 'half' | 'year' | 'update';
  /** Sorts the periods in time order: the end of the period, then its start (ISO days), or the update's number. */
  order: string;
  /** The header with the period (and any key written into it) taken out, lower case: "rag", "update", "". */
  rest: string;
}

/** A bare quarter or month ("Q3", "June") is placed in this financial year: only their order matters here. */
const ANY_YEAR = 2000;
/** Numbered rounds of review rather than dates: "Update 2", "Review 3", "2nd update". */
const ROUND = /\b(?:(?:update|review|round|report)\s*(?:no\.?\s*)?([1-9]\d?)|([1-9])(?:st|nd|rd|th)\s+(?:update|review|round|report))\b/i;
/** The two halves of a year as trusts name their reviews: "Mid-year review", "Year-end position". */
const MID_OR_END = [{ re: /\bmid[\s-]?year\b/i, half: 'h1' }, { re: /\byear[\s-]?end\b/i, half: 'h2' }];
/** Words of a header, keeping what a date joins ("2022/23", "Sep-21", "Jun'21"). */
const TOKEN = /[a-z0-9]+(?:['’./–—-][a-z0-9]+)*/gi;
/** More words than this never name one period. */
const MOST_WORDS = 5;

/**
 * The period a header names, if any: a quarter, month, half, year or day the timescale reader understands
 * ("Q1 update", "RAG (Sep 21)", "Progress Q4 2021/22", "Jun 2021"), or a numbered round ("Update 2"). A key
 * written into the header ("Q3 Red = not started, Green = on track…") is set aside first: its words are not
 * the column's period.
 *
 * @example
 * periodOfHeader('Q3 update'); // { label: 'Q3', every: 'quarter', order: '2000-12-31 2000-10-01', rest: 'update' }
 * periodOfHeader('RAG Sept 22').every; // 'month'
 * periodOfHeader('Q1 (Apr–Jun 25) RAG').rest; // 'rag' (the quarter's number names the months again)
 * periodOfHeader('Lead'); // null
 */
export const periodOfHeader = memoiseText((header: string): HeaderPeriod | null => {
  const pairs = readColourPairs(header);
  const text = collapse(pairs.entries.length ? pairs.rest : header);
  const round = ROUND.exec(text);
  if (round) return { label: round[0], every: 'update', order: (round[1] ?? round[2]).padStart(2, '0'), rest: restOf(text, round[0]) };
  for (const { re, half } of MID_OR_END) {
    const said = re.exec(text);
    if (said) return { ...periodOfWords(half)!, label: said[0], rest: restOf(text, said[0]) };
  }
  const found = periodOfWords(text);
  return found && { ...found, rest: withoutSamePeriod(text, found.label, found.every) };
});

/**
 * The rest of a header without the period read and any word naming a period as long ('Q1' of 'Q1 (Apr–Jun 25)',
 * 'April–June' of 'Quarter 1 (April–June)'): the quarter's number beside its months names the same period again, and is
 * no word of the column's own. So 'Q1 (Apr–Jun 25)' over 'RAG' and 'Q3 (Oct–Dec 25)' over 'RAG' say the same ('rag'),
 * as 'Q1 RAG' and 'Q3 RAG' do, and an empty later quarter joins the tracker its kind is in.
 */
function withoutSamePeriod(text: string, label: string, every: HeaderPeriod['every']): string {
  const rest = text.replace(label, ' ');
  const same = (w: string) => { const span = spanOf([w]); return span !== null && lengthOf(span.days) === every; };
  return restOf(rest.replace(TOKEN, (w) => (same(w) ? ' ' : w)), '');
}

/**
 * The period the header's words name: the longest run of them the timescale reader understands ("Apr–Jun 25",
 * not "Jun 25"; "Q1 2021/22", not "Q1"), of runs equally long the narrowest, less any word at either end that changes
 * nothing ("at June 2021" is "June 2021").
 */
function periodOfWords(text: string): Omit<HeaderPeriod, 'rest'> | null {
  const words = [...text.matchAll(TOKEN)].map((m) => m[0]);
  if (words.length === 0 || words.length > 12) return null;
  let best: { from: number; to: number; span: Span } | null = null;
  for (let from = 0; from < words.length; from++) {
    for (let to = from + 1; to <= Math.min(words.length, from + MOST_WORDS); to++) {
      const span = spanOf(words.slice(from, to));
      if (span && (!best || to - from > best.to - best.from || (to - from === best.to - best.from && span.days < best.span.days))) best = { from, to, span };
    }
  }
  if (!best) return null;
  let { from, to } = best;
  const same = (f: number, t: number) => spanOf(words.slice(f, t))?.key === best!.span.key;
  while (to - from > 1 && same(from + 1, to)) from++;
  while (to - from > 1 && same(from, to - 1)) to--;
  const { days, key } = best.span;
  return { label: words.slice(from, to).join(' '), every: lengthOf(days), order: key };
}

type Span = { days: number; key: string };

/** Where the words fall in time, when they name one stretch of it: its length in days, and a key sorting it by its end, then its start. */
function spanOf(words: readonly string[]): Span | null {
  const due = parseTimescale(words.join(' ').toLowerCase(), { financialYear: ANY_YEAR });
  if (!due.parsed || due.ongoing || !due.start || !due.end) return null;
  return { days: (Date.parse(due.end) - Date.parse(due.start)) / 86_400_000, key: `${due.end} ${due.start}` };
}

function lengthOf(days: number): HeaderPeriod['every'] {
  if (days < 1) return 'day';
  if (days < 32) return 'month';
  if (days < 93) return 'quarter';
  if (days < 185) return 'half';
  return 'year';
}

function restOf(text: string, label: string): string {
  return collapse(text.replace(label, ' ').replace(/[()[\]:,–—-]+/g, ' ')).toLowerCase();
}
