import { INDICATOR_WORD } from './indicator-word';
import { numberWordsAsDigits } from './number-words-as-digits';

const LEADING_WORD = new RegExp(`^\\s*${INDICATOR_WORD}\\s*`, 'i');

/**
 * Drops the indicator word at the start of a text, leaving the number (as digits, when the plan wrote it in
 * words): "Metric 1: Representation" → "1: Representation", "Indicator one" → "1".
 *
 * @example
 * withoutIndicatorWord('Ind 5 & 6 – Harassment'); // '5 & 6 – Harassment'
 * withoutIndicatorWord('Metric ten (Board)'); // '10 (Board)'
 */
export function withoutIndicatorWord(text: string): string {
  return numberWordsAsDigits(String(text ?? '')).replace(LEADING_WORD, '');
}
