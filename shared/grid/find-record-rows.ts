import type { MergeArea } from '../types';
import { collapse } from './cell-text';
import { namesTwoFields, scoreHeaderRow } from './score-header-row';
import type { SheetView } from './view-sheet';

/** One record: its first row and the cell merged over all its rows that ties them together ('A7:A8'). */
export interface RecordBlock {
  first: number;
  tie: MergeArea;
}

/** A plan that writes every action over the same number of physical rows, under a header of as many rows. */
export interface RecordRows {
  /** The header's first row (the row naming the fields of each record's first row). */
  header: number;
  /**
   * The first row of each copy of the header printed again between records (a page's repeated header, all its rows as
   * the header writes them): read as the header is, its lower rows no row of their own.
   */
  copies: number[];
  /** Physical rows per record (and per header). */
  size: number;
  records: RecordBlock[];
  /**
   * The fields the header's lower rows name, each read from the same row of every record: which row of the record
   * (1 = the second) and which column, with the header's words for it ('Target completion').
   */
  lower: { offset: number; c: number; header: string }[];
  /** The header's last column: the lower rows' columns are read as columns of their own right of it. */
  right: number;
}

/** Records of more rows than this are not looked for: a block that tall is a form or a group, not a printed record. */
const MAX_RECORD_ROWS = 3;

/**
 * A plan printed as a form of rows: every action takes the same number of physical rows (two, or three), under a header
 * of as many rows, each header row naming the fields written on that row of every record ('Action | Lead | Start' over
 * 'Measure of success | Supported by | Target completion'); cells merged over exactly each record's rows (its ref, its
 * RAG) tie a record's rows together. The evidence, all of it needed: the header's lower row names fields of its own
 * under columns the upper row already names (not group labels narrowed, not gaps filled, not the header repeated);
 * the record's rows come tied by a merge spanning exactly them, two records at least, one after another under the
 * header; and each lower row writes under the lower header. A plan whose ref is merged over two actions of its own has
 * a one-row header, so it is never read so. Null when the plan is no such thing.
 *
 * @example
 * findRecordRows(sheet, grid.merges); // { header: 4, size: 2, records: [{ first: 6, tie: A7:A8 }, …], lower: [{ offset: 1, c: 4, header: 'Target completion' }, …] }
 */
export function findRecordRows(sheet: SheetView, merges: readonly MergeArea[]): RecordRows | null {
  for (let size = 2; size <= MAX_RECORD_ROWS; size++) {
    const ties = new Map<number, MergeArea>();
    for (const m of merges) if (m && m.bottom - m.top + 1 === size && m.top >= size && !ties.has(m.top)) ties.set(m.top, m);
    const found = ties.size >= 2 ? recordsTiedBy(sheet, size, ties, null) : null;
    if (found) return found;
  }
  // No record tied down its rows: each record's first row may repeat the cell the header's upper row merges across the
  // lower row's fields ('Action' over 'Lead | Target | RAG | Evidence'; each action's text merged across the same columns).
  for (const [span, ties] of spansAcross(merges)) {
    for (let size = 2; size <= MAX_RECORD_ROWS; size++) {
      const found = recordsTiedBy(sheet, size, ties, span);
      if (found) return found;
    }
  }
  return null;
}

/** The records under the first header above a tie that heads two records at least, or null. */
function recordsTiedBy(sheet: SheetView, size: number, ties: ReadonlyMap<number, MergeArea>, across: MergeArea | null): RecordRows | null {
  const tried = new Set<number>();
  for (const top of [...ties.keys()].sort((a, b) => a - b)) {
    for (const header of headersAbove(sheet, top, size)) {
      if (tried.has(header)) continue;
      tried.add(header);
      // Merged across, the header's upper row spans the same columns as each record's first row.
      if (across && !sameSpan(sheet.merge(header, across.left), across)) continue;
      const found = recordsUnder(sheet, header, size, ties, across);
      if (found) return found;
    }
  }
  return null;
}

/** One-row merges across two columns or more, grouped by the columns they span, where three rows (a header, two records) share a span. */
function spansAcross(merges: readonly MergeArea[]): Map<MergeArea, Map<number, MergeArea>> {
  const bySpan = new Map<string, Map<number, MergeArea>>();
  for (const m of merges) {
    if (!m || m.bottom !== m.top || m.right <= m.left) continue;
    const key = `${m.left}:${m.right}`;
    const rows = bySpan.get(key) ?? bySpan.set(key, new Map()).get(key)!;
    if (!rows.has(m.top)) rows.set(m.top, m);
  }
  const out = new Map<MergeArea, Map<number, MergeArea>>();
  for (const rows of bySpan.values()) if (rows.size >= 3) out.set(rows.values().next().value!, rows);
  return out;
}

function sameSpan(m: MergeArea | undefined, span: MergeArea): boolean {
  return !!m && m.top === m.bottom && m.left === span.left && m.right === span.right;
}

/**
 * Where the header of a record tied at row `top` may start: right above it, or above the rows a plan puts between its
 * header and its first record (blank spacer rows, a section's heading on a line of its own), or at `top` itself when
 * the tie is the header's own (its ref and RAG cells merged over its rows too).
 */
function headersAbove(sheet: SheetView, top: number, size: number): number[] {
  let above = top - 1;
  while (above >= size && filledCells(sheet, above) <= 1) above--;
  return [top - size, above - size + 1, top].filter((h) => h >= 0);
}

/**
 * The records under a header of `size` rows starting at `header`, when that header and two records at least are there.
 * Between the header and the records, and between records, the rows a printed plan puts there are passed over: blank
 * spacer rows, a line of one cell (a section's heading, a page's title or number), and the header printed again at the
 * top of a page (all its rows, as the header writes them). Any other row ends the records.
 */
function recordsUnder(sheet: SheetView, header: number, size: number, ties: ReadonlyMap<number, MergeArea>, across: MergeArea | null = null): RecordRows | null {
  const table = { top: 0, bottom: sheet.height - 1, left: 0, right: sheet.width - 1, cells: 0 };
  // Every row of the header reads as a header (most cells header words, two fields named at least), as
  // `findHeaderRows` asks of any header: an action's row naming a lead and a date is none.
  for (let r = header; r < header + size; r++) if (!readsAsHeader(sheet, table, r)) return null;
  const lower: RecordRows['lower'] = [];
  for (let offset = 1; offset < size; offset++) {
    const named = lowerHeaderCells(sheet, header, header + offset, across);
    if (named.length < 2) return null;
    // Tied across, the lower row names the fields under the upper row's merged cell, and only those.
    if (across && named.some((c) => c < across.left || c > across.right)) return null;
    for (const c of named) lower.push({ offset, c, header: collapse(sheet.text(header + offset, c)) });
  }
  const records: RecordBlock[] = [];
  const copies: number[] = [];
  for (let r = header + size; r < sheet.height; ) {
    const tie = ties.get(r);
    // The header printed again is merged as the header is, so it is told from a record first.
    if (repeatsHeader(sheet, header, r, size)) {
      copies.push(r);
      r += size;
    } else if (tie && r + size - 1 < sheet.height && writesUnderLower(sheet, r, lower, across)) {
      records.push({ first: r, tie });
      r += size;
    } else if (filledCells(sheet, r) <= 1) r++;
    else break;
  }
  if (records.length < 2) return null;
  let right = 0;
  for (let r = header; r < header + size; r++) for (let c = 0; c < sheet.width; c++) if (sheet.text(r, c).trim()) right = Math.max(right, c);
  const last = records[records.length - 1].first;
  return { header, copies: copies.filter((c) => c < last), size, records, lower, right };
}

/**
 * The record's lower rows write under the lower header: in one of its fields at least, or, tied across, in two cells of
 * their own at least (a form's value merged across the same columns as its label's row is one cell: no record).
 */
function writesUnderLower(sheet: SheetView, r: number, lower: RecordRows['lower'], across: MergeArea | null): boolean {
  const filled = lower.filter((l) => ownText(sheet, r + l.offset, l.c)).length;
  return across ? filled >= 2 : filled >= 1;
}

function readsAsHeader(sheet: SheetView, table: Parameters<typeof scoreHeaderRow>[1], r: number): boolean {
  if (!namesTwoFields(sheet, table, r)) return false;
  const s = scoreHeaderRow(sheet, table, r);
  return s.fields.length >= 2 && s.shape >= 0.5;
}

/**
 * The cells of a lower header row that name a field of their own under a column the upper row names too: the upper cell
 * has its own words, heads that one column only, and says something else. Group labels narrowed ('Timescale' over
 * 'Start | End') and gaps filled are a header of two rows for one record row, not this.
 */
function lowerHeaderCells(sheet: SheetView, upper: number, r: number, across: MergeArea | null): number[] {
  const out: number[] = [];
  for (let c = 0; c < sheet.width; c++) {
    const own = ownText(sheet, r, c);
    if (!own || own.length > 60 || typeof sheet.value(r, c) !== 'string') continue;
    const above = sheet.merge(upper, c);
    // Under a cell merged across that every record's first row merges so too, the lower row's fields are the record's own.
    if (above && above.right > above.left && !(across && sameSpan(above, across))) continue;
    if (across && sameSpan(above, across)) {
      out.push(c);
      continue;
    }
    const over = ownText(sheet, upper, c);
    if (!over || over.toLowerCase() === own.toLowerCase()) continue;
    out.push(c);
  }
  return out;
}

/** The cell's own text: '' where a merged area from another row or column covers it. */
function ownText(sheet: SheetView, r: number, c: number): string {
  const m = sheet.merge(r, c);
  if (m && (m.top !== r || m.left !== c)) return '';
  return collapse(sheet.text(r, c));
}

/** How many cells of row r hold text of their own (a merged area counted once, at its first cell). */
function filledCells(sheet: SheetView, r: number): number {
  let n = 0;
  for (let c = 0; c < sheet.width; c++) if (ownText(sheet, r, c)) n++;
  return n;
}

/** Whether rows r… repeat the header's rows cell by cell (spacing and capitals aside): the header printed again. */
function repeatsHeader(sheet: SheetView, header: number, r: number, size: number): boolean {
  if (r + size > sheet.height) return false;
  for (let k = 0; k < size; k++) {
    for (let c = 0; c < sheet.width; c++) if (collapse(sheet.text(header + k, c)).toLowerCase() !== collapse(sheet.text(r + k, c)).toLowerCase()) return false;
  }
  return true;
}
