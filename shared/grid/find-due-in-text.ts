import { memoiseText } from '../memoise-text';
import { parseTimescale } from '../timescale/parse-timescale';

/**
 * Words that introduce a timescale inside a sentence: "…by March 2022", "…during Q3 2023/24". Not 'from' or 'starting'
 * (nor 'in' after a verb of starting: "This will start in 2024", see `startsWork`):
 * "Fund adjustments centrally from April 2024 so that …" says when the work starts, never when it is due (holdout43
 * caldermoor).
 */
const LEAD_IN = /\b(by(?: the)?|before|until|in|during|within|no later than|completed? by|due|throughout)\s+/gi;
/** A timescale names a year, a quarter or a numeric date; "by when" or "in line with policy" do not. */
const DATED = /\d/;
/**
 * A bare quarter ("…by Q4.", "by end of Q2") names no year: the plan's year places it when the action is read. Any
 * year tells whether a phrase is such a timescale at all.
 */
const ANY_YEAR = { financialYear: 2000 };
/** The short words after a text's last full stop (the month it gives: '. October 2023'). */
const CLOSING_DATE = /\.\s+([^.\s][^.]{2,24})$/;
/** The longest timescale worth trying: "end of quarter 3 2023/24 and then quarterly". */
const MAX_WORDS = 7;

/**
 * The timescale written inside an action's text, for plans with no timescale column: the longest phrase
 * after "by", "before", "during"… (or in brackets at the end) that reads as a date or period with a
 * number in it. The last one wins: a deadline closes the sentence. Null when there is none.
 *
 * @example
 * findDueInText('Review all job adverts for inclusive language by March 2022'); // 'March 2022'
 * findDueInText('Launch reverse mentoring (Q3 2023/24)'); // 'Q3 2023/24'
 * findDueInText('Give every new nurse a buddy (by October 2024)'); // 'October 2024' (the bracket and 'by' are not the date)
 * findDueInText('Report to the Board by the end of Q2 2021/22'); // 'end of Q2 2021/22' (as written)
 * findDueInText('Launch a wellbeing passport by Q4.'); // 'Q4' (the plan's year places it)
 * findDueInText('Publish a data plan, aiming at 95% by 2026 (NHS Digital, 2022). October 2023'); // 'October 2023' (after the last full stop)
 * findDueInText('By March 2025, to raise the declaration rate from 4.6% in 2023 to 8%'); // 'March 2025' (the deadline it opens with)
 * findDueInText('Add a guaranteed interview check to TRAC – Q2 2025/26'); // 'Q2 2025/26' (the date a dash sets off at the end)
 * findDueInText('Fund adjustments centrally from April 2024 so that no budget decides'); // null (when it starts, no deadline)
 * findDueInText('Offer a trained coach to applicants. This will start in 2024.'); // null (when it starts, no deadline)
 */
export function findDueInText(text: string): string | null {
  const s = String(text ?? '');
  if (!DATED.test(s)) return null;
  return findCached(s.length > 3000 ? s.slice(0, 3000) : s);
}

/** A deadline opening the text, set off by a comma: 'By March 2025, to raise …', 'By the end of Q2 2024/25, every …'. */
const OPENING = /^\s*(?:by(?:\s+the)?|before|no\s+later\s+than)\s+([^,;:.]{2,40}),\s/i;

const findCached = memoiseText((s: string): string | null => {
  // A deadline the text opens with is its deadline, whatever dates its sentence goes on to give ('… from 4.6% in 2023').
  const opening = OPENING.exec(s);
  const first = opening ? longestTimescaleAt(opening[1]) : null;
  if (first && first.length === opening![1].trim().replace(/[).,;:]+$/, '').length) return first;
  let found: string | null = null;
  const starts: number[] = [];
  LEAD_IN.lastIndex = 0;
  // 'in' closing a hyphened word ('drop-in sessions', 'check-in') is no lead-in to a date.
  for (let m = LEAD_IN.exec(s); m; m = LEAD_IN.exec(s)) if (!startsWork(s, m) && s[m.index - 1] !== '-') starts.push(m.index + m[0].length);
  for (let i = s.indexOf('('); i >= 0; i = s.indexOf('(', i + 1)) starts.push(i + 1);
  // A date standing after the last full stop, on its own, closes the text as its deadline ('… (NHS Digital, 2022).
  // October 2023'): a web page listing each action with its month after it.
  const closing = CLOSING_DATE.exec(s);
  if (closing) starts.push(closing.index + closing[0].length - closing[1].length);
  // A date set off by a dash closing the text, as the target a line ends on ('… is missed – Q2 2025/26'): the whole
  // part a timescale with an end ('– from May 2025, monthly' says when the work starts, and is none).
  const dashed = CLOSING_DASH.exec(s);
  if (dashed && closesOnDate(dashed[1])) starts.push(dashed.index + dashed[0].length - dashed[1].length);
  // In the order written: '(by June 2024)' opens a bracket, then 'by' — the date after 'by' is the later, and the one.
  starts.sort((a, b) => a - b);
  for (const start of starts) {
    const phrase = longestTimescaleAt(s.slice(start, start + 80));
    if (phrase) found = phrase;
  }
  return found;
});

/** The part after the last spaced dash of a text, short enough to be a date ('… – Q2 2025/26'). */
const CLOSING_DASH = /\s[–—-]\s+([^–—\n]{2,30}?)[.;]?$/;

/** Whether a closing part is wholly a dated timescale with an end ('Q2 2025/26', 'March 2026'), not a start. */
function closesOnDate(part: string): boolean {
  if (!DATED.test(part) || /^(?:from|starting|start)\b/i.test(part)) return false;
  const read = parseTimescale(part, ANY_YEAR);
  return read.parsed && read.end !== null;
}

/** A verb saying work starts, right before 'in' or 'during': 'This will start in 2024', 'begins during Q2'. */
const STARTS_BEFORE = /\b(?:start|starts|started|starting|begin|begins|began|beginning|commence|commences|commencing)\s+$/i;

/**
 * Whether a lead-in gives when work STARTS, not when it is due: 'in' or 'during' right after a verb of starting ('This
 * will start in 2024' says when the coaching begins; the action has no deadline).
 */
function startsWork(s: string, m: RegExpExecArray): boolean {
  const word = m[1].toLowerCase();
  return (word === 'in' || word === 'during') && STARTS_BEFORE.test(s.slice(Math.max(0, m.index - 16), m.index));
}

function longestTimescaleAt(tail: string): string | null {
  const words = tail.split(/\s+/).slice(0, MAX_WORDS);
  for (let n = words.length; n >= 1; n--) {
    const phrase = words.slice(0, n).join(' ').replace(/[).,;:]+$/, '');
    if (!DATED.test(phrase)) continue;
    if (parseTimescale(phrase).parsed) return withoutTrailingWords(phrase, {});
    if (parseTimescale(phrase, ANY_YEAR).parsed) return withoutTrailingWords(phrase, ANY_YEAR);
  }
  return null;
}

/**
 * The phrase without the words at its end that leave its window as it is: "2025/26" of "2025/26 and", "2022" of
 * "2022, and then share": the sentence goes on after the date, and its words are not the timescale's.
 */
function withoutTrailingWords(phrase: string, options: { financialYear?: number }): string {
  const window = (p: string) => {
    const due = parseTimescale(p, options);
    return due.parsed ? `${due.start} ${due.end} ${due.ongoing}` : null;
  };
  const whole = window(phrase);
  let words = phrase.split(' ');
  while (words.length > 1) {
    const shorter = words.slice(0, -1).join(' ').replace(/[).,;:\s]+$/, '');
    if (window(shorter) !== whole) break;
    words = shorter.split(' ');
  }
  return words.join(' ');
}
