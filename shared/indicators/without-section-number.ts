import { NUMBER_WORD } from './indicator-word';

/**
 * A paper's section number before a heading that names its indicator by the indicator's own word ('2. Indicator 1 –
 * workforce by band', '6. Indicators 5 to 8 – staff survey', '4.2 Metric 3'): the section's number, not an indicator's.
 */
const SECTION_BEFORE_NAMED = new RegExp(`^\\d{1,2}(?:\\.\\d{1,2})*[.):]?\\s+(?=(?:(?:wres|wdes)\\s*)?(?:indicators?|metrics?)\\s*(?:\\d|${NUMBER_WORD}\\b))`, 'i');

/**
 * A heading's text without the paper's section number in front of an indicator it names by word, so the indicator's own
 * number is read ('2. Indicator 1 – workforce by band' → 'Indicator 1 – workforce by band'); other texts as they are.
 *
 * @example
 * withoutSectionNumber('2. Indicator 1 – workforce by band'); // 'Indicator 1 – workforce by band'
 * withoutSectionNumber('2. Relative likelihood of appointment'); // unchanged: '2.' is the indicator's number
 */
export function withoutSectionNumber(text: string): string {
  return text.replace(SECTION_BEFORE_NAMED, '');
}
