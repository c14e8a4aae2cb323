import { colourOfWord } from '../rag/colour-words';
import { fillToRag } from '../rag/fill-to-rag';
import { isWholeStatus } from '../rag/is-whole-status';
import type { Rag, RagKeyEntry } from '../types';
import { collapse } from './cell-text';
import type { SheetView } from './view-sheet';

/**
 * A key block's title, whether it sits alone above the block or beside its first entry: 'Key', 'Legend', 'Status key',
 * 'RAG key:', 'BRAG', 'RAG rating', 'RAG status', 'Rating', 'Colour code' — words that name a key or a rating scale,
 * never a subject ('Recruitment') nor a bare field name an action row could start with ('Status', 'Progress').
 */
export const KEY_BLOCK_TITLE = /^(?:(?:(?:b?rag|status|progress|colour|color|rating)\s+){0,2}(?:key|legend)|b?rag(?:\s+(?:ratings?|status))?|(?:status|progress)\s+ratings?|ratings?|colou?r\s+cod(?:e|es|ing))\s*:?$/i;
/** A key has a handful of entries (BRAG's four, a five-step scale and a 'not yet due'); more rows are a table. */
const MAX_KEY_ROWS = 8;
/** A swatch's text is a code or a short status ('B', 'Green', 'On track'); longer, the cell is a sentence. */
const MAX_SWATCH = 40;
/** What a swatch means is a phrase or a short sentence ('Off track / not started', 'Delivered and signed off'). */
const MAX_MEANING = 120;
/** Columns between a swatch and its meaning, at most: two blank columns inserted between them still read as one entry. */
const MAX_SWATCH_GAP = 3;
/** Entries a key without a title needs before its colours and status words count as a key. */
const MIN_UNTITLED_ROWS = 3;

type Cell = { c: number; text: string };
/** The columns (and sheet rows, 0-based) the key may sit in: a table beside the plan, or the whole sheet. */
export interface KeyArea {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
/** One row's entry: the swatch's column (a cell filled in a RAG colour, empty or holding a code), its meaning's, and a title beside them. */
interface Shape {
  swatch: Cell;
  meaning: Cell;
  rag: Rag;
  title: Cell | null;
}

/**
 * An entry of a key block laid out as swatches: on each of a run of rows, a cell filled in a RAG colour — empty, or
 * holding a code or a short status ('B', 'G') — beside what it means ('Complete', 'On track'), in the same two columns
 * row after row, with nothing else on the rows. The block's title may sit alone on the row above it ('RAG rating'), or
 * share the first entry's row, left of the swatch ('BRAG' | 'B' blue | 'Complete'), so the first entry's row is no
 * action whose first cell is a word. A block is a key when it has a title naming a key and two colours or more; with no
 * title, when every swatch is empty and each of three rows or more reads as a status by the usual words ('Complete',
 * 'On track', 'At risk'), as no action does. A code in the swatch is the entry's alias ('B' finds 'Complete'); a status
 * in the swatch ('Complete' blue | 'Action delivered') is the label and the other cell its description. Null for any
 * other row.
 *
 * @example
 * readSwatchKeyRow(sheet, 15, { top: 0, bottom: sheet.height - 1, left: 0, right: sheet.width - 1 });
 * // { entry: { rag: 'blue', label: 'Complete', aliases: ['b'] }, why: "the key titled 'BRAG' on rows 16–19 puts a cell filled in each colour beside what it means: 'B' filled blue means 'Complete'" }
 */
export function readSwatchKeyRow(sheet: SheetView, r: number, area: KeyArea): { entry: RagKeyEntry; why: string } | null {
  const own = shapeOf(sheet, r, area);
  if (!own) return null;
  const same = (k: number) => {
    const s = k >= area.top && k <= area.bottom ? shapeOf(sheet, k, area) : null;
    return s && s.swatch.c === own.swatch.c && s.meaning.c === own.meaning.c ? s : null;
  };
  // The block runs up to its titled entry (or the first row of its shape) and down while its rows keep the shape, untitled.
  // A few rows empty within the key's columns may part its entries: Excel inserts whole rows, so a trust that spaces
  // its plan's actions with blank rows (or whose plan breaks over a page, its header printed again) parts the key beside it.
  const entries = new Map<number, Shape>([[r, own]]);
  let top = r;
  for (let k = r - 1, gap = 0; !own.title && k >= r - MAX_KEY_ROWS - MAX_ROW_GAP && k >= area.top; k--) {
    const s = same(k);
    if (!s && gap < MAX_ROW_GAP && emptyIn(sheet, k, area)) {
      gap++;
      continue;
    }
    if (!s) break;
    entries.set(k, s);
    top = k;
    gap = 0;
    if (s.title) break;
  }
  let bottom = r;
  for (let k = r + 1, gap = 0; entries.size < MAX_KEY_ROWS && k <= area.bottom && k < sheet.height; k++) {
    const s = same(k);
    if (!s && gap < MAX_ROW_GAP && emptyIn(sheet, k, area)) {
      gap++;
      continue;
    }
    if (!s || s.title) break;
    entries.set(k, s);
    bottom = k;
    gap = 0;
  }
  const rows = [...entries].sort((a, b) => a[0] - b[0]).map(([, s]) => s);
  if (rows.length < 2 || new Set(rows.map((s) => s.rag)).size < 2) return null;
  const title = rows[0].title?.text ?? titleAbove(sheet, top - 1, area, own);
  const untitledKey = rows.length >= MIN_UNTITLED_ROWS && rows.every((s) => !s.swatch.text && isWholeStatus(s.meaning.text));
  if (!title && !untitledKey) return null;
  const entry = entryOf(own);
  const span = `rows ${sheet.sheetRow(top)}–${sheet.sheetRow(bottom)}`;
  const block = title ? `the key titled '${title}' on ${span} puts a cell filled in each colour beside what it means` : `the key on ${span} puts a cell filled in each colour beside a status`;
  const shown = own.swatch.text ? `'${own.swatch.text}' filled ${own.rag}` : `a cell filled ${own.rag}`;
  const means = entry.label === own.meaning.text ? `'${own.meaning.text}'` : `'${entry.label}' (${own.meaning.text})`;
  return { entry, why: `${block}: ${shown} means ${means}` };
}

/** The row's entry shape within the area, or null: one RAG-filled swatch, its meaning beside it, at most a key title left of both. */
function shapeOf(sheet: SheetView, r: number, area: KeyArea): Shape | null {
  // Every short row is asked (an action's row of three texts too): a row with no cell filled in a RAG colour has no
  // swatch, which a look at its fills says before any of its texts is tidied.
  if (!someRagFill(sheet, r, area)) return null;
  const texts: Cell[] = [];
  let swatch: Cell | null = null;
  for (let c = area.left; c <= Math.min(area.right, sheet.width - 1); c++) {
    const text = collapse(sheet.text(r, c));
    // A cell merged down from a row above belongs to that row: a key's rows hold their own cells only.
    if (text && (sheet.merge(r, c)?.top ?? r) < r) return null;
    if (text) texts.push({ c, text });
    if (texts.length > 3) return null;
  }
  if (texts.length === 0) return null;
  const title = texts.length > 1 && KEY_BLOCK_TITLE.test(texts[0].text) ? texts[0] : null;
  for (let c = area.left; c <= Math.min(area.right, sheet.width - 1); c++) {
    if (c === title?.c || fillToRag(sheet.fill(r, c)) === null) continue;
    // Two coloured cells on a row are a key along the row, or a plan's row: not this shape.
    if (swatch) return null;
    swatch = { c, text: collapse(sheet.text(r, c)) };
  }
  if (!swatch || swatch.text.length > MAX_SWATCH) return null;
  const rest = texts.filter((t) => t.c !== swatch!.c && t !== title);
  if (rest.length !== 1) return null;
  const meaning = rest[0];
  // The meaning sits near its swatch, and the title left of both. A few blank columns may part them: Excel inserts whole
  // columns, so a trust that adds a column or two to its plan parts the key block below it as well ('B' | | | 'Complete').
  if (Math.abs(meaning.c - swatch.c) > MAX_SWATCH_GAP || meaning.text.length > MAX_MEANING || !/\p{L}/u.test(meaning.text)) return null;
  if (title && title.c > Math.min(meaning.c, swatch.c)) return null;
  return { swatch, meaning, rag: fillToRag(sheet.fill(r, swatch.c))!, title };
}

/** Rows empty within the key's columns that may part its entries (a spacer row, a page's title and header printed again). */
const MAX_ROW_GAP = 3;

/** The row holds no text and no fill within the area's columns. */
function emptyIn(sheet: SheetView, r: number, area: KeyArea): boolean {
  for (let c = area.left; c <= Math.min(area.right, sheet.width - 1); c++) if (sheet.text(r, c) !== '' || sheet.fill(r, c) !== null) return false;
  return true;
}

/** A cell of the row within the area is filled in a RAG colour (a swatch needs one). */
function someRagFill(sheet: SheetView, r: number, area: KeyArea): boolean {
  for (let c = area.left; c <= Math.min(area.right, sheet.width - 1); c++) if (fillToRag(sheet.fill(r, c)) !== null) return true;
  return false;
}

/** The key's title alone on the row above its first entry (a row or two empty between), left of or over the entries' columns. */
function titleAbove(sheet: SheetView, k: number, area: KeyArea, own: Shape): string | null {
  for (let gap = 0; gap < MAX_ROW_GAP && k > area.top && emptyIn(sheet, k, area); gap++) k--;
  if (k < area.top) return null;
  let title: string | null = null;
  for (let c = area.left; c <= Math.min(area.right, sheet.width - 1); c++) {
    const text = collapse(sheet.text(k, c));
    if (!text) continue;
    if (title !== null || c > Math.max(own.swatch.c, own.meaning.c) || !KEY_BLOCK_TITLE.test(text)) return null;
    title = text;
  }
  return title;
}

/**
 * What the entry says: an empty swatch's meaning is the status ('Complete'); a code in the swatch ('B', 'Green') names
 * the meaning, a one-letter code kept as its alias as a key along a row keeps it; a status in the swatch is the label.
 */
function entryOf({ swatch, meaning, rag }: Shape): RagKeyEntry {
  if (!swatch.text) return { rag, label: meaning.text, aliases: [] };
  if (colourOfWord(swatch.text)) return { rag, label: meaning.text, aliases: swatch.text.length === 1 ? [swatch.text.toLowerCase()] : [] };
  return { rag, label: swatch.text, aliases: [] };
}
