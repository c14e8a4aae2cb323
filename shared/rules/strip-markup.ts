import { lookupTable } from '../lookup-table';

/** Tags that start a new line of text when a web page is flattened into a cell. */
const BLOCK_TAG = /<\s*\/?\s*(?:p|div|br|li|ul|ol|tr|table|h[1-6])\b[^>]*>/gi;
const ANY_TAG = /<\s*\/?\s*[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?\s*>/gi;
const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi;
const NAMED = lookupTable({ nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', bull: '•', hellip: '…', pound: '£' });

/**
 * Whether cell text carries web-page markup left by a copy from a web form or PDF conversion: tags like
 * '<p>', '<ul style="…">', '</li>' or entities like '&nbsp;'.
 *
 * @example
 * hasMarkup('<p>Launched in May</p>') // true
 * hasMarkup('Bands 5 < 6') // false
 */
export function hasMarkup(text: string): boolean {
  if (typeof text !== 'string' || text.length === 0) return false;
  // Every cell of every row comes through here; almost none has '<' or '&', so the patterns are skipped.
  if (text.includes('<')) {
    ANY_TAG.lastIndex = 0;
    if (ANY_TAG.test(text)) return true;
  }
  // An entity is '&…;': text with no ';' after its first '&' has none ('HR & OD').
  const amp = text.indexOf('&');
  if (amp < 0 || text.indexOf(';', amp) < 0) return false;
  // '&' alone is common ('HR & OD'); only an entity that decodes counts.
  // No entity starts before the first '&': the search starts there, not at the text's start.
  ENTITY.lastIndex = amp;
  for (let m = ENTITY.exec(text); m; m = ENTITY.exec(text)) {
    if (decodeEntity(m[1]) !== null) return true;
  }
  return false;
}

/**
 * Cell text with markup removed and whitespace tidied: paragraph and list tags become line breaks, other tags
 * vanish, entities are decoded, runs of spaces collapse, blank lines go.
 *
 * @example
 * stripMarkup('<ul style="list-style-type: none"> A campaign&nbsp;was launched</ul>') // 'A campaign was launched'
 */
export function stripMarkup(text: string): string {
  if (typeof text !== 'string') return '';
  // Each pattern is run only on text that can hold it: a tag needs '<', an entity '&'.
  let flat = text;
  if (flat.includes('<')) flat = flat.replace(BLOCK_TAG, '\n').replace(ANY_TAG, '');
  if (flat.includes('&')) flat = flat.replace(ENTITY, decodeMatch);
  // Only runs of spaces and odd spaces are rewritten: matching every single space rebuilt the whole text. The
  // pattern never spans a line break, so it runs once over the text rather than once per line, and only on text that
  // has such a run.
  if (flat.includes('  ') || flat.includes('\t') || flat.includes('\u00a0')) flat = flat.replace(ODD_SPACE, ' ');
  // Lines trimmed ('\r' of a '\r\n' is trailing space to trim), blank lines dropped. Joined once: a text grown line by
  // line is a chain of its pieces, copied again into one string when the finding keeps it (see validatePlan's `flat`).
  if (!flat.includes('\n')) return flat.trim();
  const lines = flat.split('\n');
  let kept = 0;
  for (let i = 0; i < lines.length; i++) {
    const tidy = lines[i].trim();
    if (tidy) lines[kept++] = tidy;
  }
  lines.length = kept;
  return lines.join('\n');
}

const ODD_SPACE = /[ \t\u00a0]{2,}|[\t\u00a0]/g;

function decodeMatch(whole: string, body: string): string {
  return decodeEntity(body) ?? whole;
}

function decodeEntity(body: string): string | null {
  const lower = body.toLowerCase();
  if (lower.startsWith('#x')) return safeCodePoint(parseInt(lower.slice(2), 16));
  if (lower.startsWith('#')) return safeCodePoint(parseInt(lower.slice(1), 10));
  return NAMED[lower] ?? null;
}

function safeCodePoint(code: number): string | null {
  if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff) return null;
  if (code === 0xa0) return ' ';
  return String.fromCodePoint(code);
}
