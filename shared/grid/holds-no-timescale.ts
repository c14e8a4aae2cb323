/** A cell that holds nothing a person would read as a timescale: empty, a dash, 'n/a'. */
const BLANK = /^(?:[-–—]+|n\/?a)?$/i;

/**
 * Whether a timescale cell's (trimmed) text gives no timescale: a row of a timescale over several columns leaves such a
 * cell out, and a column is judged by its other cells.
 *
 * @example
 * holdsNoTimescale('–');   // true
 * holdsNoTimescale('n/a'); // true
 * holdsNoTimescale('Q3');  // false
 */
export function holdsNoTimescale(text: string): boolean {
  return BLANK.test(text);
}
