/**
 * The letters plans write straight before an indicator's number as its code: "M5" (metric), "W5" (WRES indicator),
 * "I5" (indicator). Only straight before a number: the word "I" and a roman numeral 'I' are no code.
 */
export const CODE_LETTER = '[imw]';

/**
 * What makes a number an amount, written straight after it (as a regular-expression fragment): its decimals, then a
 * unit — '1.5 million', '2.3m', '9k', '£40k', '4.5%', '3 thousand', '2 bn'. A number with one counts money, staff or a
 * share, and names no indicator ('M1.5 million …' is no metric 1; '2.5 million …' is no indicator 2's action).
 */
export const AMOUNT_AFTER_NUMBER = '(?:[.,]\\d+)?\\s?(?:%|per\\s?cent\\b|k\\b|m\\b|bn\\b|million\\b|billion\\b|thousand\\b|pounds?\\b)';

/**
 * "M5", "W5", "I5", "W05": a metric's or indicator's letter straight before its number 1–10, never a reference such as
 * "W17/01", nor an amount ('M1.5 million', see AMOUNT_AFTER_NUMBER). A metric's 'M' may be typed with a space ('M 4',
 * 'm 9a', as a plan typed in a hurry writes it); an 'I' may not, as 'I 5' is more often the word 'I'.
 */
export const LETTER_BEFORE_NUMBER = `(?:${CODE_LETTER}|m\\s)(?=0?(?:10|[1-9])(?!\\d|/\\d\\d|${AMOUNT_AFTER_NUMBER}))`;

/**
 * "WRES", "WDES-", "WRES – ": the standard's name as a code before an indicator ("WRES-3", "WDES-M4a"); a tag written as
 * one word joins it with an underscore ('WRES_Ind5', 'WDES_M4a'), as a tracker's labels hold no spaces (Jira's).
 */
const STANDARD_CODE = '(?:wres|wdes)\\s*[-–_]?\\s*';

/**
 * A metric's part letter written in brackets after its number ('Metric 4 (a)', '9 (b)'), read as the part it names
 * ('4a'): replace with '$1$2'. One letter only: a bracket of two ('4 (a & b)') names both parts and is read as a list.
 */
export const PART_IN_BRACKETS = /(\d{1,2})\s*\(\s*([a-d])\s*\)/gi;

/** The numbers one to ten written as words, as older plans write them ("Indicator one", "Metrics five and six"). */
export const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten)';

/**
 * What makes a number a span of time, written straight after it: a hyphen and a unit ('three-year', '5-year', 'two-month').
 * 'WDES three-year action plan 2021–2024' is the plan's title, naming no metric 3; a range ('Indicators five-eight',
 * 'WRES 5-8') is no span.
 */
export const SPAN_AFTER_NUMBER = '(?![-‐–]\\s*(?:years?|months?|weeks?|days?)\\b)';

/**
 * How plans name an indicator before its number, as a regular-expression fragment: "Indicator 3", "Metric
 * 4a", "WRES 2", "WDES metric 9b", "Ind. 7", "Ind 5 & 6", "M5" (metric 5), "W5" (WRES indicator 5), "I5" (indicator 5), codes
 * such as "WRES-3", "WRES-05" and "WDES-M4a" — but not a reference such as "W17/01". One place,
 * so every reader of indicator numbers (cells, headings, mentions in text) knows the same words.
 *
 * @example
 * new RegExp(`^${INDICATOR_WORD}\\s*\\d`, 'i').test('Ind. 7'); // true
 * new RegExp(`^${INDICATOR_WORD}\\s*\\d`, 'i').test('WRES-05'); // true
 */
export const INDICATOR_WORD = `(?:${STANDARD_CODE}(?:indicators?|metrics?|ind\\.?|m(?=\\s*\\d))?|indicators?|metrics?|ind\\.?(?=\\s*\\d)|${LETTER_BEFORE_NUMBER})`;

/**
 * The same words with the number they introduce: "Indicator 3", "WRES 2", "Ind 5", "WRES-05", "Indicator one".
 *
 * @example
 * NAMES_INDICATOR.test('WDES metric 4a – harassment'); // true
 * NAMES_INDICATOR.test('Indicators five and six'); // true
 * NAMES_INDICATOR.test('WDES three-year action plan 2021–2024'); // false: a span of time, the plan's title
 */
export const NAMES_INDICATOR = new RegExp(`^\\s*${INDICATOR_WORD}\\s*(?:\\d{1,2}\\s*[a-d]?(?![\\d])|${NUMBER_WORD}\\b)${SPAN_AFTER_NUMBER}`, 'i');
