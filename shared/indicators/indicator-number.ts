import { memoiseText } from '../memoise-text';
import { INDICATOR_WORD } from './indicator-word';

/**
 * The whole indicator number an indicator id or cell starts with: '9a' → 9, '4b' → 4, '10' → 10, 'Metric 3' → 3, and
 * the codes plans write ('I2 + I7' → 2, 'W5' → 5, 'WRES-03' → 3: the words `INDICATOR_WORD` knows); null if none.
 * The one reading of "which indicator does this count toward" (an action serving 4a counts under 4, serves indicator
 * 4's HIAs, and is numbered for indicator 4), so the year-on-year match reads a cell's code as the reader does.
 *
 * @example
 * indicatorNumber('9a') // 9
 * indicatorNumber('I2 + I7') // 2
 * indicatorNumber('unassigned') // null
 */
export function indicatorNumber(indicator: string | null | undefined): number | null {
  // Every action asks this of each of its indicators, and a plan names a few: each distinct id is read once.
  return numberCached(typeof indicator === 'string' ? indicator : String(indicator ?? ''));
}

// The indicator word or code, then the number (never the start of a year: 'WRES 2019/20' names none).
const LEADING_NUMBER = new RegExp(`^\\s*(?:${INDICATOR_WORD})?\\s*(\\d{1,2})(?!\\d)`, 'i');

const numberCached = memoiseText((indicator: string): number | null => {
  const m = LEADING_NUMBER.exec(indicator);
  return m ? Number(m[1]) : null;
});
