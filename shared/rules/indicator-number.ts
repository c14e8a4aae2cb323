// The rules read indicator numbers the one way the rest of the core does.
export { indicatorNumber } from '../indicators/indicator-number';

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
