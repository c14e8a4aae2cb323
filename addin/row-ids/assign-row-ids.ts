import { ROW_ID_PATTERN } from '../../shared/sync';

/**
 * Whether a cell's text is a row id the add-in keeps (what it writes, and what a user could have typed that is safe as a key):
 * the sync service's own rule, as the ids become keys there too.
 *
 * @example
 * isRowId('3f9a0c1d2e4b'); // true
 * isRowId('bad id!'); // false
 */
export const isRowId = (text: string) => ROW_ID_PATTERN.test(text);

/**
 * Decides which action rows need a new stable id: rows with none, and every copy of an id after its
 * first occurrence (a row copied with Ctrl-C/Ctrl-V brings its id along; the original keeps it).
 * Rows are in sheet order, so "first" is the top-most, which is where the original usually sits.
 *
 * @example
 * assignRowIds([{ row: 5, id: 'a' }, { row: 6, id: null }, { row: 7, id: 'a' }], () => 'n1');
 * // [{ row: 6, id: 'n1' }, { row: 7, id: 'n1' }] (each call of newId gives a fresh id in practice)
 */
export function assignRowIds(rows: { row: number; id: string | null }[], newId: () => string): { row: number; id: string }[] {
  const seen = new Set<string>();
  const updates: { row: number; id: string }[] = [];
  for (const r of [...rows].sort((a, b) => a.row - b.row)) {
    const id = r.id?.trim();
    if (id && isRowId(id) && !seen.has(id)) {
      seen.add(id);
      continue;
    }
    let fresh = newId();
    while (seen.has(fresh)) fresh = newId();
    seen.add(fresh);
    updates.push({ row: r.row, id: fresh });
  }
  return updates;
}

/** A short random id (12 hex digits): unique enough within a plan, safe as part of a storage key. */
export const randomRowId = () => Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('');
