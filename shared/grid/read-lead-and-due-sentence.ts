import { parseTimescale } from '../timescale/parse-timescale';
import { cellKind } from './cell-kind';

/** Any year, so a bare month ('by March') reads as a timescale. */
const ANY_YEAR = { financialYear: 2000 };
/** The most words the date phrase closing the sentence takes ('quarterly from September 2016', 'end of October 2016'). */
const MAX_TAIL = 4;
/** Words before the date that say by when, not what the date is ('by', 'before', 'expected'): not part of the due. */
const DATE_LEAD_IN = /^(?:(?:by|before|expected|no later than)\s+)*(?:the\s+)?/i;
/** What opens a sentence before the post ('The …', 'Led by the …'). */
const OPENING = /^(?:(?:led|owned|delivered)\s+by\s+)?(?:the\s+)?/i;
/** Where the post ends: a comma, a semicolon, a spaced dash, or the verb the sentence goes on with ('… will own this'). */
const POST_END = /\s*[,;]\s|\s[–—-]\s|\s+(?:will|is|are|has|have|to)\s/i;

/**
 * A 'Who and by when' cell written as ONE SENTENCE ('The Head of Recruitment will own this and have the pool trained by
 * December 2016.', 'Led by the Associate Director of Nursing (Education); the first cohort to finish by March 2017.',
 * 'Trust Secretary, for the next non-executive vacancy (expected spring 2017).'): the lead is the post the sentence
 * opens with — partners after 'with' / 'supported by' are not added — and the due the date phrase the sentence closes
 * on, without its 'by' / 'before' / 'expected' and full stop. Null for a cell that is no sentence (no closing full stop)
 * or whose opening is not a post, which is read as before (`splitLeadAndDue`).
 *
 * @example
 * readLeadAndDueSentence('The Head of Recruitment will own this and have the pool trained by December 2016.');
 * // { lead: 'Head of Recruitment', due: 'December 2016' }
 * readLeadAndDueSentence('KM – end Q2'); // null
 */
export function readLeadAndDueSentence(text: string): { lead: string; due: string } | null {
  const whole = text.trim().replace(/\s+/g, ' ');
  if (!/\.$/.test(whole) || whole.split(' ').length < 6) return null;
  const body = whole.replace(/\.$/, '');
  // A date in a closing bracket ('(expected spring 2017)') is the sentence's date.
  const bracket = /\(([^()]+)\)$/.exec(body);
  const due = closingDate(bracket ? bracket[1] : body);
  if (!due) return null;
  const lead = body.replace(OPENING, '').split(POST_END)[0].trim();
  if (!lead || cellKind(lead) !== 'role') return null;
  return { lead, due };
}

/** The longest closing words that read as a timescale, without the words saying by when. */
function closingDate(text: string): string | null {
  const words = text.split(' ');
  for (let n = Math.min(MAX_TAIL + 1, words.length); n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    // The date phrase is one part of the sentence: it does not reach back over a dash or a clause's comma.
    if (/^[–—-]$/.test(words[words.length - n]) || /[,;]$/.test(words[words.length - n])) continue;
    const read = parseTimescale(tail, ANY_YEAR);
    if (read.parsed && (read.start !== null || read.end !== null)) return tail.replace(DATE_LEAD_IN, '');
  }
  return null;
}
