import type { PlanField } from '../types';
import { cellKind, type CellKind } from './cell-kind';
import { collapse } from './cell-text';
import type { Table } from './find-tables';
import { scoreHeaderWords } from './header-words';
import { WORD, type HeaderRowScore } from './score-header-row';
import { isBlankRow } from './is-blank-row';
import type { SheetView } from './view-sheet';
import { writesWords } from './writes-words';

/** A small table of a stack is a handful of rows: its rows are looked at no further than this under its header. */
const MAX_TABLE_ROWS = 40;

/** What a cell under a column named for a field holds when the row is an action's: who, when or how far it has got. */
const FITS: Partial<Record<PlanField, ReadonlySet<CellKind>>> = {
  lead: new Set(['role']),
  due: new Set(['date', 'timescale', 'ongoing']),
  status: new Set(['status', 'ongoing']),
};

/**
 * Whether a header row the plan's header did not take along heads one of the plan's own tables, stacked down the sheet:
 * several small tables one under another, each opening its own block (a blank row, or a caption alone on its row over
 * it: 'Discipline and bullying (WRES 3, 5-8)') and each with ITS OWN HEADER AND COLUMN ORDER ('Action | Lead | By
 * when', then 'Who | What | When' with the lead first, then 'Task | Deadline | Owner | Done?'), as if typed by several
 * people. Such a header may name what is done in words the reader does not know ('What') or score far below the first
 * table's; its rows say what it is: on most of them a sentence in the column it names the action or leaves unnamed,
 * beside a lead, a timescale or a status in a column it names so. A table under the plan whose sentences sit under a
 * column named for something else ('Date | Who | Notes': a meeting's notes), or whose cells are no sentences (contacts,
 * figures), heads no table of the plan. Returns why the header heads one (for each of its actions), else null.
 *
 * @example
 * // Row 11 'Who | What | When' under the caption 'Discipline and bullying (WRES 3, 5-8)', over three roles, sentences and dates
 * headsStackedTable(sheet, table, scoreHeaderRow(sheet, table, 10));
 * // "it sits in the table headed 'Who | What | When' (row 11), one of the plan's tables stacked down the sheet, each under …"
 */
export function headsStackedTable(sheet: SheetView, table: Table, header: HeaderRowScore): string | null {
  const r = header.row;
  // Cheap exact tests first: a header is labels (an action's row after a blank row names fields too, but writes its
  // action in a sentence and its due as a date), and a table of a stack opens its own block.
  if (!header.cells.every((x) => isLabel(sheet.value(r, x.c), x.text))) return null;
  const caption = captionOver(sheet, table, r);
  if (caption === null) return null;
  const rows = rowsUnder(sheet, table, r);
  if (rows.length === 0) return null;
  const named = new Map<number, PlanField>();
  const unnamed: number[] = [];
  for (const { c, text } of header.cells) {
    const top = scoreHeaderWords(collapse(text))[0];
    if (top && top.score >= WORD) named.set(c, top.field);
    else unnamed.push(c);
  }
  const most = (c: number, kinds: ReadonlySet<CellKind>) => rows.filter((k) => kinds.has(cellKind(sheet.value(k, c)))).length * 2 >= rows.length;
  const sentences = new Set<CellKind>(['narrative']);
  const action = [...named].find(([, f]) => f === 'action')?.[0] ?? unnamed.find((c) => most(c, sentences));
  if (action === undefined || !most(action, sentences)) return null;
  const fitting = [...named].filter(([c, f]) => c !== action && FITS[f] && most(c, FITS[f]!)).map(([, f]) => f);
  if (fitting.length === 0) return null;
  const shown = header.cells.map((x) => collapse(x.text)).join(' | ').slice(0, 60);
  const under = caption ? ` under its own caption ('${caption.slice(0, 60)}')` : '';
  const fields = fitting.map((f) => FIELD_WORD[f]).join(' and ');
  return `it sits in the table headed '${shown}' (row ${sheet.sheetRow(r)})${under}, one of the plan's tables stacked down the sheet, each with its own header and column order: its rows give what is done (column ${sheet.letter(action)}) beside ${fields}`;
}

/** Whether rows `a` and `b` hold the same texts in the table's columns. */
function sameRow(sheet: SheetView, table: Table, a: number, b: number): boolean {
  for (let c = table.left; c <= table.right; c++) if (sheet.text(a, c).trim() !== sheet.text(b, c).trim()) return false;
  return true;
}

/** A header's label is a few words ('Who', 'Lead person', 'Done?'): never a sentence, a date or a long text. */
const MAX_LABEL = 40;
const MAX_LABEL_WORDS = 5;

/** Whether a header cell is a label, not a value of an action's row. */
function isLabel(value: unknown, text: string): boolean {
  if (typeof value !== 'string' || text.length > MAX_LABEL || text.split(/\s+/).length > MAX_LABEL_WORDS) return false;
  const kind = cellKind(text);
  return kind !== 'narrative' && kind !== 'date';
}

/**
 * The table's rows under its header: down to the next caption or note (a row of one text in words), two blank rows,
 * or the table's end. A blank row alone between rows is a spacer (a plan spacing its actions out), and a page's bare
 * number one left in, not the table's end: the next block starts with its caption.
 */
function rowsUnder(sheet: SheetView, table: Table, r: number): number[] {
  const rows: number[] = [];
  let blanks = 0;
  for (let k = r + 1; k <= table.bottom && k <= r + MAX_TABLE_ROWS && blanks < 2; k++) {
    if (isBlankRow(sheet, table, k)) {
      blanks++;
      continue;
    }
    // The header printed again at a page's top is no row of the table.
    if (sameRow(sheet, table, r, k)) continue;
    const one = soleText(sheet, table, k);
    // A page's bare number ('3') or a fill-only mark between rows is a spacer too, no caption.
    if (one !== null && !writesWords(one)) continue;
    if (one !== null) break;
    blanks = 0;
    rows.push(k);
  }
  return rows;
}

/** The fields a stacked table's rows are checked against, in words. */
const FIELD_WORD: Partial<Record<PlanField, string>> = { lead: 'who leads it', due: 'when', status: 'how far it has got' };

/**
 * How the header's block opens: '' when a blank row (or the table's top) is right above it, a caption's text when a
 * caption alone on its row is (itself under a blank row or the table's top), null when neither is (a header inside a
 * block: the plan's header printed again, a row of another table).
 */
function captionOver(sheet: SheetView, table: Table, r: number): string | null {
  if (r - 1 < table.top || isBlankRow(sheet, table, r - 1)) return '';
  const one = soleText(sheet, table, r - 1);
  if (one === null) return null;
  return r - 2 < table.top || isBlankRow(sheet, table, r - 2) ? collapse(one) : null;
}

/** The row's one text when it has exactly one (a caption, merged across or not), else null. */
function soleText(sheet: SheetView, table: Table, r: number): string | null {
  let one: string | null = null;
  for (let c = table.left; c <= table.right; c++) {
    const text = sheet.text(r, c).trim();
    if (!text || text === one) continue;
    if (one !== null) return null;
    one = text;
  }
  return one;
}
