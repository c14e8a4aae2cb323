/**
 * Reads an action's own numbering from the start of its text, and the indicator that numbering implies.
 * "2a." → ref '2a', indicator '2'; "9a b." → '9a b', indicator '9a'; "2.3" → indicator '2'.
 * A plain running number ("13. BAME lead…") is a ref but says nothing about the indicator.
 *
 * @example
 * readRef('9b. a Disability and Neurodivergence…'); // { ref: '9b. a', indicator: '9b' }
 */
export function readRef(text: string): { ref: string; indicator: string | null } | null {
  // Most actions start with a word: a letter first (no space, no tag before it) rules out any numbering.
  const first = text.charCodeAt(0) | 0x20;
  if (first >= 97 && first <= 122) return null;
  const s = text.replace(/^\s*(?:<[^>]*>\s*)*/, '');
  let m = /^(\d{1,2})([a-z])(?:(\.?\s)([a-z]))?(?=[.\s):]|$)/.exec(s);
  if (m) {
    const ref = m[4] ? `${m[1]}${m[2]}${m[3]}${m[4]}` : `${m[1]}${m[2]}`;
    return { ref: ref.trim(), indicator: m[4] ? `${Number(m[1])}${m[2]}` : String(Number(m[1])) };
  }
  m = /^(\d{1,2})\.(\d{1,2})(?=[.\s):]|$)/.exec(s);
  if (m) return { ref: `${m[1]}.${m[2]}`, indicator: String(Number(m[1])) };
  m = /^(\d{1,3})[.)](?=\s|$)/.exec(s);
  if (m) return { ref: m[1], indicator: null };
  return null;
}
