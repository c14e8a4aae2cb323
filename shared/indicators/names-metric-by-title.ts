import { memoiseText } from '../memoise-text';
import { indicatorOfWording } from './indicator-of-wording';

/** A metric's title is a phrase, not a sentence: longer than this, a text is about more than one metric. */
const MAX_TITLE_WORDS = 12;

/**
 * Whether a short text is a metric's title in words, with no number: "Relative likelihood of appointment from
 * shortlisting", "Reasonable adjustments", "Board voting membership compared with the workforce". Either standard's
 * titles count: a column of them is an indicator column whichever standard the plan turns out to be.
 *
 * @example
 * namesMetricByTitle('Access to non-mandatory training and CPD'); // true
 * namesMetricByTitle('Run a listening event with every division.'); // false
 */
export const namesMetricByTitle = memoiseText((raw: string): boolean => {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text || /[.!?]\s*\S/.test(text) || text.split(' ').length > MAX_TITLE_WORDS) return false;
  return indicatorOfWording(text, 'WRES') !== null || indicatorOfWording(text, 'WDES') !== null;
});
