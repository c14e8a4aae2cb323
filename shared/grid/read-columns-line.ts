import type { Grid } from '../types';
import type { SheetView } from './view-sheet';

/** A line typed in place of a header row that names the table's columns in order, and where they would stand. */
export interface ColumnsLine {
  /** Grid row (0-based) of the line. */
  r: number;
  /** The line as typed ('columns are: metric / what we will do / lead / by when / RAG …'). */
  text: string;
  /** The columns it names, in order ('metric', 'what we will do', 'lead', 'by when', 'RAG …'). */
  names: string[];
  /** Grid column of the first: the first column the rows under the line fill. */
  left: number;
}

/**
 * The words that open such a line: 'columns are:', 'Columns:', 'The columns are', 'Column headings -', 'Key to columns:'.
 * A line that only mentions columns ('see the key for what the colours mean') does not open so.
 */
const OPENS = /^\W*(?:(?:the|key\s+to(?:\s+the)?)\s+)?columns?(?:\s+(?:headings?|titles?))?(?:\s+(?:are|read|go))?\s*(?::|=|-|–|—|\s)\s*/i;

/** Separators a list of column names is typed with, strongest first: 'a / b / c', 'a | b | c', 'a; b; c', 'a, b and c'. */
const SEPARATORS = ['/', '|', ';', ','] as const;

/**
 * A sheet with no header row whose columns are named by a line above the rows instead (a network admin's 'columns are:
 * metric / what we will do / lead / by when / RAG (colour only, key at the bottom)' in grey italics, then the rows):
 * the line's names in order, to stand in the columns of the rows under it. Null where no line of one text opens by
 * naming columns and lists three names at least, each short, over a row of two cells or more. Whether the names are a
 * plan's header (an action, a lead, a date …) is the header stage's to say, as for any header row.
 *
 * @example
 * readColumnsLine(viewSheet({ values: [['Columns: action | lead | by when'], ['Publish the data', 'HR', 'May']] }))?.names;
 * // ['action', 'lead', 'by when']
 */
export function readColumnsLine(sheet: SheetView): ColumnsLine | null {
  for (let r = 0; r < Math.min(sheet.height - 1, 40); r++) {
    const texts = textsOf(sheet, r);
    if (texts.length !== 1) continue;
    const opening = OPENS.exec(texts[0].text);
    if (!opening) continue;
    const names = splitNames(texts[0].text.slice(opening[0].length));
    if (names.length < 3 || names.some((n) => n.length > 60)) continue;
    // The rows the line describes start straight under it (a blank row between is allowed): a row of two cells or more.
    const below = [r + 1, r + 2].map((k) => textsOf(sheet, k)).find((t) => t.length > 0);
    if (!below || below.length < 2) continue;
    return { r, text: texts[0].text, names, left: below[0].c };
  }
  return null;
}

/**
 * The grid with the line's names written into its row, one a cell from the column its rows start in: what the header
 * stage reads as the header the sheet never had (and into every row repeating the line). Every other cell, fill and
 * format is as it was.
 */
export function withColumnsLine(grid: Grid, line: ColumnsLine): Grid {
  const values = grid.values.map((row) => (Array.isArray(row) ? [...row] : row));
  const row: (string | null)[] = [];
  line.names.forEach((name, k) => (row[line.left + k] = name));
  for (let c = 0; c < row.length; c++) row[c] ??= null;
  values[line.r] = row;
  // The same line printed again lower down (at a page's top, under the title printed again) is the header printed again.
  for (let r = line.r + 1; r < values.length; r++) if (isTheLine(values[r], line.text)) values[r] = [...row];
  return { ...grid, values };
}

/** Whether a row of values holds only the line's text, in one cell. */
function isTheLine(row: Grid['values'][number], text: string): boolean {
  let found = false;
  for (const v of row ?? []) {
    if (v === null || v === undefined || v === '') continue;
    if (found || typeof v !== 'string' || v.trim() !== text) return false;
    found = true;
  }
  return found;
}

function textsOf(sheet: SheetView, r: number): { c: number; text: string }[] {
  const out: { c: number; text: string }[] = [];
  if (r >= sheet.height) return out;
  for (let c = 0; c < sheet.width; c++) {
    const text = sheet.text(r, c).trim();
    if (text) out.push({ c, text });
  }
  return out;
}

/**
 * The names in a list, split at its strongest separator outside brackets ('RAG (colour only, key at the bottom)' is one
 * name); in a list split at commas or semicolons the last two may be joined by 'and' ('action, who, when and progress').
 */
function splitNames(list: string): string[] {
  for (const sep of SEPARATORS) {
    const parts = splitOutsideBrackets(list, sep);
    if (parts.length < 2) continue;
    if (sep === ',' || sep === ';') parts.push(...parts.pop()!.split(/\s+and\s+/i));
    return parts.map((p) => p.trim().replace(/\.$/, '')).filter((p) => p !== '');
  }
  return [];
}

function splitOutsideBrackets(text: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (ch === sep && depth === 0) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out;
}
