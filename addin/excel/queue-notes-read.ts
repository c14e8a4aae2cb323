/// <reference types="office-js" />
import type { CellNote } from '../../shared/types';

/** Whether the host supports a requirement set: `Office.context.requirements.isSetSupported` in Office, a fake in tests. */
export type SupportsSet = (set: string, version: string) => boolean;

/** Where the sheet's notes are read from in this Excel: its notes, its (threaded) comments, or nowhere. */
export type NotesSource = 'notes' | 'comments' | 'none';

/**
 * Which of the sheet's notes this Excel can give the add-in: its notes (Excel's yellow notes, ExcelApi 1.18); before
 * that, its threaded comments (ExcelApi 1.10), the nearest thing an older Excel lets an add-in read — a note itself it
 * cannot; before that, none, and a lead kept only in a note is not read there (the .xlsx reader and the preview do read it).
 *
 * @example
 * notesSource((set, version) => Office.context.requirements.isSetSupported(set, version)); // 'notes'
 */
export function notesSource(supports: SupportsSet): NotesSource {
  if (supports('ExcelApi', '1.18')) return 'notes';
  return supports('ExcelApi', '1.10') ? 'comments' : 'none';
}

/**
 * Queues the read of a worksheet's notes' texts with the rest of the sheet's read (no sync of its own). Call the
 * returned function after that sync with the grid's origin: a sheet with no note is done then; a sheet with notes asks
 * where they sit in one more round trip for all of them (each note's cell is known only once the notes have come
 * back), never one per note or row. Notes outside the grid are left out.
 *
 * @example
 * const notes = queueNotesRead(sheet, 'notes');
 * await context.sync();
 * await notes(context, { row: 0, column: 0 }, 40, 8); // [{ row: 5, column: 2, text: 'EDI Team:\nLead: Head of Resourcing' }]
 */
export function queueNotesRead(sheet: Excel.Worksheet, source: NotesSource): (context: Excel.RequestContext, origin: { row: number; column: number }, height: number, width: number) => Promise<CellNote[]> {
  if (source === 'none') return async () => [];
  const collection: Excel.NoteCollection | Excel.CommentCollection = source === 'notes' ? sheet.notes : sheet.comments;
  collection.load('items/content');
  return async (context, origin, height, width) => {
    const items: readonly (Excel.Note | Excel.Comment)[] = collection.items;
    if (items.length === 0) return [];
    const cells = items.map((item) => item.getLocation().load(['rowIndex', 'columnIndex']));
    await context.sync();
    const out: CellNote[] = [];
    items.forEach((item, i) => {
      const row = cells[i].rowIndex - origin.row;
      const column = cells[i].columnIndex - origin.column;
      const text = String(item.content ?? '').replace(/\r\n?/g, '\n').trim();
      if (text && row >= 0 && row < height && column >= 0 && column < width) out.push({ row, column, text });
    });
    return out.sort((a, b) => a.row - b.row || a.column - b.column);
  };
}
