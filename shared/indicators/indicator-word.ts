/** "M5", "W5": a metric's or indicator's letter straight before its number 1–10, never a reference such as "W17/01". */
export const LETTER_BEFORE_NUMBER = '[mw](?=(?:10|[1-9])(?!\\d|/\\d\\d))';

/**
 * How plans name an indicator before its number, as a regular-expression fragment: "Indicator 3", "Metric
 * 4a", "WRES 2", "WDES metric 9b", "Ind. 7", "Ind 5 & 6", "M5" (metric 5), "W5" (WRES indicator 5) —
 * but not a reference such as "W17/01". One place,
 * so every reader of indicator numbers (cells, headings, mentions in text) knows the same words.
 *
 * @example
 * new RegExp(`^${INDICATOR_WORD}\\s*\\d`, 'i').test('Ind. 7'); // true
 */
export const INDICATOR_WORD = `(?:(?:wres|wdes)\\s*(?:indicators?|metrics?|ind\\.?|m(?=\\s*\\d))?|indicators?|metrics?|ind\\.?(?=\\s*\\d)|${LETTER_BEFORE_NUMBER})`;

/**
 * The same words with the number they introduce: "Indicator 3", "WRES 2", "Ind 5".
 *
 * @example
 * NAMES_INDICATOR.test('WDES metric 4a – harassment'); // true
 */
export const NAMES_INDICATOR = new RegExp(`^\\s*${INDICATOR_WORD}\\s*\\d{1,2}\\s*[a-d]?(?![\\d])`, 'i');

/**
 * Drops the indicator word at the start of a text, leaving the number: "Metric 1: Representation" → "1: Representation".
 *
 * @example
 * withoutIndicatorWord('Ind 5 & 6 – Harassment'); // '5 & 6 – Harassment'
 */
export function withoutIndicatorWord(text: string): string {
  return String(text ?? '').replace(new RegExp(`^\\s*${INDICATOR_WORD}\\s*`, 'i'), '');
}
