import { indicatorOfWording } from '../indicators';
import type { Standard } from '../types';

/**
 * Why an action whose indicator cell is blank, in a column that names an indicator on (nearly) every row, takes the
 * indicator of the row above — or null when the blank says none. A blank there usually means the action serves no
 * indicator (a governance or Board action, often a run of them after the metric rows), so the column's evidence alone is
 * not enough: the blank must be a lone gap — the next row names an indicator again — and the action's own words must
 * speak to the indicator above ('Look again at how we shortlist … White applicants were 1.9
 * times more likely to be appointed' under 'Indicator 2 (shortlisting)'), as a person reading the plan would take the
 * blank for 'as above'. Words speaking to another indicator ('Hold a Board development session' under indicator 8) or
 * to none leave it blank.
 *
 * @example
 * blankIndicatorAsAbove('Look again at how we shortlist …, where White applicants were 1.9 times more likely to be appointed.', ['2'], 'WRES', 'A6', true);
 * // "Indicator 2: its indicator cell is blank between rows that name one, and its words speak to indicator 2, which A6 above names: read as 'as above'"
 */
export function blankIndicatorAsAbove(action: string, above: readonly string[], standard: Standard | null, aboveCell: string, nextNames: boolean): string | null {
  if (!nextNames || above.length === 0 || !action.trim()) return null;
  const worded = indicatorOfWording(action, standard);
  if (!worded || !above.some((id) => sameIndicator(id, worded))) return null;
  return `Indicator ${worded}: its indicator cell is blank between rows that name one, and its words speak to indicator ${worded}, which ${aboveCell} above names: read as 'as above'`;
}

/** '2' and 'WRES 2', '4a' and '4A' are one indicator. */
function sameIndicator(a: string, b: string): boolean {
  const bare = (x: string) => x.replace(/^(?:wres|wdes)\s*/i, '').trim().toLowerCase();
  return bare(a) === bare(b);
}
