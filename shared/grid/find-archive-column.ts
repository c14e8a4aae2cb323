import { collapse, collapsedLongerThan } from './cell-text';
import type { SheetView } from './view-sheet';

/** An export's column flagging the items it took off the list or board: 'Archived', 'Is archived', 'Deleted', 'In recycle bin'. */
const ARCHIVE_HEADER = /^(?:is\s+)?(?:archived|deleted|trashed|in\s+(?:the\s+)?(?:recycle\s+bin|bin|trash))\s*\??$/i;
/** How an export writes its flags: TRUE / FALSE (Trello, Planner), Yes / No (SharePoint), Y / N, 1 / 0. */
const FLAG_SET = /^(?:true|yes|y|1)$/i;
const FLAG_CLEAR = /^(?:false|no|n|0)$/i;

/** A column of an export flagging the items it archived, by its header. */
export interface ArchiveColumn {
  c: number;
  header: string;
  /** Why the column is read as no field (for the user's list of columns left unread). */
  says: string;
}

/**
 * The column of a list's or board's export that flags each item it ARCHIVED or deleted ('Archived' TRUE / FALSE in a
 * Trello export, 'Is deleted' Yes / No): an archived card is no longer on the board, so its row is no action of the plan,
 * whatever else it still holds (often a duplicate: 'Duplicate – see other card'). Found by its header (the export's own
 * name for the flag, the whole cell) and its cells, every one a flag or blank. A plan's own column of other words
 * ('Archived to' a folder, 'Archive' dates) is none.
 *
 * @example
 * findArchiveColumn(sheet, [1, 2, 3], headers); // { c: 9, header: 'Archived', says: "it flags the items the export archived (TRUE) …" }
 */
export function findArchiveColumn(sheet: SheetView, rows: readonly number[], headers: ReadonlyMap<number, string>): ArchiveColumn | null {
  for (const [c, header] of headers) {
    // One look at each header: a long one is no flag's name.
    if (!header || collapsedLongerThan(header, 24) || !ARCHIVE_HEADER.test(collapse(header))) continue;
    let flags = 0;
    for (const r of rows) {
      const text = collapse(flagText(sheet.value(r, c), sheet.text(r, c)));
      if (!text) continue;
      if (!FLAG_SET.test(text) && !FLAG_CLEAR.test(text)) {
        flags = -1;
        break;
      }
      flags++;
    }
    if (flags > 0) return { c, header: collapse(header), says: `it flags the items the export archived or deleted (TRUE / Yes): those rows are no longer on the list or board, so they are set aside, not read as actions` };
  }
  return null;
}

/**
 * The flag the row's cell in the archive column sets (its text as written: 'TRUE', 'Yes'), or null when the item is not
 * archived.
 *
 * @example
 * archivedFlag(sheet, 6, column); // 'TRUE'
 */
export function archivedFlag(sheet: SheetView, r: number, column: ArchiveColumn): string | null {
  const text = collapse(flagText(sheet.value(r, column.c), sheet.text(r, column.c)));
  return FLAG_SET.test(text) ? text : null;
}

/** A flag's text: a boolean cell as Excel shows it ('TRUE'), any other as written. */
function flagText(value: unknown, text: string): string {
  return typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : text;
}
