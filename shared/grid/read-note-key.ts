import { readColourPairs } from '../rag/read-colour-pairs';
import type { RagKey } from '../types';
import type { SheetView } from './view-sheet';

/** The key's lines quoted in its reason are cut at this length: enough to recognise the note. */
const QUOTED = 80;

/** Where the plan's key might be kept in a note: the cells heading its status (or key) column, and rows that hold no action. */
export interface NoteKeyPlaces {
  /** Grid cells of the header over the column the key colours (the status column, else a progress column carrying a key). */
  keyHeader: readonly { r: number; c: number }[];
  /** Grid rows holding an action: a note there is about that action, never the plan's key. */
  actionRows: ReadonlySet<number>;
}

/**
 * The plan's status key when it is kept only in a cell's note (Excel's yellow note, shown on hover): 'Status key /
 * Complete – blue / On track – green / … / Not due – no rating yet' in the note on the 'Status' header, or a key in the
 * note on the title, on a 'Key' cell, on the RAG header. The note is read as a key line in any wording the reader
 * knows (`readColourPairs`: colour first or last, in brackets, codes, a title line or the author's line above), and is
 * a key only when it names two or more statuses each with a colour or none — guidance ('Agreed completion date. Revised
 * dates are given in the update.') or a remark naming one colour is none. The note on the key column's header is read
 * first, then every other note not on an action's row, top to bottom and left to right; the first key found is the
 * plan's. Null when no note holds one (or the grid has no notes). Its source names the note's cell and its lines, for
 * the user: "the note on F5 ('Complete – blue / On track – green / …')".
 *
 * @example
 * readNoteKey(sheet, { keyHeader: [{ r: 4, c: 5 }], actionRows: new Set([5, 6, 7]) });
 * // { source: 'note', note: { cell: 'F5', text: 'Complete – blue / On track – green / …' }, entries: [{ rag: 'blue', label: 'Complete', … }, …] }
 */
export function readNoteKey(sheet: SheetView, places: NoteKeyPlaces): RagKey | null {
  if (!sheet.notes) return null;
  const header = places.keyHeader.map(({ r, c }) => topLeft(sheet, r, c));
  const onHeader = (r: number, c: number) => header.some((h) => h.r === r && h.c === c);
  const others: { r: number; c: number; text: string }[] = [];
  for (const { r, c } of header) {
    const note = sheet.notes(r).find((n) => n.c === c);
    const key = note && keyOf(sheet, r, c, note.text);
    if (key) return key;
  }
  for (let r = 0; r < sheet.height; r++) {
    if (places.actionRows.has(r)) continue;
    for (const n of sheet.notes(r)) if (!onHeader(r, n.c)) others.push({ r, c: n.c, text: n.text });
  }
  for (const n of others) {
    const key = keyOf(sheet, n.r, n.c, n.text);
    if (key) return key;
  }
  return null;
}

/** The key one note holds, or null: two or more statuses, each given a colour or none, two or more of them coloured. */
function keyOf(sheet: SheetView, r: number, c: number, text: string): RagKey | null {
  const { entries } = readColourPairs(text);
  if (entries.filter((e) => e.rag !== null).length < 2) return null;
  return { entries, source: 'note', note: { cell: sheet.address(r, c), text: quoteOf(text, entries[0].label) } };
}

/** A note sits on a merged area's top-left cell. */
function topLeft(sheet: SheetView, r: number, c: number): { r: number; c: number } {
  const m = sheet.merge(r, c);
  return m ? { r: m.top, c: m.left } : { r, c };
}

/**
 * The note's key as a user sees it, from the line holding its first entry on (the author's line and a title above are
 * left out), lines joined by ' / ', cut if long after the last whole line that fits.
 */
function quoteOf(text: string, firstLabel: string): string {
  const lines = text.split('\n').map((l) => l.trim().replace(/\s+/g, ' ')).filter(Boolean);
  const from = Math.max(0, lines.findIndex((l) => l.includes(firstLabel)));
  const quoted = lines.slice(from).join(' / ');
  if (quoted.length <= QUOTED) return quoted;
  const cut = quoted.lastIndexOf(' / ', QUOTED - 4);
  return cut > 0 ? `${quoted.slice(0, cut)} / …` : `${quoted.slice(0, QUOTED - 1)}…`;
}
