import { indicatorNumber } from '../indicators/indicator-number';
import { readNumbering } from '../indicators/read-numbering';

// The rules read indicator numbers the one way the rest of the core does.
export { indicatorNumber };

/**
 * The indicator an action's ref points at when its numbering is indicator-based ('2a', '9b. a', '3.1', 'W1.2' → 2, 9, 3,
 * 1), read as the reader reads it (`readNumbering`). Plain sequence numbers ('13') say nothing about the indicator, so
 * they give null.
 *
 * @example
 * indicatorOfRef('2a') // 2
 * indicatorOfRef('13') // null
 */
export function indicatorOfRef(ref: string | null | undefined): number | null {
  return indicatorNumber(readNumbering(String(ref ?? '').trim(), true)?.indicator);
}
