/**
 * Converts a 0-based column index to its sheet letters.
 *
 * @example
 * toColumnLetter(0); // 'A'
 * toColumnLetter(27); // 'AB'
 */
export function toColumnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
