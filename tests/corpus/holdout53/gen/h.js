// holdout53 helpers: structured cells (lines joined as Alt+Enter does) and the gold's reading of them (whitespace collapsed).
export const L = (...xs) => xs.join('\n');
export const nz = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
/** Row height for a wrapped cell of n lines (about 13pt a line at Arial 10). */
export const H = (...cells) => Math.max(15, 13.5 * Math.max(...cells.map((c) => (c ? String(typeof c === 'object' && c.richText ? c.richText.map((r) => r.text).join('') : c).split('\n').length : 1))) + 3);
/** Plain text of a rich-text value. */
export const plain = (v) => (v && typeof v === 'object' && v.richText ? v.richText.map((r) => r.text).join('') : String(v ?? ''));
