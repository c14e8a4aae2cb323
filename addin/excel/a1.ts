/**
 * Converts a 0-based column index to its letters.
 *
 * @example
 * columnLetter(0); // 'A'
 * columnLetter(27); // 'AB'
 */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Parses an A1 address (optionally sheet-qualified, optionally a range) into 0-based corners.
 *
 * @example
 * parseA1("'Plan'!B3:C4"); // { top: 2, left: 1, bottom: 3, right: 2 }
 */
export function parseA1(address: string): { top: number; left: number; bottom: number; right: number } {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b = a] = bare.replace(/\$/g, '').split(':');
  const cell = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(s.trim());
    if (!m) throw new Error(`Not a cell address: ${s}`);
    let col = 0;
    for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const p = cell(a);
  const q = cell(b);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}
