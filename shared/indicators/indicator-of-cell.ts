import type { Standard } from '../types';
import { INDICATOR_WORD, PART_IN_BRACKETS } from './indicator-word';
import { numberWordsAsDigits } from './number-words-as-digits';
import { withoutSectionNumber } from './without-section-number';

const TAG = /<[^>]*>/g;
// "1. Percentage…", "9 a) The staff…", "4. a) …", "Indicator 3", "Metric 10:", "<p>2. Relative…"
const NUMBERED = new RegExp(`^${INDICATOR_WORD}?\\s*(\\d{1,2})(?:\\s*\\.?\\s*([a-d])\\s*\\)|([a-d])\\b(?!\\w))?\\s*(?:[.):-]|\\s|$)`, 'i');

/**
 * Reads the indicator number an indicator/metric cell starts with, within the standard's range.
 *
 * @example
 * indicatorOfCell('9 a) The staff engagement score', 'WDES'); // '9a'
 * indicatorOfCell('<p>2. Relative likelihood', 'WRES'); // '2'
 * indicatorOfCell('WRES-05', 'WRES'); // '5'
 * indicatorOfCell('Metric ten (Board)', 'WDES'); // '10'
 * indicatorOfCell('Metric 4 (a)', 'WDES'); // '4a'
 * indicatorOfCell('2. Indicator 1 – workforce by band', 'WRES'); // '1': '2.' numbers the paper's section
 */
export function indicatorOfCell(text: string, standard: Standard | null): string | null {
  const clean = withoutSectionNumber(numberWordsAsDigits(text).replace(TAG, ' ').replace(/&nbsp;/g, ' ').trim()).replace(PART_IN_BRACKETS, '$1$2');
  const m = NUMBERED.exec(clean);
  if (!m) return null;
  const n = Number(m[1]);
  const max = standard === 'WRES' ? 9 : 10;
  if (n < 1 || n > max) return null;
  const letter = (m[2] ?? m[3] ?? '').toLowerCase();
  return standard === 'WRES' ? String(n) : `${n}${letter}`;
}
