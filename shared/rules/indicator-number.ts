import { memoiseText } from '../memoise-text';

/**
 * The whole indicator number an indicator or metric names: '9a' → 9, '4b' → 4, '10' → 10; null if none.
 *
 * @example
 * indicatorNumber('9a') // 9
 */
export function indicatorNumber(indicator: string | null | undefined): number | null {
  // Several rules ask this of every action, and a plan names a few indicators: each distinct id is read once.
  return numberCached(String(indicator ?? ''));
}

const numberCached = memoiseText((indicator: string): number | null => {
  const m = /^\s*(?:indicator|metric)?\s*(\d{1,2})/i.exec(indicator);
  return m ? Number(m[1]) : null;
});

/**
 * The indicator an action's ref points at when its numbering is indicator-based ('2a', '9b. a', '3.1' → 2, 9, 3).
 * Plain sequence numbers ('13') say nothing about the indicator, so they give null.
 *
 * @example
 * indicatorOfRef('2a') // 2
 * indicatorOfRef('13') // null
 */
export function indicatorOfRef(ref: string | null | undefined): number | null {
  const text = String(ref ?? '').trim();
  const lettered = /^(\d{1,2})\s*[a-z](?![a-z])/i.exec(text);
  if (lettered) return Number(lettered[1]);
  const dotted = /^(\d{1,2})\.\d+/.exec(text);
  return dotted ? Number(dotted[1]) : null;
}
