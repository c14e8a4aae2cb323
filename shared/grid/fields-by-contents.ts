import type { CellValue, PlanField } from '../types';
import { cellKind } from './cell-kind';
import { describeContents, FIELD_LABEL } from './describe-evidence';
import { readColumnContents, type ColumnContents } from './read-column-contents';
import type { SheetView } from './view-sheet';

/** One column given its field by what its cells hold, and why in a user's words. */
export interface FieldByContents {
  c: number;
  field: PlanField;
  /** 'Timescale: 10 of 10 cells are dates or timescales'. */
  says: string;
}

/** Share of a column's own cells that must be of one kind for the column to be that field. */
const MOST = 0.6;
/** A reference is a short code ('WDES-19-01', 'LUH-WD-01', '7'). */
const MAX_REF = 16;
/** A cell naming an indicator or listing them: '4', '4a', '9a; 9b', '4a, 4b', 'WDES M1', 'WRES 6, 8'. */
const INDICATOR_CELL = /^(?:(?:wres|wdes)\s*)?(?:m|metric\s*|indicator\s*)?\d{1,2}[a-d]?(?:\s*(?:[;,&/+]|and)\s*(?:(?:wres|wdes)\s*)?(?:m|metric\s*|indicator\s*)?\d{1,2}[a-d]?)*$/i;
/** The EDI Improvement Plan's high impact actions ('HIA 3'): another framework's numbers, never the plan's indicators. */
const HIA_CELL = /\bHIA\b/i;
/** A time of day in a cell's text ('02/10/2019 10:41'). */
const TIME_OF_DAY = /\b\d{1,2}:\d{2}\b/;

/**
 * Each column's field read from its contents alone, as a careful reader does with a table whose header says nothing (a
 * Power Query table's 'Column1' … 'Column8', a return template's 'Col A' … 'Col H', a list with no header row at all):
 * the column of sentences is the action (the most, the longest), a column of roles or names the lead, of dates or
 * quarters the timescale (never a column of time stamps, dates with a time of day: when a note was written), of status
 * words or RAG fills the status, of codes each row its own ('WDES-19-01') the reference, of indicator numbers ('4a',
 * 'WDES M1') the indicator, and a further column of remarks beside the action its progress. Each field goes to one
 * column; `rows` are the table's rows of actions. Empty when no column writes sentences.
 *
 * @example
 * fieldsByContents(sheet, [3, 4, 5]).map((f) => f.says);
 * // ['Action: 3 of 3 cells are sentences', 'Lead: 3 of 3 cells name roles or people', 'Timescale: 3 of 3 cells are dates or timescales']
 */
export function fieldsByContents(sheet: SheetView, columns: readonly number[], rows: readonly number[]): FieldByContents[] {
  const contents = new Map(columns.map((c) => [c, readColumnContents(sheet, c, rows)]));
  const action = columnOfSentences(sheet, contents, rows);
  if (action === null) return [];
  const out: FieldByContents[] = [{ c: action, field: 'action', says: say('action', contents.get(action)!) }];
  const free = (c: number) => !out.some((f) => f.c === c);
  const take = (field: PlanField, c: number | null, says?: (c: number) => string) => {
    if (c !== null && free(c)) out.push({ c, field, says: says?.(c) ?? say(field, contents.get(c)!) });
  };
  const best = (fit: (k: ColumnContents, c: number) => number) => {
    let found: { c: number; share: number } | null = null;
    for (const [c, k] of contents) {
      if (!free(c) || k.filled < 2) continue;
      const share = fit(k, c) / k.filled;
      if (share >= MOST && (!found || share > found.share)) found = { c, share };
    }
    return found?.c ?? null;
  };
  take('status', best((k) => Math.min(k.own, k.kinds.status + k.ratedFills)));
  const stamps = columns.filter((c) => free(c) && writesTimes(sheet, c, rows));
  take('due', best((k, c) => (stamps.includes(c) ? 0 : k.kinds.date + k.kinds.timescale + k.kinds.ongoing)), (c) => say('due', contents.get(c)!) + dueSays(sheet, stamps));
  take('lead', best((k) => k.kinds.role));
  take('ref', best((_, c) => (codesEachRow(sheet, c, rows) ? contents.get(c)!.own : 0)), (c) => `${FIELD_LABEL.ref}: ${contents.get(c)!.own} of ${contents.get(c)!.own} cells are codes of one pattern, each row its own ('${sheet.text(rows.find((r) => sheet.text(r, c).trim() !== '')!, c).trim()}')`);
  take('indicator', best((_, c) => countCells(sheet, c, rows, (t, v) => !HIA_CELL.test(t) && (INDICATOR_CELL.test(t) || cellKind(v) === 'indicator'))));
  take('progress', best((k, c) => (c > action ? countCells(sheet, c, rows, remark) : 0)), (c) => `${FIELD_LABEL.progress}: ${countCells(sheet, c, rows, remark)} of ${contents.get(c)!.own} cells are remarks beside the action ('${sheet.text(rows.find((r) => remark(sheet.text(r, c)))!, c).trim().slice(0, 40)}')`);
  return out;
}

/** A remark on an action: a few words or more ('Two of five bases visited'). */
const remark = (text: string) => text.trim().split(/\s+/).length >= 3;

/** 'Action: 9 of 9 cells are sentences'. */
function say(field: PlanField, k: ColumnContents): string {
  return `${FIELD_LABEL[field]}: ${describeContents(field, k, '') || `${k.own} cells fit`}`;
}

/** The timescale's reason, naming the columns of time stamps passed over. */
function dueSays(sheet: SheetView, stamps: readonly number[]): string {
  if (stamps.length === 0) return '';
  return ` (not column${stamps.length > 1 ? 's' : ''} ${stamps.map((c) => sheet.letter(c)).join(', ')}: ${stamps.length > 1 ? 'their' : 'its'} dates carry a time of day, when a note was written, not a deadline)`;
}

/**
 * The column writing sentences on most of the rows, the most of them (ties: the longer text): what is to be done. Null
 * when no column writes a sentence on most rows.
 */
function columnOfSentences(sheet: SheetView, contents: ReadonlyMap<number, ColumnContents>, rows: readonly number[]): number | null {
  let found: { c: number; n: number; length: number } | null = null;
  for (const [c, k] of contents) {
    const n = k.kinds.narrative;
    if (n < 2 || n < MOST * rows.length) continue;
    const length = rows.reduce((sum, r) => sum + sheet.text(r, c).length, 0);
    if (!found || n > found.n || (n === found.n && length > found.length)) found = { c, n, length };
  }
  return found?.c ?? null;
}

/** Whether most of the column's dates carry a time of day (a record's time stamp). */
function writesTimes(sheet: SheetView, c: number, rows: readonly number[]): boolean {
  const dates = countCells(sheet, c, rows, (_, v) => cellKind(v) === 'date');
  const timed = countCells(sheet, c, rows, (t, v) => (v instanceof Date ? v.getUTCHours() + v.getUTCMinutes() > 0 : TIME_OF_DAY.test(t)));
  return dates >= 2 && timed >= 0.5 * dates;
}

/**
 * Whether every filled cell of the column is a short code with a digit, no two alike, all of one pattern once digits are
 * set aside ('WDES-19-01', 'WDES-19-02'), or the numbers counting up a row at a time (1, 2, 3): each row's own reference.
 */
function codesEachRow(sheet: SheetView, c: number, rows: readonly number[]): boolean {
  const texts = rows.map((r) => sheet.text(r, c).trim()).filter((t) => t !== '');
  if (texts.length < 3 || new Set(texts).size !== texts.length) return false;
  if (texts.every((t, i) => t === String(Number(texts[0]) + i))) return true;
  const shape = (t: string) => t.replace(/\d+/g, '#');
  return texts.every((t) => t.length <= MAX_REF && /\d/.test(t) && /[A-Za-z]/.test(t) && shape(t) === shape(texts[0]));
}

/** How many of the column's cells on the rows pass `test` (given the cell's text and value). */
function countCells(sheet: SheetView, c: number, rows: readonly number[], test: (text: string, value: CellValue) => boolean): number {
  let n = 0;
  for (const r of rows) {
    const text = sheet.text(r, c).trim();
    if (text !== '' && test(text, sheet.value(r, c))) n++;
  }
  return n;
}
