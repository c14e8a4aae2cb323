/** Longer than this a heading is quoted shortened in a reason. */
const QUOTED = 60;

/**
 * A heading as a reason quotes it: its first 60 characters and '…' when longer, so one reason stays readable however
 * long the heading (a commitment's whole sentence, an indicator's full wording). Kept in one place so a list's reason
 * and the heading above it (`subjectOverList`) quote headings alike.
 *
 * @example
 * shortenHeading('Key next steps'); // 'Key next steps'
 * shortenHeading('We commit to using our role as commissioners to reduce inequalities in the workforce:'); // 'We commit to using our role as commissioners to reduce inequ…'
 */
export function shortenHeading(text: string): string {
  return text.length > QUOTED ? `${text.slice(0, QUOTED).trimEnd()}…` : text;
}
