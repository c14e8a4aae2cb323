/**
 * Where a reader of the changes feed is: the plan's epoch, the last revision read and that revision's commit
 * id. Opaque to clients. A cursor the store no longer recognises (another epoch, or a revision number reused
 * by another commit after storage was rolled back) means the reader must start again from the beginning.
 */
export interface Cursor {
  epoch: string;
  revision: number;
  commit: string;
}

const toBase64Url = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/**
 * Encodes a cursor for the `since` parameter.
 *
 * @example
 * encodeCursor({ epoch: 'e1', revision: 7, commit: 'c7' }); // 'eyJlIjoiZTEiLCJyIjo3LCJjIjoiYzcifQ'
 */
export function encodeCursor(cursor: Cursor): string {
  return toBase64Url(JSON.stringify({ e: cursor.epoch, r: cursor.revision, c: cursor.commit }));
}

/**
 * Reads a `since` parameter: '0' (from the start), or a cursor from a previous answer; null when it is neither.
 *
 * @example
 * decodeCursor('0'); // { epoch: '', revision: 0, commit: '' }
 */
export function decodeCursor(text: string): Cursor | null {
  if (text === '0') return { epoch: '', revision: 0, commit: '' };
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const parsed = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0)))) as { e?: unknown; r?: unknown; c?: unknown };
    const { e, r, c } = parsed ?? {};
    if (typeof e !== 'string' || typeof c !== 'string' || typeof r !== 'number' || !Number.isSafeInteger(r) || r < 0) return null;
    return { epoch: e, revision: r, commit: c };
  } catch {
    return null;
  }
}
