/**
 * What a cell may hold to say there is nothing there: empty, a dash, 'N/A' ('n/a', 'N.A.', 'not applicable'), 'None',
 * 'Nil', or that none was given ('not given', 'none set', 'not stated', 'no date'). Not 'TBC' (or 'TBA', 'to be confirmed'): that says something will be given, and is kept as written.
 */
const NOTHING = /^(?:[-–—]+|n\.?\s?\/?\s?a\.?|not applicable|none|nil|(?:not|none)\s+(?:given|set|stated|specified)|no\s+date(?:\s+(?:given|set))?)?$/i;

/**
 * Whether a cell's text states nothing: it is empty, or says 'none' in the ways plans write it ('N/A', '–', 'None').
 * A lead or timescale cell that states nothing names no lead or timescale: the action is read with none, as with an
 * empty cell, and a finding quotes what the cell says. One place for the readers of such cells (a lead, a timescale,
 * one of several timescale columns) to ask.
 *
 * @example
 * statesNothing('N/A'); // true
 * statesNothing(' – '); // true
 * statesNothing('not given'); // true — the plan says there is none
 * statesNothing('TBC'); // false — something will be named
 * statesNothing('Head of HR'); // false
 */
export function statesNothing(text: string): boolean {
  const t = String(text ?? '').trim();
  return t.length <= 16 && NOTHING.test(t);
}
