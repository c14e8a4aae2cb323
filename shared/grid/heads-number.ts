/**
 * Whether one number heads another in a plan's numbering: "1" heads "1.1", "1a", "1-2", "1(a)"; "A" heads "A1",
 * "A.1", "A 2". "1" never heads "10" or "12": a number heads another only across a separator or a letter.
 *
 * @example
 * headsNumber('1', '1.2'); // true
 * headsNumber('B', 'B3'); // true
 * headsNumber('1', '10'); // false
 */
export function headsNumber(parent: string, child: string): boolean {
  const p = parent.trim().replace(/[.):]$/, '');
  const c = child.replace(/\s+/g, ' ').trim();
  if (!p || c.length <= p.length || c.slice(0, p.length).toLowerCase() !== p.toLowerCase()) return false;
  const rest = c.slice(p.length);
  return /^\d/.test(p) ? /^(?:[.\-_/]\s?\d|[a-z]\b|\s?\([a-z0-9]\))/i.test(rest) : /^[.\-_ ]?\d/.test(rest);
}
