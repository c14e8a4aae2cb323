/**
 * A cell saying it holds the same as the cell above ('as above', 'As above.', 'ditto', 'same as above', 'as per above',
 * '"', '〃'): typed in a lead or timescale column, the value is the action above's. A pointer to a numbered action ('See action 4
 * above') is not this (`points-to-actions.ts` reads those); a sentence using the words ('As above, plus the Chief Nurse')
 * says more than the same.
 *
 * @example
 * saysAsAbove('As above'); // true
 * saysAsAbove('ditto'); // true
 * saysAsAbove('As above, with the Chief Nurse'); // false
 */
export function saysAsAbove(text: string): boolean {
  // Cheap exact test first: such a cell is a few characters.
  if (text.length > 20) return false;
  return AS_ABOVE.test(text);
}

const AS_ABOVE = /^\s*(?:(?:the\s+)?same\s+as\s+above|as\s+(?:per\s+)?above|ditto|do\.?|["”〃]+)\s*\.?\s*$/i;
