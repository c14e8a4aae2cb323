import { parseTimescale } from '../timescale/parse-timescale';
import { asWritten } from './as-written';
import { collapse } from './cell-text';
import type { Table } from './find-tables';
import { groupsOfPeriods } from './groups-of-periods';
import { PERIOD_ADJECTIVE, periodOfColumn } from './period-of-column';
import type { HeaderPeriod } from './period-of-header';
import { timetableMark } from './timetable-mark';
import type { SheetView } from './view-sheet';

/**
 * A delivery timetable (a Gantt chart): columns side by side, one per period, in which each action is marked
 * ('x') or shaded in the periods it is delivered. The last marked period is when it is due.
 */
export interface Timetable {
  /** The period columns, left to right (earliest first). */
  columns: number[];
  /** Each period column's header as the plan shows it ('Dec-19', 'Q2 26/27'): the due of an action marked up to it. */
  labels: string[];
  /** A column beside the periods headed 'Ongoing' (or 'Onwards'…): marked there, the work carries on past them. */
  ongoing: number | undefined;
  /** That column's header, the due of an action marked in it. */
  ongoingLabel: string;
  /** In words: "last marked of 7 monthly columns (Sep-19 … Mar-20), or 'Ongoing'". */
  says: string;
}

/** Columns whose headers name periods of one length: a timetable's, when their cells are marks. */
type Run = { columns: number[]; labels: string[]; every: HeaderPeriod['every']; ongoing: number | undefined; ongoingLabel: string };

/** Fewer rows marked than this and the run is a coincidence of headers, not a timetable. */
const MIN_ROWS_MARKED = 2;
/** Shading in one colour: a run shaded in several (red, amber, green) is a status tracker, not a timetable. */
const ONE_COLOUR = 0.8;

/**
 * The plan's delivery timetable, if it has one: two or more columns headed by periods of one length (months
 * 'Sep-19…Mar-20', real dates shown as months, quarters 'Q1 26/27…', halves, years), optionally with an
 * 'Ongoing' column, whose cells are marks ('x', '✓', '●') or shading in one colour with no text, in at least two
 * rows. A few notes written across the periods ("Ongoing – every cohort") are allowed; cells of status words (a
 * quarterly status tracker) or of sentences (progress per quarter) make it no timetable. Columns are read left
 * to right, as a timetable runs; another column between two periods (a budget) leaves the timetable as it is.
 *
 * @example
 * findTimetable(sheet, table, [4, 5], rows); // { columns: [4…10], labels: ['Sep-19', …, 'Mar-20'], ongoing: 11, ongoingLabel: 'Ongoing', says: "last marked of 7 monthly columns (Sep-19 … Mar-20), or 'Ongoing'" }
 */
export function findTimetable(sheet: SheetView, table: Table, band: readonly number[], rows: readonly number[]): Timetable | null {
  let best: Timetable | null = null;
  for (const found of periodColumns(sheet, table, band)) {
    const run = withOngoing(sheet, table, band, rows, found);
    const how = howMarked(sheet, rows, run);
    if (!how || (best && best.columns.length >= run.columns.length)) continue;
    const span = `${run.labels[0]} … ${run.labels[run.labels.length - 1]}`;
    const or = run.ongoing === undefined ? '' : `, or '${run.ongoingLabel}'`;
    best = { columns: run.columns, labels: run.labels, ongoing: run.ongoing, ongoingLabel: run.ongoingLabel, says: `last ${how} of ${run.columns.length} ${PERIOD_ADJECTIVE[run.every]} columns (${span})${or}` };
  }
  return best;
}

/** The table's columns headed by periods that belong together (see groupsOfPeriods), with their headers as shown. */
function periodColumns(sheet: SheetView, table: Table, band: readonly number[]): Run[] {
  const periods: (HeaderPeriod | null)[] = [];
  for (let c = table.left; c <= table.right; c++) periods.push(periodOfColumn(sheet, band, c));
  return groupsOfPeriods(periods).map((indices) => ({
    columns: indices.map((i) => table.left + i),
    labels: indices.map((i) => asWritten(collapse(sheet.text(band[band.length - 1], table.left + i)) || periods[i]!.label)),
    every: periods[indices[0]]!.every,
    ongoing: undefined,
    ongoingLabel: '',
  }));
}

/**
 * The column headed 'Ongoing' (or 'Onwards', 'Continuing'), nearest the periods after them (else before), whose
 * cells are marks too: marked there, the work carries on past the last period.
 */
function withOngoing(sheet: SheetView, table: Table, band: readonly number[], rows: readonly number[], run: Run): Run {
  const last = band[band.length - 1];
  const after = run.columns[run.columns.length - 1];
  const order: number[] = [];
  for (let c = after + 1; c <= table.right; c++) order.push(c);
  for (let c = run.columns[0] - 1; c >= table.left; c--) order.push(c);
  for (const c of order) {
    const header = collapse(sheet.text(last, c));
    const due = header && !run.columns.includes(c) ? parseTimescale(header) : null;
    if (due?.ongoing && due.end === null && onlyMarks(sheet, rows, c, run)) return { ...run, ongoing: c, ongoingLabel: asWritten(header) };
  }
  return run;
}

/** A column of marks and blanks, marked in a row at least. */
function onlyMarks(sheet: SheetView, rows: readonly number[], c: number, run: Run): boolean {
  const extent = { left: Math.min(c, ...run.columns), right: Math.max(c, ...run.columns) };
  const kinds = rows.map((r) => timetableMark(sheet, r, c, extent).kind);
  return kinds.every((k) => k !== 'text') && kinds.some((k) => k === 'mark' || k === 'shade');
}

/** 'marked' or 'shaded' when the columns' cells are a timetable's, else null (see findTimetable). */
function howMarked(sheet: SheetView, rows: readonly number[], run: Run): 'marked' | 'shaded' | null {
  const columns = run.ongoing === undefined ? run.columns : [...run.columns, run.ongoing];
  const extent = { left: Math.min(...columns), right: Math.max(...columns) };
  const fills = new Map<string, number>();
  let marks = 0;
  let shades = 0;
  let rowsMarked = 0;
  let texts = 0;
  for (const r of rows) {
    let marked = false;
    for (const c of columns) {
      const cell = timetableMark(sheet, r, c, extent);
      if (cell.kind === 'mark') marks++;
      else if (cell.kind === 'shade') fills.set(cell.fill, (fills.get(cell.fill) ?? 0) + 1);
      else if (cell.kind === 'text') texts++;
      marked ||= cell.kind === 'mark' || cell.kind === 'shade';
      if (cell.kind === 'shade') shades++;
    }
    if (marked) rowsMarked++;
  }
  if (rowsMarked < MIN_ROWS_MARKED || texts > rowsMarked / 2) return null;
  if (shades > 0 && Math.max(...fills.values()) < ONE_COLOUR * shades) return null;
  return shades > marks ? 'shaded' : 'marked';
}
