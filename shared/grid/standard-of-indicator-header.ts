import type { Standard } from '../types';

/** A header naming one standard's indicators: 'WDES metric', 'WRES indicator(s)', 'WRES ind.', 'WDES metric no.'. */
const NAMES_ITS_INDICATORS = /\b(wres|wdes)\s*[-–]?\s*(?:indicators?|metrics?|ind\b\.?)/i;

/** A header naming the other standard's indicators as a cross-reference ('Link to WRES indicator', 'Related WDES metric'). */
const CROSS_REFERENCE = /\b(?:links?|linked|also|supports?|related|cross|see|align(?:s|ed|ment)?|maps?\s+to)\b/i;

/**
 * The standard a plan's header row says its indicators are of, when its cells name one standard's indicators and no
 * other's: 'WDES metric' over the indicator column makes the table a WDES plan, though another header names the other
 * standard only as a cross-reference ('Also supports (WRES)') and a line over the table explains that column in the
 * other standard's words. A cell naming them as a cross-reference ('Link to WRES indicator') says nothing of its table.
 * Null when no header cell names a standard's indicators, or cells name both (a joint plan's 'WRES indicator | WDES
 * metric'): the standard is then found as before, from the header's and the title's wording.
 *
 * @example
 * standardOfIndicatorHeader(['ID', 'WDES metric', 'Also supports (WRES)', 'Action']); // 'WDES'
 * standardOfIndicatorHeader(['WRES indicator', 'WDES metric', 'Action']); // null
 */
export function standardOfIndicatorHeader(headerTexts: readonly string[]): Standard | null {
  const named = new Set<Standard>();
  for (const text of headerTexts) {
    const m = CROSS_REFERENCE.test(text) ? null : NAMES_ITS_INDICATORS.exec(text);
    if (m) named.add(m[1].toUpperCase() as Standard);
  }
  return named.size === 1 ? [...named][0] : null;
}
