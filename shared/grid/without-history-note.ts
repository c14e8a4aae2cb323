import { isWhitespace } from './cell-text';

/**
 * A note closing an action's text that keeps its history, in brackets: '[Reworded Sept 16 – original: "Introduce
 * anonymised shortlisting".]', '(Amended Jan 17: "…")', '[Original wording: …]'. It opens with what was done to the
 * action's wording or names its original wording.
 */
const HISTORY_NOTE = /\s*[[(]\s*(?:reworded|re-?worded|amended|revised|rewritten|re-?written|changed|updated|edited|original(?:ly)?(?:\s+wording)?|previous(?:ly)?\s+worded|previous\s+wording)\b[^[\]()]*(?:\([^()]*\)[^[\]()]*)*[\])]\s*\.?\s*$/i;

/**
 * An action's text without the note at its end that keeps its earlier wording ('… every quarter. [Reworded Sept 16 –
 * original: "Introduce anonymised shortlisting".]' → '… every quarter.'), and that note: the action is what the plan
 * says now; the old wording is history. Null when the text ends with no such note — a tag in brackets ('[HIA 2]',
 * '[PP:4]') is the action's own and stays.
 *
 * @example
 * withoutHistoryNote('Record why each applicant was shortlisted. [Reworded Sept 16 – original: "Introduce anonymised shortlisting".]');
 * // { action: 'Record why each applicant was shortlisted.', note: '[Reworded Sept 16 – original: "Introduce anonymised shortlisting".]' }
 */
export function withoutHistoryNote(text: string): { action: string; note: string } | null {
  const t = String(text ?? '');
  // Cheap exact test first: the note closes the text with a bracket.
  if (!closesWithBracket(t) || t.length > 3000) return null;
  const m = HISTORY_NOTE.exec(t);
  if (!m || m.index === 0) return null;
  return { action: t.slice(0, m.index).trim(), note: m[0].trim() };
}

/**
 * Whether the text ends with a closing bracket, perhaps followed by a full stop and whitespace on either side of it: as
 * `/[\])]\s*\.?\s*$/` says, read back from the end (a pattern anchored at the end is tried from every character of
 * an action's paragraph, and every action is asked).
 */
function closesWithBracket(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isWhitespace(text.charCodeAt(i))) i--;
  if (i >= 0 && text.charCodeAt(i) === 46 /* . */) {
    i--;
    while (i >= 0 && isWhitespace(text.charCodeAt(i))) i--;
  }
  const ch = i >= 0 ? text.charCodeAt(i) : -1;
  return ch === 93 /* ] */ || ch === 41 /* ) */;
}

