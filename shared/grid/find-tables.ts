import { readRagLegendRow } from '../rag/read-rag-legend-row';
import { cellKind } from './cell-kind';
import { KEY_TITLE } from './is-under-key-title';
import type { SheetView } from './view-sheet';

/** A rectangle of the sheet that holds one table (0-based grid rows and columns, inclusive). */
export interface Table {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Non-empty cells inside it. */
  cells: number;
}

/**
 * The tables of a sheet: blocks of columns separated by columns that are empty all the way down. A plan
 * is usually one table (title and section rows sit in its first columns); a key or notes kept to the
 * right of it, beyond an empty column, is a table of its own. Largest first: the plan is the first.
 *
 * @example
 * findTables(viewSheet({ values: [['Action', 'Lead', null, 'Key'], ['Run it', 'HR', null, 'Red = late']] }));
 * // [{ left: 0, right: 1, … }, { left: 3, right: 3, … }]
 */
export function findTables(sheet: SheetView): Table[] {
  const { height, width } = sheet;
  const used = new Array<number>(width).fill(0);
  const top = new Array<number>(width).fill(height);
  const bottom = new Array<number>(width).fill(-1);
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      // A merged area occupies every column it covers: a title merged across the table does not split it.
      if (sheet.text(r, c) === '' && !coveredByMergedText(sheet, r, c)) continue;
      used[c]++;
      if (r < top[c]) top[c] = r;
      if (r > bottom[c]) bottom[c] = r;
    }
  }
  const tables: Table[] = [];
  for (let c = 0; c < width; c++) {
    if (used[c] === 0) continue;
    const t: Table = { top: top[c], bottom: bottom[c], left: c, right: c, cells: 0 };
    while (c < width && used[c] > 0) {
      t.right = c;
      t.top = Math.min(t.top, top[c]);
      t.bottom = Math.max(t.bottom, bottom[c]);
      t.cells += used[c];
      c++;
    }
    tables.push(t);
  }
  return joinSpacedColumns(sheet, tables).sort((a, b) => b.cells - a.cells);
}

/** An empty cell inside a merged area whose top-left cell has text. */
function coveredByMergedText(sheet: SheetView, r: number, c: number): boolean {
  const m = sheet.merge(r, c);
  return m !== undefined && (m.top !== r || m.left !== c) && sheet.text(m.top, m.left) !== '';
}

/**
 * A PDF converter leaves an empty spacer column between every real column: blocks of columns that run over the
 * same rows (their extents overlap over most of the longer one, and the rows filled in one are mostly filled in the
 * other, or the sparser one writes almost only on rows the other fills) are one table with spacers, not tables side
 * by side. A key beside the plan spans a few of its rows only.
 */
function joinSpacedColumns(sheet: SheetView, tables: Table[]): Table[] {
  // Per sheet row, how many cells have text: on the whole sheet, and in each block (summed as blocks join), so
  // that each comparison reads rows once, however many blocks a wide conversion has.
  const onRow = countFilled(sheet, 0, sheet.width - 1);
  const out: { table: Table; counts: Uint16Array }[] = [];
  for (const t of tables) {
    const last = out[out.length - 1];
    const counts = countFilled(sheet, t.left, t.right);
    if (last && sameRows(sheet, last.table, last.counts, t, counts, onRow)) {
      last.table.right = t.right;
      last.table.top = Math.min(last.table.top, t.top);
      last.table.bottom = Math.max(last.table.bottom, t.bottom);
      last.table.cells += t.cells;
      for (let r = 0; r < counts.length; r++) last.counts[r] += counts[r];
    } else out.push({ table: { ...t }, counts });
  }
  return out.map((o) => o.table);
}

/** Rows a block must run over to be a column of the plan rather than a key beside it (a key has a handful of entries). */
const MIN_LONG_BLOCK = 12;

function sameRows(sheet: SheetView, a: Table, inRowA: Uint16Array, b: Table, inRowB: Uint16Array, onRow: Uint16Array): boolean {
  const [ea, eb] = [extent(a, inRowA, onRow), extent(b, inRowB, onRow)];
  const top = Math.max(ea.top, eb.top);
  const bottom = Math.min(ea.bottom, eb.bottom);
  const longer = Math.max(ea.bottom - ea.top, eb.bottom - eb.top) + 1;
  const shorter = Math.min(ea.bottom - ea.top, eb.bottom - eb.top) + 1;
  // A key beside the plan spans a few of its rows only. A block running a dozen rows or more, all of them within the
  // other's, is the same table's column, though small tables above and under the plan (figures, a version history,
  // a glossary) stretch the other block past it; so is a shorter block that writes sentences on most of its rows (a
  // plan's progress column past an emptied one), which no key does.
  const inside = bottom - top + 1 >= 0.9 * shorter;
  const within = inside && (shorter >= MIN_LONG_BLOCK || (shorter >= 4 && writesSentences(sheet, ea.bottom - ea.top < eb.bottom - eb.top ? a : b, top, bottom)));
  // A short plan (a header and two or three actions) with spacer columns: blocks filling exactly the same rows are one.
  // (A key beside it may fill the same rows: its entries say what each colour means, and it stays a table of its own.)
  if (bottom - top < 3) return ea.top === eb.top && ea.bottom === eb.bottom && fillSameRows(inRowA, inRowB, top, bottom) && !readsAsKey(sheet, b, top, bottom);
  if (bottom - top + 1 < 0.6 * longer && !within) return false;
  let inA = 0;
  let inB = 0;
  let both = 0;
  for (let r = top; r <= bottom; r++) {
    const x = inRowA[r] > 0;
    const y = inRowB[r] > 0;
    // A row with text in one block alone and nothing else on the sheet row (a title, a running head, a page
    // footer) tells nothing about whether the blocks are one table: it counts for neither.
    if (x !== y && onRow[r] === (x ? inRowA[r] : inRowB[r])) continue;
    if (x) inA++;
    if (y) inB++;
    if (x && y) both++;
  }
  // Either most rows filled in one are filled in the other, or the sparser block (an indicator column filled only
  // where each block of actions starts) writes almost only on rows the other fills: one table either way.
  return (both >= 0.5 * inA && both >= 0.5 * inB) || both >= 0.7 * Math.min(inA, inB);
}

/**
 * Whether the block is a key: headed by a key's title ('Key', 'RAG key') over its labels, coloured or not ('Complete',
 * 'On track'), or every text of it a key's entry ('Red = late', 'Green – done').
 */
function readsAsKey(sheet: SheetView, t: Table, top: number, bottom: number): boolean {
  let first = true;
  for (let r = top; r <= bottom; r++) {
    for (let c = t.left; c <= t.right; c++) {
      const text = sheet.text(r, c).trim();
      if (!text) continue;
      if (first && KEY_TITLE.test(text)) return true;
      first = false;
      if (readRagLegendRow([text], [sheet.fill(r, c)]).length === 0) return false;
    }
  }
  return true;
}

/** Whether two blocks have text on exactly the same rows of top…bottom, two rows at least. */
function fillSameRows(inRowA: Uint16Array, inRowB: Uint16Array, top: number, bottom: number): boolean {
  let rows = 0;
  for (let r = top; r <= bottom; r++) {
    if (inRowA[r] > 0 !== inRowB[r] > 0) return false;
    if (inRowA[r] > 0) rows++;
  }
  return rows >= 2;
}

/**
 * The rows a block runs over as a table: from its first to its last row holding text beside other text. A title, a
 * note or an intro line alone on its row (above the plan, or a line under it) says nothing of where a table runs, so
 * lines around a plan do not stretch its first column's block past the columns a PDF converter spaced it from.
 */
function extent(t: Table, inRow: Uint16Array, onRow: Uint16Array): { top: number; bottom: number } {
  let top = -1;
  let bottom = -1;
  for (let r = t.top; r <= t.bottom; r++) {
    if (inRow[r] === 0 || onRow[r] < 2) continue;
    if (top < 0) top = r;
    bottom = r;
  }
  return top < 0 ? t : { top, bottom };
}

/** Whether the block writes a sentence (`cellKind` 'narrative') on at least half of its rows with text in top…bottom. */
function writesSentences(sheet: SheetView, t: Table, top: number, bottom: number): boolean {
  let rows = 0;
  let sentences = 0;
  for (let r = top; r <= bottom; r++) {
    let text = false;
    let sentence = false;
    for (let c = t.left; c <= t.right; c++) {
      if (sheet.text(r, c) === '') continue;
      text = true;
      if (cellKind(sheet.value(r, c)) === 'narrative') sentence = true;
    }
    if (text) rows++;
    if (sentence) sentences++;
  }
  return rows > 0 && sentences >= 0.5 * rows;
}

/** How many cells of columns left…right have text, per sheet row. */
function countFilled(sheet: SheetView, left: number, right: number): Uint16Array {
  const counts = new Uint16Array(sheet.height);
  for (let r = 0; r < sheet.height; r++) for (let c = left; c <= right; c++) if (sheet.text(r, c) !== '') counts[r]++;
  return counts;
}
