/**
 * An editor's query typed after a cell's entry in a working draft, closing the cell: in brackets, opening with 'NB', 'query',
 * 'check' or 'to check', or in square brackets with an editor's initials and a colon ('(NB check with Sarah)', '[JS: is this still right? EOC
 * said June]', '(query – still HR?)'), or after a dash, 'NB …' ('– NB check with Sarah'). A bracket naming a part of the
 * post ('(ER)', '(Interim)', '(HR: Workforce)') is the entry's own.
 */
const NOTE = /^(.*?\S)\s*(?:\[\s*[A-Z]{2,3}\s*:[^\]]*\]|[[(]\s*(?:N\.?B\.?\b|(?:to\s+)?check\b|query\b|\?)[^\])]*[\])]|[–—-]\s*N\.?B\.?\b.*)\s*$/s;

/**
 * A lead or timescale cell's entry without the editor's query typed after it ('Head of OD (NB check with Sarah)' → 'Head
 * of OD'; '31/03/2023 [JS: is this still right? EOC said June]' → '31/03/2023'), with the query; null when the cell holds
 * none. The query is a question to a colleague about the entry, not part of it: the lead is the post, the due the date.
 *
 * @example
 * withoutEditorsNote('Head of OD (NB check with Sarah)'); // { entry: 'Head of OD', note: '(NB check with Sarah)' }
 * withoutEditorsNote('Senior HR Business Partner (ER)'); // null
 */
export function withoutEditorsNote(text: string): { entry: string; note: string } | null {
  // A query closes the cell with a bracket or follows 'NB': one look at the cell's last character, or one search, first.
  if (text.length > 200 || (!closesWithBracket(text) && !/N\.?B\b/.test(text))) return null;
  const m = NOTE.exec(text.trim());
  if (!m) return null;
  return { entry: m[1].replace(/[\s,;–—-]+$/, ''), note: text.trim().slice(m[1].length).trim() };
}

/** Whether the cell's last character but spaces is a closing bracket. */
function closesWithBracket(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\n' || text[i] === '\t')) i--;
  return i >= 0 && (text[i] === ')' || text[i] === ']');
}
