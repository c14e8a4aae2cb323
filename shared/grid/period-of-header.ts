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
const MID_OR_END = [{ re: /\bmid[\s-]?year\b/i, as: 'h1' }, { re: /\byear[\s-]?end\b/i, as: 'h2' }];
/** Words of a header, keeping what a date joins ("2022/23", "Sep-21", "Jun'21"). */
const TOKEN = /[a-z0-9]+(?:['’./-][a-z0-9]+)*/gi;
/** More words than this never name one period. */
const MOST_WORDS = 4;

/**
 * The period a header names, if any: a quarter, month, half, year or day the timescale reader understands
 * ("Q1 update", "RAG (Sep 21)", "Progress Q4 2021/22", "Jun 2021"), or a numbered round ("Update 2"). A key
 * written into the header ("Q3 Red = not started, Green = on track…") is set aside first: its words are not
 * the column's period. Where a header names several (a quarter and its year), the narrowest, anchored by the rest.
 *
 * @example
 * periodOfHeader('Q3 update'); // { label: 'Q3', every: 'quarter', order: '2000-12-31 2000-10-01', rest: 'update' }
 * periodOfHeader('RAG Sept 22').every; // 'month'
 * periodOfHeader('Lead'); // null
 */
export const periodOfHeader = memoiseText((header: string): HeaderPeriod | null => {
  const pairs = readColourPairs(header);
  const text = collapse(pairs.entries.length ? pairs.rest : header);
  const round = ROUND.exec(text);
  if (round) return { label: round[0], every: 'update', order: (round[1] ?? round[2]).padStart(2, '0'), rest: restOf(text, round[0]) };
  let named = text;
  for (const { re, as } of MID_OR_END) named = named.replace(re, as);
  const found = narrowestPeriod(named);
  if (!found) return null;
  return { ...found, rest: restOf(named, found.label) };
});

/** The narrowest window of the header's words that reads as a period, anchored by a year written beside it. */
function narrowestPeriod(text: string): Omit<HeaderPeriod, 'rest'> | null {
  const words = [...text.matchAll(TOKEN)].map((m) => m[0]);
  if (words.length === 0 || words.length > 12) return null;
  const read: { label: string; start: string; end: string }[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= MOST_WORDS && i + n <= words.length; n++) {
      const label = words.slice(i, i + n).join(' ');
      const due = parseTimescale(label.toLowerCase(), { financialYear: ANY_YEAR });
      if (due.parsed && !due.ongoing && due.start && due.end) read.push({ label, start: due.start, end: due.end });
    }
  }
  if (read.length === 0) return null;
  const days = (p: { start: string; end: string }) => (Date.parse(p.end) - Date.parse(p.start)) / 86_400_000;
  // Narrowest first; of equally narrow, the longest wording ('Q1 2021/22' over 'Q1': the year places it).
  read.sort((a, b) => days(a) - days(b) || b.label.length - a.label.length);
  const best = read[0];
  return { label: best.label, every: lengthOf(days(best)), order: `${best.end} ${best.start}` };
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
