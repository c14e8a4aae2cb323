import { collapse, collapsedLongerThan, headerKey } from './cell-text';
import type { SheetView } from './view-sheet';

/** An export's column naming the board, plan or project every item belongs to: 'Board Name', 'Board', 'Plan name', 'Project'. */
const BOARD_HEADER = /^(?:board|plan|projects?|workspace)(?:\s+(?:name|title))?$/i;
/**
 * A database export's column naming the organisation every row is for ('OrgName', 'Organisation', 'Trust name',
 * 'Provider'), as a query joining actions to their organisation writes it: read as a board's name is.
 */
const ORGANISATION_HEADER = /^(?:org(?:ani[sz]ation)?|trust|provider)\s*(?:name)?$/i;
/** A board's name is a title, a few words at least ('Harbourside … – WRES plan 2021-22'), never one word or a sentence. */
const MIN_WORDS = 2;
const MAX_NAME = 160;

/** The name of the board every item of an export sits on, with its column. */
export interface BoardName {
  c: number;
  header: string;
  text: string;
  /** What the column names, for the user: 'the board every item sits on', 'the organisation every row is for'. */
  what: string;
  /** Why the column is read as no field (for the user's list of columns left unread). */
  says: string;
}

/**
 * The column of a board's or list's export naming the board (plan, project) every item sits on — 'Board Name' in a
 * Trello export, 'Plan name' in Planner's, 'Project' in a project tool's — with the SAME text on every item's row: the
 * plan's own title, written once per item, where the sheet may have no title row at all (holdout27 harbourside names its
 * organisation only there). So is a database export's column naming the organisation on every row ('OrgName': holdout34
 * aldric names its trust only there). Read for who the plan is, never as a field of each action. Found by its header (the
 * whole cell) and its cells: one text of two words or more on most rows, none other.
 *
 * @example
 * readBoardName(sheet, [1, 2, 3], headers); // { c: 11, header: 'Board Name', text: 'Harbourside Primary Care Collaborative – WRES plan 2021-22', … }
 */
export function readBoardName(sheet: SheetView, rows: readonly number[], headers: ReadonlyMap<number, string>): BoardName | null {
  if (rows.length < 2) return null;
  for (const [c, header] of headers) {
    if (!header || collapsedLongerThan(header, 16)) continue;
    // As a database or a tool names its column: 'org_name', 'OrgName', Asana's 'Projects' (the project a task is in).
    const words = headerKey(header);
    const organisation = ORGANISATION_HEADER.test(words);
    if (!organisation && !BOARD_HEADER.test(words)) continue;
    let text = '';
    let filled = 0;
    for (const r of rows) {
      const cell = sheet.text(r, c);
      if (!cell.trim()) continue;
      if (cell.length > MAX_NAME) break;
      const name = collapse(cell);
      if (text && name !== text) {
        filled = -1;
        break;
      }
      text = name;
      filled++;
    }
    if (filled < 2 || filled * 2 < rows.length || text.split(' ').length < MIN_WORDS) continue;
    const what = organisation ? 'the organisation every row is for' : 'the board every item sits on';
    return { c, header: collapse(header), text, what, says: `it names ${what} ('${text.slice(0, 80)}'), the same on every row: read for who the plan is, not as a field of each action` };
  }
  return null;
}
