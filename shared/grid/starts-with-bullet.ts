/**
 * A bullet a list item opens with: '•', '▪', '◦', '·', '●', '○', '■', '□', '➢', '►', '✓', or a dash ('-', '–', '—')
 * followed by a space ('*' marks a footnote). A mark followed by '=' or ':' is a key's entry ('● = activity planned in
 * that quarter', '✓ = the action improves this indicator'), not a bullet.
 */
const BULLET = /^\s*(?:[•▪◦·●○■□➢►✓]|[-–—](?=\s))(?!\s*[=:])/;

/**
 * Whether a line opens with a bullet: an item of a list (evidence, work in place, actions a document lists), never a
 * heading or a title.
 *
 * @example
 * startsWithBullet('• Executive sponsors for each staff network'); // true
 * startsWithBullet('- Gender pay gap reporting'); // true
 * startsWithBullet('-5% gap'); // false: a sign, not a bullet
 * startsWithBullet('● = activity planned in that quarter'); // false: a key's entry
 */
export function startsWithBullet(text: string): boolean {
  return BULLET.test(text);
}
