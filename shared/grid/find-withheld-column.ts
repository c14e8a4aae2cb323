import { collapse, collapsedLongerThan } from './cell-text';
import type { SheetView } from './view-sheet';

/**
 * A cell saying a name was taken out before the plan was published: 'Redacted', '[Redacted]', 'Name withheld',
 * 'Withheld', 'Removed for publication', 'Name removed'. It names no one.
 */
const WITHHELD = /^[[(]?\s*(?:(?:names?\s+)?(?:redacted|withheld|removed)(?:\s+(?:for|before)\s+publication)?|not\s+published)\s*[\])]?\.?$/i;

/** A column of a plan whose every cell says the name in it was withheld. */
export interface WithheldColumn {
  c: number;
  /** Why the column is read as no field (for the user's list of columns left unread). */
  says: string;
}

/**
 * A column headed as who leads ('Action Owner', 'Responsible officer') whose every filled cell (two or more) says the name
 * was withheld before publication ('Redacted', 'Name withheld'): it names no one, so it is no lead, and another column
 * naming people ('Executive Lead') gives each action's lead. A column with any real name in it is read as before (a
 * single redacted row is that row's, not the column's).
 *
 * @example
 * findWithheldColumn(sheet, rows, headers, isLead); // { c: 11, says: "every cell says the name was withheld ('Redacted') …" }
 */
export function findWithheldColumn(sheet: SheetView, rows: readonly number[], headers: ReadonlyMap<number, string>, headedLead: (c: number) => boolean): WithheldColumn | null {
  for (const c of headers.keys()) {
    if (!headedLead(c)) continue;
    let withheld = 0;
    let example = '';
    for (const r of rows) {
      const text = sheet.text(r, c);
      if (!text.trim()) continue;
      // One look at the length first: a name or a role of any length is no such word.
      if (collapsedLongerThan(text, 32) || !WITHHELD.test(collapse(text))) {
        withheld = -1;
        break;
      }
      withheld++;
      example ||= collapse(text);
    }
    if (withheld >= 2) return { c, says: `every cell says the name was withheld ('${example}'): it names no one, so the lead is read from another column naming people` };
  }
  return null;
}
