import type { PlanField } from '../types';
import { collapse } from './cell-text';
import { FIELD_LABEL } from './describe-evidence';
import { scoreHeaderWords } from './header-words';
import { readColumnContents, type ColumnContents } from './read-column-contents';
import type { SheetView } from './view-sheet';

/** A header row out of step with its columns: its headings from `from` to `to` each belong one column `step` over. */
export interface ShiftedHeader {
  /** Grid row of the header. */
  r: number;
  /** First and last grid columns whose heading moves (left to right). */
  from: number;
  to: number;
  /** -1: each heading belongs to the column on its left (a cell inserted into the header row alone); +1: on its right. */
  step: -1 | 1;
  /** Why, in a user's words: 'the header row is one column out of step with its columns from column C (…)'. */
  says: string;
  /** Per field moved, where its heading stands and over what: "'Lead' stands over dates in column E". */
  moved: { field: PlanField; says: string }[];
}

/** Fields the cells can bear out or contradict: what a column of sentences, roles, dates or statuses is. */
const JUDGED: ReadonlySet<PlanField> = new Set(['action', 'lead', 'due', 'status', 'progress']);
/** A column's cells bear a heading out at this fit or more… */
const FITS = 0.6;
/** …and contradict it below this, with this many cells at least. */
const CONTRADICTS = 0.2;
const MIN_CELLS = 3;
/** Headings that must fit the next column over, and by how many more than fit their own, for the row to be out of step. */
const MIN_MOVED = 3;

/**
 * A header row one column out of step with its columns — a cell inserted into (or deleted from) the header row alone,
 * so that from one column on every heading sits over its neighbour's contents (holdout75 bowerleigh: a blank heading
 * over the actions, 'Action' over job titles, 'Lead' over dates, 'By when' over RAG letters, 'RAG' over progress,
 * 'Progress' over an empty column). Found when, from a column whose heading is blank (or past the last heading) over
 * cells, the headings that name a field the cells can judge (action, lead, timescale, status, progress) fit the column
 * one over far better than their own: three at least fit there, three more than fit where they stand, and the cells
 * under at most one bear out their own heading. Null for a header whose headings fit their columns. `rows` are the rows
 * under the header.
 *
 * @example
 * findShiftedHeader(sheet, 4, [5, 6, 7, 8])?.says;
 * // "the header row is one column out of step from column C: 'Action' sits over …; each heading is read one column left"
 */
export function findShiftedHeader(sheet: SheetView, r: number, rows: readonly number[], left: number, right: number): ShiftedHeader | null {
  if (rows.length < MIN_CELLS) return null;
  const contents = new Map<number, ColumnContents>();
  const of = (c: number) => {
    if (!contents.has(c)) contents.set(c, readColumnContents(sheet, c, rows));
    return contents.get(c)!;
  };
  for (const step of [-1, 1] as const) {
    // The blank heading the shift opened: over cells, on the side the headings moved away from.
    for (let gap = left; gap <= right; gap++) {
      if (collapse(sheet.text(r, gap)) !== '' || of(gap).filled < MIN_CELLS) continue;
      // Moved left (a cell deleted), the headings before the gap are out of step from the first that its cells contradict.
      const [from, to] = step === -1 ? [gap + 1, right] : [firstContradicted(sheet, r, left, gap - 1, of), gap - 1];
      const found = judge(sheet, r, from, to, step, of);
      if (found) return { r, from, to, step, ...say(sheet, r, from, to, step, found, of) };
    }
  }
  return null;
}

/** The headings from…to that name a judged field, where they fit as they stand and one column over; null when not out of step. */
function judge(sheet: SheetView, r: number, from: number, to: number, step: -1 | 1, of: (c: number) => ColumnContents): { c: number; field: PlanField }[] | null {
  let here = 0;
  let over = 0;
  const moved: { c: number; field: PlanField }[] = [];
  for (let c = from; c <= to; c++) {
    const field = namedField(sheet.text(r, c));
    if (!field) continue;
    const own = of(c);
    const next = of(c + step);
    if (own.filled >= MIN_CELLS && own.fit[field] >= FITS) here++;
    if (next.filled >= MIN_CELLS && next.fit[field] >= FITS) {
      over++;
      if (own.filled === 0 || own.fit[field] < CONTRADICTS) moved.push({ c, field });
    }
  }
  return over >= MIN_MOVED && over >= here + MIN_MOVED && here <= 1 && moved.length >= MIN_MOVED ? moved : null;
}

/** The first column of left…to whose heading its cells contradict (to + 1 when none). */
function firstContradicted(sheet: SheetView, r: number, left: number, to: number, of: (c: number) => ColumnContents): number {
  for (let c = left; c <= to; c++) {
    const field = namedField(sheet.text(r, c));
    if (field && of(c).filled >= MIN_CELLS && of(c).fit[field] < CONTRADICTS) return c;
  }
  return to + 1;
}

/** The field a heading names outright, when the cells can judge it; null for another or none. */
function namedField(text: string): PlanField | null {
  const heading = collapse(text);
  if (!heading) return null;
  const best = scoreHeaderWords(heading)[0];
  return best && best.score >= 0.6 && JUDGED.has(best.field) ? best.field : null;
}

/** "the header row is one column out of step from column C (…)", and per field moved where its heading stands and over what. */
function say(sheet: SheetView, r: number, from: number, to: number, step: -1 | 1, moved: readonly { c: number; field: PlanField }[], of: (c: number) => ColumnContents): Pick<ShiftedHeader, 'says' | 'moved'> {
  const what = (c: number) => {
    const k = of(c);
    if (k.filled === 0) return 'an empty column';
    if (k.kinds.role >= FITS * k.filled) return 'roles or names';
    if (k.kinds.date + k.kinds.timescale >= FITS * k.filled) return 'dates';
    if (k.kinds.status + k.ratedFills >= FITS * k.filled) return 'statuses';
    return k.kinds.narrative + k.kinds.short >= FITS * k.filled ? 'text' : 'other cells';
  };
  const start = step === -1 ? from - 1 : to + 1;
  const says = `the header row is one column out of step with its columns from column ${sheet.letter(Math.min(start, from))}, a cell ${step === -1 ? 'inserted into' : 'deleted from'} it alone: each heading is read one column ${step === -1 ? 'left' : 'right'}`;
  return { says, moved: moved.map((m) => ({ field: m.field, says: `'${collapse(sheet.text(r, m.c))}' stands over ${what(m.c)} in column ${sheet.letter(m.c)}` })) };
}
