/**
 * A cell's A1 reference ('F12', '$F$12') as 0-based sheet row and column; null when it is not one cell's reference.
 *
 * @example
 * parseCellRef('$F$12'); // { row: 11, column: 5 }
 */
export function parseCellRef(ref: string): { row: number; column: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(String(ref ?? '').trim());
  if (!m || Number(m[2]) < 1) return null;
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, column: column - 1 };
}
