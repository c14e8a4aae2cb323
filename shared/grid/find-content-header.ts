import { cellKind } from './cell-kind';
import { collapse } from './cell-text';
import { fieldsByContents, type FieldByContents } from './fields-by-contents';
import { findTables } from './find-tables';
import type { SheetView } from './view-sheet';

/** Where a table whose header names nothing would have its header, and each column's field by its contents. */
export interface ContentHeader {
  /** Grid row (0-based) right over the first action: the header's row, or the blank row where the sheet has none. */
  r: number;
  /** The sheet has no header row: `r` is blank. */
  blank: boolean;
  /** Each column given a field, with its heading as the sheet writes it ('' when none) and why. */
  columns: (FieldByContents & { heading: string })[];
}

/** A plan is read so only with this many actions at least: fewer rows say too little of what a column holds. */
const MIN_ROWS = 3;
/** A heading says little in a few words ('Column1', 'Col A', 'Field 3'); more is a title or a line of text. */
const MAX_HEADING_WORDS = 4;
/** A document's version ('0.1', 'v2.0'): a column of them is a version history's, never a plan's. */
const VERSION = /^v?\d{1,2}\.\d{1,2}$/i;

/**
 * A table whose header row says nothing of its columns — generic names ('Column1' … 'Column8' from a Power Query
 * table over a headerless CSV, 'Col A' … 'Col H' on a return template) or no header row at all (a personal running
 * list) — whose contents say plainly what each column holds: a column of sentences on each action's row, and beside
 * it two of a lead's roles or names, a timescale's dates or quarters, a status's words or fills (`fieldsByContents`).
 * Null when no such table is found: no column of sentences, fewer than two of those fields, a version history's
 * numbers, fewer than three actions, or a row right over the first action that is neither blank nor a row of short
 * labels (a title line is no header to write over).
 *
 * @example
 * findContentHeader(sheet)?.columns.map((x) => `${x.field} ← '${x.heading}'`); // ['action ← 'Column2'', 'lead ← 'Column4'', …]
 */
export function findContentHeader(sheet: SheetView): ContentHeader | null {
  // A row of three cells at least is read (an action, and two of who, when and how far): a narrower sheet holds none.
  if (sheet.width < 3) return null;
  const table = findTables(sheet)[0];
  if (!table) return null;
  const columns: number[] = [];
  for (let c = table.left; c <= table.right; c++) columns.push(c);
  // The table's rows of three cells or more: actions, and any row of headings over them (titles and notes are one cell).
  const rows: number[] = [];
  for (let r = table.top; r <= table.bottom; r++) if (columns.filter((c) => sheet.text(r, c) !== '').length >= 3) rows.push(r);
  const first = fieldsByContents(sheet, columns, rows).find((f) => f.field === 'action');
  if (!first) return null;
  // The actions' rows, those writing a sentence in that column, are what the columns are read over.
  const actions = rows.filter((r) => cellKind(sheet.value(r, first.c)) === 'narrative');
  if (actions.length < MIN_ROWS || actions[0] === 0) return null;
  const fields = fieldsByContents(sheet, columns, actions);
  if (fields.filter((f) => f.field === 'lead' || f.field === 'due' || f.field === 'status').length < 2) return null;
  if (columns.some((c) => writesVersions(sheet, c, actions))) return null;
  const r = actions[0] - 1;
  const headings = columns.map((c) => collapse(sheet.text(r, c))).filter((t) => t !== '');
  const blank = headings.length === 0;
  if (!blank && !labelsOnly(sheet, r, columns, fields.length)) return null;
  return { r, blank, columns: fields.map((f) => ({ ...f, heading: collapse(sheet.text(r, f.c)) })) };
}

/**
 * Whether the row's cells are short labels, text of a few words (no date, number or sentence), over half of the
 * columns read at least: a header that names nothing, not a title, a note or an action.
 */
function labelsOnly(sheet: SheetView, r: number, columns: readonly number[], read: number): boolean {
  let labels = 0;
  for (const c of columns) {
    const text = collapse(sheet.text(r, c));
    if (text === '') continue;
    const kind = cellKind(sheet.value(r, c));
    if (typeof sheet.value(r, c) !== 'string' || kind === 'narrative' || kind === 'date' || text.split(' ').length > MAX_HEADING_WORDS) return false;
    labels++;
  }
  return labels >= Math.max(2, 0.5 * read);
}

/** Whether most of the column's filled cells are a document's version numbers. */
function writesVersions(sheet: SheetView, c: number, rows: readonly number[]): boolean {
  const texts = rows.map((r) => sheet.text(r, c).trim()).filter((t) => t !== '');
  return texts.length >= 2 && texts.filter((t) => VERSION.test(t)).length >= 0.6 * texts.length;
}
