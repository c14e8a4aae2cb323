import type { RowTexts } from './profile-rows';

/** At most this many characters in a header's wrapped last line ('scale', 'date', 'of completion'). */
const TAIL_LENGTH = 24;

/**
 * The rows right under a header that hold only the rest of its cells, wrapped onto a second line by a PDF converter
 * ('Time-' over 'scale', 'Target' over 'date'): each text sits under a header cell of its own column, is a short phrase
 * with no figure, and carries that cell on — the cell ends in a hyphen breaking its word, or the line starts in lower
 * case. Such a row is the header's, never a heading over the actions below it (nor their theme). A capitalised line
 * under a whole header cell ('Timescale' over 'Start' | 'Complete') is a header of its own, read as one elsewhere.
 *
 * @example
 * // row 3: 'Indicator' | 'Objective' | 'Actions' | 'Lead' | 'Time-' | 'Status'; row 4: '' … 'scale' under 'Time-'
 * findHeaderTails(texts, new Set([3])); // Set { 4 }
 */
export function findHeaderTails(texts: RowTexts, headers: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  for (const h of headers) {
    const r = h + 1;
    if (r < texts.length && !headers.has(r) && texts[r].length > 0 && texts[r].every((t) => carriesHeaderCell(t, texts[h]))) out.add(r);
  }
  return out;
}

/** A short line under a header cell of its own column that finishes it: the cell breaks a word, or the line is in lower case. */
function carriesHeaderCell(t: { c: number; text: string }, header: readonly { c: number; text: string }[]): boolean {
  const line = t.text.trim();
  if (line.length > TAIL_LENGTH || /\d/.test(line)) return false;
  const cell = header.find((h) => h.c === t.c)?.text.trim();
  if (!cell) return false;
  return /\p{L}-$/u.test(cell) || /^\p{Ll}/u.test(line);
}
