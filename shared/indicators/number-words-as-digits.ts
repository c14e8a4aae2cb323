import { lookupTable } from '../lookup-table';
import { INDICATOR_WORD, NUMBER_WORD, SPAN_AFTER_NUMBER } from './indicator-word';

const DIGIT = lookupTable<string>({ one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10' });
// "Indicator one", "Indicators five and six", "Metrics seven, eight": number words straight after the indicator word
// (never elsewhere: "one of our priorities" names no indicator), and never a span of time ('WDES three-year plan').
const WORDED = new RegExp(`(\\b${INDICATOR_WORD}\\s*)(${NUMBER_WORD}(?:\\s*(?:,|&|\\/|\\+|\\band\\b|\\bto\\b|-|–)\\s*${NUMBER_WORD})*)\\b${SPAN_AFTER_NUMBER}`, 'gi');

/**
 * The numbers an indicator word introduces in words, written as digits: "Indicators five and six" → "Indicators 5
 * and 6", "Metric ten (Board)" → "Metric 10 (Board)". Only after "indicator", "metric" or the standard's name, so
 * that readers of numbers (cells, headings, mentions) read the words as they read digits.
 *
 * @example
 * numberWordsAsDigits('Indicators five and six'); // 'Indicators 5 and 6'
 * numberWordsAsDigits('One of our priorities'); // 'One of our priorities'
 */
export function numberWordsAsDigits(text: string): string {
  if (!/(?:one|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(text)) return text;
  return text.replace(WORDED, (_all, word: string, list: string) => word + list.replace(new RegExp(NUMBER_WORD, 'gi'), (w) => DIGIT[w.toLowerCase()] ?? w));
}
