import type { DueWindow } from '../types';
import { parseTimescale, type ParseTimescaleOptions } from './parse-timescale';

/** Words that offer the date as one choice of two, and the earlier one: only then is the date still the deadline. */
const EARLIER_CHOICE = /\bwhichever\s+(?:is\s+|comes\s+)?(?:the\s+)?(?:earlier|earliest|sooner|soonest|first)\b/i;

/**
 * An action's timescale cell holding a date with a year, then words about it with no dash, comma or bracket between
 * ('Jan 2023 cohort', 'March 2024 Board meeting', 'March 2017 or in line with the review scheme whichever is earlier'):
 * the date says when, the words what happens then. The words hold no number, so no second date is dropped; those the
 * parser reads stay read ('April 2024 onwards for new starters' is ongoing from April 2024, 'June 2016 Pulse survey
 * quarterly' quarterly from June 2016). A date offered
 * as one choice ('… or after the review') is a deadline only when the earlier is meant. Null otherwise.
 *
 * Only for a cell already known to be the action's timescale: `parseTimescale` itself keeps such text unparsed, since
 * callers finding a period inside a header ('Q1 2021/22 Progress') take the longest run of words it reads as the period.
 *
 * @example
 * dateBeforeWords('Jan 2023 cohort')?.end; // '2023-01-31'
 * dateBeforeWords('Q3 with recommendations in Q4 23/24'); // null: a second date in the words
 */
export function dateBeforeWords(text: string, options: ParseTimescaleOptions = {}): DueWindow | null {
  const head = String(text ?? '').slice(0, 400);
  // The date ends at a word with a number: a text with no digit ('Ongoing', 'TBC', asked of every such action) is not
  // split into words to find none.
  if (!/\d/.test(head)) return null;
  const words = head.trim().split(/\s+/);
  let last = -1;
  for (let i = 0; i < words.length; i++) if (/\d/.test(words[i])) last = i;
  // The date ends at the last word with a number, and holds a year: a bare 'Q3' or '31st' says too little.
  if (last < 0 || last === words.length - 1 || !/(?:19|20)\d{2}|\d{2}\/\d{2}/.test(words.slice(0, last + 1).join(' '))) return null;
  const rest = words.slice(last + 1).join(' ');
  if (!/^\p{L}/u.test(rest) || (/^or\b/i.test(rest) && !EARLIER_CHOICE.test(rest))) return null;
  // The words the parser reads after the date stay read ('onwards', 'quarterly': 'June 2016 Pulse survey quarterly' is
  // quarterly from June 2016); the others name what happens then.
  const kept = words.slice(0, last + 1);
  if (!parseTimescale(kept.join(' '), options).parsed) return null;
  for (const word of words.slice(last + 1)) if (parseTimescale([...kept, word].join(' '), options).parsed) kept.push(word);
  return { ...parseTimescale(kept.join(' '), options), text };
}
