import type { CellValue, Grid, IconLight, MergeArea } from '../types';
import { cellText } from './cell-text';
import { toColumnLetter } from './column-letter';
import { readHiddenRows, type HiddenBy } from './read-hidden-rows';

/** One worksheet as every reading stage sees it: merged areas resolved, sheet coordinates at hand. */
export interface SheetView {
  sheetName: string;
  height: number;
  width: number;
  /** The cell's value; a merged area reads as its top-left cell down its first column, and empty across; a pivot's "(blank)" or a database's "NULL" as empty. */
  value(r: number, c: number): CellValue;
  /** The cell's text as Excel shows it (a date as its format displays it), else `value` as text (see `cellText`); a pivot's "(blank)" or a database's "NULL" reads as empty. */
  text(r: number, c: number): string;
  /**
   * Whether the cell holds only a tool's word for a missing value ('NULL', '(blank)'), which `value` and `text` read as
   * empty: a value said to be missing, where an empty cell may mean 'as above'. Absent where the grid has none to tell.
   */
  placeholder?(r: number, c: number): boolean;
  /**
   * Whether `text` is what the sheet's number format shows (the grid's `display`), not the value's own text: a date
   * shown 'yyyy-mm-dd' reads as the value's ISO day too, and is still as the plan shows it.
   */
  shown(r: number, c: number): boolean;
  /** Fill colour `#RRGGBB` of the cell (of its merged area), or null. */
  fill(r: number, c: number): string | null;
  /** The traffic light an icon set shows in the cell (its RAG and why), or null; absent where the grid has none. */
  light?(r: number, c: number): IconLight | null;
  /**
   * The row's outline level in the sheet's row groups (0 outside any group); absent where the grid has none (the add-in's
   * grids, a form's view).
   */
  outlineLevel?(r: number): number;
  /** Whether a row group's summary row sits below its detail rows, when the sheet says (`Grid.rowOutline`). */
  summaryBelow?: boolean;
  /**
   * Why Excel hides row `r` — its AutoFilter, a collapsed row group, or by hand (see `readHiddenRows`) — or null when it
   * is shown; absent where the grid lists no hidden row (`Grid.hiddenRows`).
   */
  hidden?(r: number): HiddenBy | null;
  /**
   * The notes on row `r`'s cells (Excel's yellow notes), left to right, each with its column; absent where the grid has
   * none (`Grid.notes`). A plan may keep an action's lead in the note on its action cell.
   */
  notes?(r: number): readonly { c: number; text: string }[];
  /** Text colour `#RRGGBB` of the cell (of its merged area), or null for the automatic colour. */
  font(r: number, c: number): string | null;
  /**
   * The cell's indent level (of its merged area; 0 for none); absent where the grid carries no indents (`Grid.indents`).
   * A project plan indents each task's name by its outline level.
   */
  indent?(r: number, c: number): number;
  /**
   * Whether the cell's text (of its merged area) is in italics; absent where the grid carries none (`Grid.italics`). A
   * template's worked example is written in italics, unlike the actions under it.
   */
  italic?(r: number, c: number): boolean;
  /** The pieces of the cell's text (of its merged area) when they are written in several colours, else null. */
  runs(r: number, c: number): { text: string; colour: string | null }[] | null;
  /** The merged area covering the cell, if any. */
  merge(r: number, c: number): MergeArea | undefined;
  /** 1-based sheet row of grid row `r`. */
  sheetRow(r: number): number;
  /** Sheet column letter of grid column `c`. */
  letter(c: number): string;
  /** Grid column of a sheet column letter, or -1. */
  columnOf(letter: string): number;
  /** The sheet cell ('B8') holding the value read at grid row `r`, column `c` (a form's view reads it from another row). */
  address(r: number, c: number): string;
  /**
   * The 1-based sheet row holding the value read at grid row `r`, column `c`; present only on a view that reads some
   * values from rows other than their action's (a record of several rows: 'Target completion' from its lower line).
   */
  sourceRow?(r: number, c: number): number;
}

/** Merged areas larger than this are damage, not layout (a whole sheet merged); they are ignored. */
const MAX_MERGE_CELLS = 2_000_000;
/**
 * Up to this many cells, every cell's text (and whether a merged area covers it) is worked out once when the view is made: each stage of the reader
 * (tables, header scoring, row texts, the row walk) asks for most cells' text again, and 10,000 rows × 20 columns
 * is 200,000 strings. A grid larger than this (a ragged sheet with one very long row) works texts out on demand.
 */
const MAX_CACHED_CELLS = 4_000_000;

/**
 * Wraps a grid for reading. Merges fill DOWN (an indicator cell merged over its block belongs to every
 * row of it) but not ACROSS (a title merged over the row belongs to its first column only, so it is never
 * read as a lead or a date).
 *
 * @example
 * const sheet = viewSheet({ values: [['Action', 'Lead']], origin: { row: 3, column: 1 } });
 * sheet.sheetRow(0); // 4
 * sheet.letter(1); // 'C'
 */
export function viewSheet(grid: Grid): SheetView {
  const values = Array.isArray(grid.values) ? grid.values : [];
  const rowOffset = grid.origin?.row ?? 0;
  const colOffset = grid.origin?.column ?? 0;
  const height = values.length;
  let width = 0;
  for (const r of values) if (Array.isArray(r) && r.length > width) width = r.length;
  const mergeOf = indexMerges(grid.merges ?? [], height, width);
  const raw = (r: number, c: number): CellValue => {
    const row = values[r];
    return Array.isArray(row) ? (row[c] ?? null) : null;
  };
  // Letters are asked of every action's cells: each column's worked out once.
  const letters: string[] = [];
  const letterOf = (c: number) => (letters[c] ??= toColumnLetter(colOffset + c));
  let runsAt: Map<number, { text: string; colour: string | null }[]> | undefined;
  // Every stage asks every cell whether it is merged: a flag per cell answers most asks without a map look-up.
  const merged = height * width <= MAX_CACHED_CELLS ? flagMerged(mergeOf, height * width) : null;
  const merge = (r: number, c: number) => {
    if (mergeOf.size === 0 || (merged && merged[r * width + c] !== 1)) return undefined;
    return mergeOf.get(r * width + c);
  };
  // A merged area's value is its top-left cell's down its first column, and empty across.
  const written = (r: number, c: number): CellValue => {
    const m = merge(r, c);
    return !m ? raw(r, c) : c === m.left ? raw(m.top, m.left) : null;
  };
  const value = (r: number, c: number): CellValue => {
    const v = written(r, c);
    return typeof v === 'string' && isBlankItem(v) ? null : v;
  };
  const displayOf = (r: number, c: number): string | null => {
    const v = value(r, c);
    if (v === null || typeof v === 'string' || !grid.display) return null;
    const m = merge(r, c);
    const shown = grid.display[m ? m.top : r]?.[m ? m.left : c];
    return typeof shown === 'string' && shown !== '' ? shown : null;
  };
  const textOf = (r: number, c: number): string => emptyItem(displayOf(r, c) ?? cellText(value(r, c)));
  // Every cell's value and text are worked out once, in one pass, into flat lists (see `allCells`): a look-up is then
  // one array read, not a walk through the row's list, the merge flags and the placeholder test.
  const cells = height * width <= MAX_CACHED_CELLS ? allCells(values, width, mergedRows(mergeOf, width), value, textOf) : null;
  const texts = cells?.texts;
  const flat = cells?.values;
  // Looked up once per cell by column reading: a map, not a search of the list.
  const lights = grid.iconLights?.length ? new Map(grid.iconLights.map((l) => [`${l.row},${l.column}`, l])) : null;
  return {
    sheetName: grid.sheetName ?? 'Sheet1',
    height,
    width,
    value: flat ? (r, c) => (r >= 0 && r < height && c >= 0 && c < width ? cellOf(flat, r * width + c, r, c, value) : value(r, c)) : value,
    placeholder: (r, c) => {
      const v = written(r, c);
      return typeof v === 'string' && isBlankItem(v);
    },
    text: texts
      ? (r, c) => (r >= 0 && r < height && c >= 0 && c < width ? texts[r * width + c] ?? textOf(r, c) : textOf(r, c))
      : textOf,
    shown: (r, c) => displayOf(r, c) !== null,
    fill(r, c) {
      const m = merge(r, c);
      const row = grid.fills?.[m ? m.top : r];
      const f = Array.isArray(row) ? row[m ? m.left : c] : null;
      return typeof f === 'string' ? f : null;
    },
    light(r, c) {
      if (!lights) return null;
      const m = merge(r, c);
      return lights.get(`${m ? m.top : r},${m ? m.left : c}`) ?? null;
    },
    ...(grid.rowOutline ? outlineOf(grid.rowOutline) : {}),
    ...(grid.hiddenRows?.length ? hiddenOf(grid) : {}),
    ...(grid.notes?.length ? notesOf(grid.notes) : {}),
    ...(Array.isArray(grid.indents) ? { indent: (r: number, c: number) => indentOf(grid.indents!, merge(r, c), r, c) } : {}),
    ...(Array.isArray(grid.italics) ? { italic: (r: number, c: number) => italicOf(grid.italics!, merge(r, c), r, c) } : {}),
    font(r, c) {
      const m = merge(r, c);
      const row = grid.fonts?.[m ? m.top : r];
      const f = Array.isArray(row) ? row[m ? m.left : c] : null;
      return typeof f === 'string' ? f : null;
    },
    runs(r, c) {
      if (!grid.textRuns?.length) return null;
      const m = merge(r, c);
      runsAt ??= new Map(grid.textRuns.map((t) => [t.row * Math.max(1, width) + t.column, t.runs]));
      return runsAt.get((m ? m.top : r) * Math.max(1, width) + (m ? m.left : c)) ?? null;
    },
    merge,
    sheetRow: (r) => rowOffset + r + 1,
    letter: letterOf,
    columnOf(letter) {
      const l = String(letter ?? '').trim().toUpperCase();
      if (!/^[A-Z]{1,3}$/.test(l)) return -1;
      let n = 0;
      for (const ch of l) n = n * 26 + (ch.charCodeAt(0) - 64);
      const c = n - 1 - colOffset;
      return c >= 0 && c < width ? c : -1;
    },
    address: (r, c) => `${letterOf(c)}${rowOffset + r + 1}`,
  };
}

/** The view's outline: each grid row's level (0 outside the sheet's row groups, or past its list), and the summary's side. */
function outlineOf(outline: NonNullable<Grid['rowOutline']>): Pick<SheetView, 'outlineLevel' | 'summaryBelow'> {
  const levels = Array.isArray(outline.levels) ? outline.levels : [];
  return {
    outlineLevel: (r) => (Number.isInteger(levels[r]) && levels[r] > 0 ? levels[r] : 0),
    ...(typeof outline.summaryBelow === 'boolean' ? { summaryBelow: outline.summaryBelow } : {}),
  };
}

/** A cell's indent level (its merged area's), 0 where none or not a whole number of levels. */
function indentOf(indents: NonNullable<Grid['indents']>, m: MergeArea | undefined, r: number, c: number): number {
  const row = indents[m ? m.top : r];
  const n = Array.isArray(row) ? row[m ? m.left : c] : null;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= 250 ? n : 0;
}

/** Whether a cell (its merged area's) is in italics: only `true` is. */
function italicOf(italics: NonNullable<Grid['italics']>, m: MergeArea | undefined, r: number, c: number): boolean {
  const row = italics[m ? m.top : r];
  return Array.isArray(row) && row[m ? m.left : c] === true;
}

/** The view's hidden rows, each with why it is hidden. */
function hiddenOf(grid: Grid): Pick<SheetView, 'hidden'> {
  const why = readHiddenRows(grid);
  return { hidden: (r) => why.get(r) ?? null };
}

/** The view's notes, by row and left to right (a note that is no string is none). */
function notesOf(notes: NonNullable<Grid['notes']>): Pick<SheetView, 'notes'> {
  const byRow = new Map<number, { c: number; text: string }[]>();
  for (const n of notes) {
    if (!n || typeof n.text !== 'string' || !n.text.trim() || !Number.isInteger(n.row) || !Number.isInteger(n.column)) continue;
    const list = byRow.get(n.row) ?? byRow.set(n.row, []).get(n.row)!;
    list.push({ c: n.column, text: n.text });
  }
  for (const list of byRow.values()) list.sort((a, b) => a.c - b.c);
  return { notes: (r) => byRow.get(r) ?? NO_NOTES };
}

const NO_NOTES: readonly { c: number; text: string }[] = Object.freeze([]);

/**
 * A word a tool writes where a value is missing, pasted or exported with it: Excel's '(blank)' for an empty pivot item,
 * a database's 'NULL' (SSMS 'Results to Grid' copied with headers, an Access or SQL export), Power Query's 'null', and
 * the bracketed '(null)' / '<null>' other tools print. Each alone in its cell; 'Null and void' or 'NULL' inside a
 * sentence is no placeholder.
 */
const BLANK_ITEM = /^\s*(?:\(blank\)|null|\(null\)|<null>)\s*$/i;

/**
 * A cell's text, or '' where it holds only a placeholder for a missing value (`BLANK_ITEM`): a pivot table shows a
 * missing value (an action with no due date) as the item '(blank)', a database result as 'NULL', and pasted as values
 * the word stays. It says the value is empty, in any field — never a timescale, a lead or a status. Only short texts
 * are tested, so an action's sentence costs one length check.
 *
 * @example
 * emptyItem('(blank)'); // ''
 * emptyItem('NULL'); // ''
 * emptyItem('Chief Nurse'); // 'Chief Nurse'
 */
function emptyItem(text: string): string {
  return isBlankItem(text) ? '' : text;
}

/** Whether the text is a placeholder for a missing value alone (see `emptyItem`). */
function isBlankItem(text: string): boolean {
  if (text.length > 16 || text.length < 4) return false;
  // Asked of every text cell each time its value is read: a status or a name of that length ('Complete', 'On track')
  // opens with no bracket and no 'n', and is ruled out without the pattern.
  const first = text.trimStart().charCodeAt(0);
  return (first === 40 /* ( */ || first === 60 /* < */ || first === 78 /* N */ || first === 110 /* n */) && BLANK_ITEM.test(text);
}

/**
 * Every cell's value (as `value` reads it) and text (as `text` reads it), row by row, each in one flat list (an array
 * grown by push stays a fast packed array at any length). On a row with no merged cell, a cell's value is its own,
 * read straight from its row: a text that is a placeholder ('NULL') reads as empty, a missing cell as null, and a text
 * or an empty cell is its own text.
 */
function allCells(
  values: Grid['values'],
  width: number,
  merged: Set<number>,
  valueOf: (r: number, c: number) => CellValue,
  textOf: (r: number, c: number) => string,
): { values: CellValue[]; texts: string[] } {
  const vals: CellValue[] = [];
  const texts: string[] = [];
  for (let r = 0; r < values.length; r++) {
    const row: unknown = values[r];
    if (merged.has(r) || !Array.isArray(row)) {
      for (let c = 0; c < width; c++) {
        vals.push(valueOf(r, c));
        texts.push(textOf(r, c));
      }
      continue;
    }
    for (let c = 0; c < width; c++) {
      const v: unknown = row[c];
      if (typeof v === 'string') {
        const blank = isBlankItem(v);
        vals.push(blank ? null : v);
        texts.push(blank ? '' : v);
      } else if (v === null || v === undefined) {
        vals.push(null);
        texts.push('');
      } else {
        vals.push(v as CellValue);
        texts.push(textOf(r, c));
      }
    }
  }
  return { values: vals, texts };
}

/**
 * The value kept for the cell at `at`; no cell's is kept as undefined (an empty one is null), so a position that is no
 * cell's (a fraction) finds none and is read as the view reads it without the list.
 */
function cellOf(flat: readonly CellValue[], at: number, r: number, c: number, value: (r: number, c: number) => CellValue): CellValue {
  const v = flat[at];
  return v !== undefined ? v : value(r, c);
}

/** The rows that hold any merged cell. */
function mergedRows(mergeOf: Map<number, MergeArea>, width: number): Set<number> {
  const rows = new Set<number>();
  for (const at of mergeOf.keys()) rows.add(Math.floor(at / width));
  return rows;
}

/**
 * One byte per cell, 1 where a merged area covers it (a cell outside the grid reads as undefined: the map has no entry
 * for it either); null when nothing is merged.
 */
function flagMerged(mergeOf: Map<number, MergeArea>, cells: number): Uint8Array | null {
  if (mergeOf.size === 0) return null;
  const flags = new Uint8Array(cells);
  for (const at of mergeOf.keys()) flags[at] = 1;
  return flags;
}

function indexMerges(merges: MergeArea[], height: number, width: number): Map<number, MergeArea> {
  const mergeOf = new Map<number, MergeArea>();
  for (const m of merges) {
    if (!m || m.bottom < m.top || m.right < m.left) continue;
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > MAX_MERGE_CELLS) continue;
    for (let r = Math.max(0, m.top); r <= Math.min(m.bottom, height - 1); r++) {
      for (let c = Math.max(0, m.left); c <= Math.min(m.right, width - 1); c++) mergeOf.set(r * width + c, m);
    }
  }
  return mergeOf;
}
