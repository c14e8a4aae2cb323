import { periodOfText } from '../identity/period-of-text';
import type { PlanField } from '../types';
import { collapse } from './cell-text';
import type { Table } from './find-tables';
import { findLookBackColumns } from './find-look-back-columns';
import { scoreHeaderWords } from './header-words';
import { WORD } from './score-header-row';
import type { SheetView } from './view-sheet';

/** One plan of several kept side by side under one header row: its columns, the caption over them, its header's fields. */
interface Side {
  left: number;
  right: number;
  /** The caption written over its columns alone ('LAST YEAR – 2016/17 action plan (closed)'), or ''. */
  caption: string;
  /** The grid row of its caption, else the header's. */
  row: number;
  fields: Set<PlanField>;
  /** Its header cells as written, in column order. */
  headers: string[];
}

/** A plan kept beside the one read, set aside: grid columns, the row its caption (else its header) sits on, and why the other is read. */
export interface PlanSetAside {
  left: number;
  right: number;
  row: number;
  caption: string;
  why: string;
}

/** The plan read out of several side by side, its table narrowed to its columns, and the others set aside. */
export interface PlanBeside {
  table: Table;
  setAside: PlanSetAside[];
}

/** A caption saying its plan is over: last year's, the previous one, closed or kept for reference. */
const OLDER = /\b(?:closed|previous|prior|last year'?s?|past|old|archived?|superseded|replaced|legacy|former|earlier|historic(?:al)?|for reference|completed plan)\b/i;
/** A caption saying its plan is the one in force. */
const CURRENT = /\b(?:this year'?s?|current|new|live|active|latest|in progress|present)\b/i;
/** Fields both plans' headers must name (the action and two more) for the row to be two headers, not one. */
const SHARED_FIELDS = 3;

/**
 * Two (or more) plans kept side by side on one sheet — this year's beside last year's closed plan, on the same rows,
 * under one header row ('No. | Indicator | Action | Lead | By when | Status' then, past an empty spacer column or
 * straight after, 'No. | Indicator | Action | Lead | Outcome at March 2017'). The table the reader found runs over both
 * (they fill the same rows, as a PDF's spacer columns do), so the header row is split where a second plan's header
 * starts: at an empty spacer column between two action columns, else where the fields before the second action column
 * start over. Each part must name the action and two more fields, and share them with its neighbour: a header repeating
 * one word ('Executive lead | Operational lead', 'Status Q1 | Status Q2', 'Action | … | Action taken') is one plan.
 *
 * The plan read is the one whose caption says it is this year's ('THIS YEAR', 'Current plan'), else the only one not
 * captioned as over ('closed', 'previous', 'last year'), else the one naming the plan's period (its title's, else
 * `period`), else the latest period captioned, else the leftmost. Null when the header is one plan's.
 *
 * @example
 * findPlanBeside(sheet, table, 4, null)?.setAside[0]; // { left: 7, right: 11, caption: 'LAST YEAR – 2016/17 action plan (closed)', … }
 */
export function findPlanBeside(sheet: SheetView, table: Table, header: number, period: string | null): PlanBeside | null {
  const fields = headerFields(sheet, table, header);
  // A header naming last year over its review and this year over its action ('2024/25 action | … | 2025/26 action') is
  // one plan looking back on each row, not two plans: its review columns are set aside where columns are given.
  if (looksBack(sheet, table, header)) return null;
  const sides = splitHeader(sheet, table, header, fields);
  if (sides.length < 2) return null;
  for (const s of sides) Object.assign(s, captionOver(sheet, table, header, s));
  const chosen = chooseSide(sides, titlePeriod(sheet, table, header, sides) ?? period);
  const read = sides[chosen.index];
  const setAside = sides.filter((s) => s !== read).map((s) => ({ left: s.left, right: s.right, row: s.row, caption: s.caption || s.headers.join(' | '), why: chosen.why }));
  return { table: { ...table, left: read.left, right: read.right }, setAside };
}

/** Whether the header row reviews last year's plan on each row beside this year's action (`findLookBackColumns`). */
function looksBack(sheet: SheetView, table: Table, header: number): boolean {
  const headers = new Map<number, string>();
  for (let c = table.left; c <= table.right; c++) if (typeof sheet.value(header, c) === 'string') headers.set(c, collapse(sheet.text(header, c)));
  return findLookBackColumns(sheet, [], headers, new Map([...headers].map(([c, h]) => [c, scoreHeaderWords(h)]))) !== null;
}

/** Each header cell's strongest field (null where its words name none surely enough). */
function headerFields(sheet: SheetView, table: Table, header: number): (PlanField | null)[] {
  const out: (PlanField | null)[] = [];
  for (let c = table.left; c <= table.right; c++) {
    const text = typeof sheet.value(header, c) === 'string' ? collapse(sheet.text(header, c)) : '';
    const top = text ? scoreHeaderWords(text)[0] : undefined;
    out.push(top && top.score >= WORD ? top.field : null);
  }
  return out;
}

/** The header's parts, one per plan: split between each two action columns, where the next plan's header starts. */
function splitHeader(sheet: SheetView, table: Table, header: number, fields: readonly (PlanField | null)[]): Side[] {
  const actions = fields.flatMap((f, i) => (f === 'action' ? [table.left + i] : []));
  if (actions.length < 2) return [];
  const starts = [table.left];
  for (let k = 1; k < actions.length; k++) {
    const start = spacerAfter(sheet, table, header, actions[k - 1], actions[k]) ?? restartOf(table, fields, starts[starts.length - 1], actions[k - 1], actions[k]);
    if (start === null) return [];
    starts.push(start);
  }
  const sides: Side[] = [];
  for (let k = 0; k < starts.length; k++) {
    let right = (starts[k + 1] ?? table.right + 1) - 1;
    while (right > starts[k] && sheet.text(header, right) === '' && isEmptyColumn(sheet, table, header, right)) right--;
    const named = new Set<PlanField>();
    const headers: string[] = [];
    for (let c = starts[k]; c <= right; c++) {
      const f = fields[c - table.left];
      if (f) named.add(f);
      if (sheet.text(header, c)) headers.push(collapse(sheet.text(header, c)));
    }
    sides.push({ left: starts[k], right, caption: '', row: header, fields: named, headers });
  }
  // Each plan names what is done and two more fields, as its neighbour does: else the row is one plan's header.
  for (let k = 1; k < sides.length; k++) {
    const shared = [...sides[k].fields].filter((f) => sides[k - 1].fields.has(f));
    if (shared.length < SHARED_FIELDS || !shared.includes('action')) return [];
  }
  return sides;
}

/** The first column after an empty spacer column between two action columns (empty from the header down). */
function spacerAfter(sheet: SheetView, table: Table, header: number, from: number, to: number): number | null {
  for (let c = from + 1; c < to; c++) if (sheet.text(header, c) === '' && isEmptyColumn(sheet, table, header, c)) return c + 1;
  return null;
}

/** Whether column c holds no text from the header down (a title merged across it is no text of its own). */
function isEmptyColumn(sheet: SheetView, table: Table, header: number, c: number): boolean {
  for (let r = header; r <= table.bottom; r++) if (sheet.text(r, c) !== '') return false;
  return true;
}

/**
 * With no spacer, where the next plan's header starts: the first column after the first action column from which the
 * fields up to the second action column each repeat, once, a field the first plan's header names before it.
 */
function restartOf(table: Table, fields: readonly (PlanField | null)[], start: number, first: number, second: number): number | null {
  for (let s = first + 1; s <= second; s++) {
    if (!fields[s - table.left]) continue;
    const before = new Set(fields.slice(start - table.left, s - table.left));
    const again = fields.slice(s - table.left, second - table.left + 1).filter((f): f is PlanField => f !== null);
    if (new Set(again).size === again.length && again.every((f) => before.has(f))) return s;
  }
  return null;
}

/**
 * The caption over a plan's columns: on the nearest row with text above the header (one blank row between allowed),
 * the texts whose cells (merged areas) lie within its columns alone — a title merged across both plans captions neither.
 */
function captionOver(sheet: SheetView, table: Table, header: number, side: Side): { caption: string; row: number } {
  let r = header - 1;
  if (r >= 0 && rowEmpty(sheet, table, r)) r--;
  if (r < 0 || rowEmpty(sheet, table, r)) return { caption: '', row: header };
  const texts: string[] = [];
  for (let c = side.left; c <= side.right; c++) {
    const text = sheet.text(r, c);
    const m = sheet.merge(r, c);
    if (text && (!m || m.right <= side.right)) texts.push(collapse(text));
  }
  return texts.length ? { caption: texts.join(' – '), row: r } : { caption: '', row: header };
}

function rowEmpty(sheet: SheetView, table: Table, r: number): boolean {
  for (let c = table.left; c <= table.right; c++) if (sheet.text(r, c) !== '') return false;
  return true;
}

/** The period named by the title rows above the captions (a title over both plans names the plan's own year). */
function titlePeriod(sheet: SheetView, table: Table, header: number, sides: readonly Side[]): string | null {
  const captionRows = new Set(sides.map((s) => s.row));
  for (let r = table.top; r < header; r++) {
    if (captionRows.has(r)) continue;
    for (let c = table.left; c <= table.right; c++) {
      const p = sheet.text(r, c) ? periodOfText(sheet.text(r, c)) : null;
      if (p) return p;
    }
  }
  return null;
}

/** Which plan is read, and why (see findPlanBeside). */
function chooseSide(sides: readonly Side[], period: string | null): { index: number; why: string } {
  const one = (test: (s: Side, k: number) => boolean) => {
    const hits = sides.flatMap((s, i) => (test(s, i) ? [i] : []));
    return hits.length === 1 ? hits[0] : -1;
  };
  const older = (s: Side) => OLDER.test(s.caption) && !CURRENT.test(s.caption);
  let i = one((s) => CURRENT.test(s.caption) && !OLDER.test(s.caption));
  if (i >= 0) return { index: i, why: `the plan read is the one captioned ${quoted(sides[i].caption)}, this year's` };
  i = one((s) => !older(s));
  if (i >= 0) return { index: i, why: `its caption says it is over (closed, previous or last year's); the plan read is ${describe(sides[i])}` };
  const periods = sides.map((s) => periodOfText(s.caption));
  i = period ? one((_, k) => periods[k] === period) : -1;
  if (i >= 0) return { index: i, why: `the plan's period is ${period!.replace('-', '/')}, which the plan read names (${quoted(sides[i].caption)})` };
  if (periods.every((p) => p !== null) && new Set(periods).size === periods.length) {
    const latest = periods.indexOf([...periods].sort().pop()!);
    return { index: latest, why: `the plan read is the latest, ${quoted(sides[latest].caption)}` };
  }
  return { index: 0, why: 'nothing says which is this year\'s: the leftmost plan is read' };
}

function describe(side: Side): string {
  return side.caption ? `the one captioned ${quoted(side.caption)}` : `the one headed ${quoted(side.headers.join(' | '))}`;
}

function quoted(text: string): string {
  return `'${text.length > 60 ? `${text.slice(0, 57)}…` : text}'`;
}
