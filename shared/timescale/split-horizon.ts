/**
 * A horizon a plan sorts its work by, at the start of a timescale or heading: 'Immediate', 'Short term', 'Medium-term',
 * 'Long term', 'Ongoing', 'Year 1', 'Phase 2', 'Quarter 3', 'Q4'.
 */
const HORIZON = /^(?:immediate(?:ly)?|(?:short|medium|long)[\s-]?term|ongoing|on[\s-]going|continuous|(?:year|phase|quarter)\s*\d{1,2}|q[1-4])(?![\w])/i;

/** Between the horizon and what follows it: a dash, a colon, a comma, an opening bracket. */
const JOINER = /^\s*(?:[-–—:,(]\s*)?/;

/**
 * Splits a horizon word off the start of a text: the horizon as written and what follows it, without the joining dash
 * or the bracket around it ('Year 1 (2021/22)' → 'Year 1' and '2021/22'). Null when the text starts with no horizon.
 *
 * @example
 * splitHorizon('Short term – by 31 March 2019'); // { horizon: 'Short term', rest: 'by 31 March 2019' }
 * splitHorizon('Fair recruitment'); // null
 */
export function splitHorizon(text: string): { horizon: string; rest: string } | null {
  const trimmed = text.trim();
  const found = HORIZON.exec(trimmed);
  if (!found) return null;
  const after = trimmed.slice(found[0].length);
  const rest = after.replace(JOINER, '');
  // A bracket opened after the horizon closes at the end ('Year 1 (2021/22)').
  return { horizon: found[0], rest: (/^\s*\(/.test(after) ? rest.replace(/\)\s*$/, '') : rest).trim() };
}
