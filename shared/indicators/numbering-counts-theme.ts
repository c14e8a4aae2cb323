/**
 * A theme heading's own number: "Theme 2: …", "Objective 1 – …", "Priority 3", "2. Safe from harassment", and after
 * a name of up to three words: "High Impact Action 1: …", "Key focus area 4 –", "HIA 6".
 */
const THEME_NUMBER = /^\s*(?:[A-Za-z]+\.?\s+){0,3}(\d{1,2})(?=[\s.:)–—-]|$)/;

/**
 * Whether an action's numbering counts the plan's themes rather than its indicators: its number ('2' of ref "2.1")
 * is the number of the theme it sits under ("Theme 2: Safe from harassment (Metrics 4a, 4b and 9b)"). Such a number
 * says nothing of the action's indicators — its theme names them — and an action numbered so is filed where it
 * belongs, whatever indicators its block names.
 *
 * @example
 * numberingCountsTheme(2, 'Theme 2: Safe from harassment (Metrics 4a, 4b and 9b)'); // true
 * numberingCountsTheme(1, 'High Impact Action 1: Chief executives, chairs and board members must have … EDI objectives'); // true
 * numberingCountsTheme(2, 'Representation at senior levels'); // false
 */
export function numberingCountsTheme(own: number | null, theme: string | null | undefined): boolean {
  if (own === null || !theme) return false;
  const m = THEME_NUMBER.exec(theme);
  return m !== null && Number(m[1]) === own;
}
