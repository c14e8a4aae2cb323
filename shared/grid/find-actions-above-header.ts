import type { ColumnAssignment } from './assign-columns';
import { cellKind } from './cell-kind';
import { isFigure } from './is-figure';
import { isRunningHead } from './is-running-head';
import type { RowTexts } from './profile-rows';
import type { SheetView } from './view-sheet';

/** Rows typed above the plan's header in its own columns, and the header whose columns they fill. */
export interface ActionsAboveHeader {
  /** The grid row of the header whose columns the rows fill. */
  header: number;
  assignment: ColumnAssignment;
  /** Grid rows, each with why it is read as an action although it sits above the header. */
  rows: Map<number, string>;
}

/** Fields besides the action that show a row is filled in as the table's actions are. */
const ACTION_FIELDS = ['indicator', 'lead', 'due', 'status', 'progress'] as const;

/**
 * The rows right above the plan's first header (blank spacer rows aside) that fill its columns as the actions under it
 * do: an action added over the header in a hurry ('URGENT – …' typed on the row above), or the actions a sort took
 * above the header when it was sorted with the header inside its range. Each row has text in the header's action
 * column that reads as a sentence, every one of its cells under a column the header names, and at least two more of
 * the plan's fields filled (indicator, lead, timescale, status, progress), its timescale a date or timescale where it
 * has one, its lead, status and progress no bare figure (a table of figures above the plan fills the columns with data). A title, a caption, a key or a note above the header fills no such columns and ends the run.
 *
 * @example
 * // Row 3: '5/6' | 'URGENT – agree a zero tolerance statement …' | 'Chief Exec' | 'Jan 19' above 'Ind | Action | Who | Timscale'
 * findActionsAboveHeader(sheet, texts, headerSet, assignments)?.rows.get(2);
 * // "it is typed above the header (row 4) in its columns, as the actions under it are: 'Ind', 'Action', 'Who', 'Timscale'"
 */
export function findActionsAboveHeader(sheet: SheetView, texts: RowTexts, headerSet: ReadonlySet<number>, assignments: ReadonlyMap<number, ColumnAssignment>): ActionsAboveHeader | null {
  if (!headerSet.size) return null;
  const first = Math.min(...headerSet);
  // The header whose columns are in force under the first header rows (a band's last row carries the assignment).
  let h = first;
  while (headerSet.has(h) && !assignments.has(h)) h++;
  const assignment = assignments.get(h);
  if (!assignment || assignment.map.action === undefined) return null;
  const rows = new Map<number, string>();
  for (let r = first - 1; r >= 0; r--) {
    // A blank row between two such rows is a spacer, as between the actions under the header, and a row of bare
    // numbers (a page's number) says nothing, nor does a page's running head (the title printed again at a page's top,
    // 'WRES action plan (continued)', over the header printed again: `isRunningHead`); the run ends at the first row with words that do not fill the columns.
    if (texts[r].every((t) => !/\p{L}/u.test(t.text)) || (texts[r].length === 1 && isRunningHead(texts[r][0].text))) continue;
    if (!fillsColumns(sheet, texts, r, assignment, (c) => headerOf(texts, first, h, c) !== '')) break;
    const named = texts[r].map((t) => headerOf(texts, first, h, t.c)).filter((t) => t);
    rows.set(r, `it is typed above the header (row ${sheet.sheetRow(h)}) in its columns, as the actions under it are: ${named.map((t) => `'${t}'`).join(', ')}`);
  }
  return rows.size ? { header: h, assignment, rows } : null;
}

/** Whether row `r` fills the header's columns as an action does (see `findActionsAboveHeader`). */
function fillsColumns(sheet: SheetView, texts: RowTexts, r: number, assignment: ColumnAssignment, named: (c: number) => boolean): boolean {
  const map = assignment.map;
  const row = texts[r];
  if (row.length < 3) return false;
  // Under a column the header names, whether or not the reader gives it a field ('Accountable director', 'Budget'):
  // an action row fills the plan's columns, a note or caption runs across columns the header leaves blank.
  if (!row.every((t) => named(t.c))) return false;
  if (cellKind(sheet.value(r, map.action!)) !== 'narrative') return false;
  // A figure alone ('41.3%', '1.22') under the lead, status or progress column is no lead, status or progress: a small
  // table of figures above the plan ('Metric | Measure | Coastway | Moorland' over '4a | Disabled staff experiencing
  // harassment … | 41.3% | 37.8%') fills the plan's columns with its data, not with an action's fields.
  const filled = ACTION_FIELDS.filter((f) => {
    const text = map[f] === undefined ? '' : sheet.text(r, map[f]!).trim();
    return text !== '' && (f === 'indicator' || f === 'due' || !isFigure(text));
  });
  if (filled.length < 2) return false;
  // A timescale column holding no date or timescale is no action's timescale (a key's colour names, a caption's words).
  if (map.due !== undefined && filled.includes('due') && !['date', 'timescale', 'ongoing'].includes(cellKind(sheet.value(r, map.due)))) return false;
  return true;
}

/** The header's text over column `c` (its lowest header row naming it), '' when none. */
function headerOf(texts: RowTexts, first: number, h: number, c: number): string {
  for (let k = h; k >= first; k--) {
    const cell = texts[k].find((t) => t.c === c);
    if (cell) return cell.text;
  }
  return '';
}
