import { parseTimescale } from '../timescale/parse-timescale';
import { scoreHeaderWords } from './header-words';

/** What parts who from when in one cell: a line break, a spaced dash, a slash, a comma or a semicolon. */
const PARTS = /\s*\n\s*|\s+[–—-]\s+|\s*\/\s+|\s+\/\s*|\s*[,;]\s+/;
/** Any year, so a bare quarter or month ('Q3', 'by March') reads as a timescale. */
const ANY_YEAR = { financialYear: 2000 };
/** The most words a timescale typed straight after a name takes ('KM Q3', 'Head of HR end of Q2'). */
const MAX_TAIL = 4;

/**
 * Whether a header names both who and when ('Who / when', 'Lead and timescale', 'Owner & date'): its column holds each
 * action's lead and due typed together in one cell.
 *
 * @example
 * headerNamesLeadAndDue('Who / when'); // true
 * headerNamesLeadAndDue('Lead'); // false
 */
export function headerNamesLeadAndDue(header: string): boolean {
  const scores = scoreHeaderWords(header);
  return scores.some((s) => s.field === 'lead' && s.score >= 0.3) && scores.some((s) => s.field === 'due' && s.score >= 0.3);
}

/**
 * One cell holding who leads and by when, as a column headed for both is filled: 'KM – end Q2', 'Recruitment team,
 * Sept 18', 'Heads of Service / by March', 'KM' over 'Q3' on two lines, 'KM Q3'. The timescale is the part that reads as
 * one (`parseTimescale`, as a timescale column's cell is read); the rest is the lead. A cell that is only a timescale
 * ('Sept 18') has no lead; a cell with no timescale in it ('Trust Sec') gives null, and stays the lead whole.
 *
 * @example
 * splitLeadAndDue('KM – end Q2'); // { lead: 'KM', due: 'end Q2' }
 * splitLeadAndDue('Sept 18'); // { lead: '', due: 'Sept 18' }
 * splitLeadAndDue('Trust Sec'); // null
 */
export function splitLeadAndDue(text: string): { lead: string; due: string } | null {
  const whole = text.trim();
  if (!whole) return null;
  const parts = whole.split(PARTS).filter(Boolean);
  if (parts.length === 2) {
    if (isTimescale(parts[1]) && !isTimescale(parts[0])) return { lead: parts[0], due: parts[1] };
    if (isTimescale(parts[0]) && !isTimescale(parts[1])) return { lead: parts[1], due: parts[0] };
  }
  // Checked after the parts: a range's dash ('Sep 20 – Mar 21') is a timescale whole, and so is 'KM – end Q2' read loosely.
  if (isTimescale(whole)) return { lead: '', due: whole };
  // No mark between them ('KM Q3'): the longest closing words that read as a timescale, after at least one word of name.
  const words = whole.split(/\s+/);
  for (let n = Math.min(MAX_TAIL, words.length - 1); n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    const head = words.slice(0, -n).join(' ');
    if (isTimescale(tail) && !isTimescale(head)) return { lead: head, due: tail };
  }
  return null;
}

/** A text a timescale column's cell would be read as: a date, a month, a quarter, a deadline ('by March', 'end Q2'). */
function isTimescale(text: string): boolean {
  const read = parseTimescale(text, ANY_YEAR);
  return read.parsed && (read.start !== null || read.end !== null);
}
