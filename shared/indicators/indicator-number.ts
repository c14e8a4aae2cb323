import { memoiseText } from '../memoise-text';

/**
 * The whole indicator number an indicator id or cell starts with: '9a' → 9, '4b' → 4, '10' → 10, 'Metric 3' → 3; null
 * if none. The one reading of "which indicator does this count toward" (an action serving 4a counts under 4, serves
 * indicator 4's HIAs, and is numbered for indicator 4).
 *
 * @example
 * indicatorNumber('9a') // 9
 * indicatorNumber('unassigned') // null
 */
export function indicatorNumber(indicator: string | null | undefined): number | null {
  // Every action asks this of each of its indicators, and a plan names a few: each distinct id is read once.
  return numberCached(typeof indicator === 'string' ? indicator : String(indicator ?? ''));
}

const numberCached = memoiseText((indicator: string): number | null => {
  const m = /^\s*(?:indicator|metric)?\s*(\d{1,2})/i.exec(indicator);
  return m ? Number(m[1]) : null;
});
