import { parseTimescale } from '../timescale/parse-timescale';
import { collapse } from './cell-text';
import type { Table } from './find-tables';
import { PERIOD_ADJECTIVE, periodOfColumn } from './period-of-column';
import type { HeaderPeriod } from './period-of-header';
import { runsOfPeriods } from './runs-of-periods';
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

/** A run of adjacent columns whose headers name periods of one length. */
type Run = { columns: number[]; labels: string[]; every: HeaderPeriod['every']; ongoing: number | undefined; ongoingLabel: string };

/** Fewer rows marked than this and the run is a coincidence of headers, not a timetable. */
const MIN_ROWS_MARKED = 2;
/** Shading in one colour: a run shaded in several (red, amber, green) is a status tracker, not a timetable. */
const ONE_COLOUR = 0.8;

/**
 * The plan's delivery timetable, if it has one: two or more adjacent columns headed by periods of one length
 * (months 'Sep-19…Mar-20', real dates shown as months, quarters 'Q1 26/27…', halves, years), optionally with an
 * 'Ongoing' column beside them, whose cells are marks ('x', '✓', '●') or shading in one colour with no text, in
 * at least two rows. A few notes written across the periods ("Ongoing – every cohort") are allowed; cells of
 * status words (a quarterly status tracker) or of sentences (progress per quarter) make it no timetable.
 *
 * @example
 * findTimetable(sheet, table, [4, 5], rows); // { columns: [4…10], labels: ['Sep-19', …, 'Mar-20'], ongoing: 11, ongoingLabel: 'Ongoing', says: "last marked of 7 monthly columns (Sep-19 … Mar-20), or 'Ongoing'" }
 */
export function findTimetable(sheet: SheetView, table: Table, band: readonly number[], rows: readonly number[]): Timetable | null {
  let best: Timetable | null = null;
  for (const run of periodRuns(sheet, table, band)) {
    const how = howMarked(sheet, rows, run);
    if (!how || (best && best.columns.length >= run.columns.length)) continue;
    const span = `${run.labels[0]} … ${run.labels[run.labels.length - 1]}`;
    const or = run.ongoing === undefined ? '' : `, or '${run.ongoingLabel}'`;
    best = { columns: run.columns, labels: run.labels, ongoing: run.ongoing, ongoingLabel: run.ongoingLabel, says: `last ${how} of ${run.columns.length} ${PERIOD_ADJECTIVE[run.every]} columns (${span})${or}` };
  }
  return best;
}

/** Runs of two or more adjacent columns headed by distinct periods of one length, each with any 'Ongoing' column beside it. */
function periodRuns(sheet: SheetView, table: Table, band: readonly number[]): Run[] {
  const periods: (HeaderPeriod | null)[] = [];
  for (let c = table.left; c <= table.right; c++) periods.push(periodOfColumn(sheet, band, c));
  return runsOfPeriods(periods).map((indices) => {
    const columns = indices.map((i) => table.left + i);
    const labels = indices.map((i) => collapse(sheet.text(band[band.length - 1], table.left + i)) || periods[i]!.label);
    return withOngoing(sheet, band, { columns, labels, every: periods[indices[0]]!.every, ongoing: undefined, ongoingLabel: '' });
  });
}

/** The column just after (or just before) the periods, when its header says the work carries on ('Ongoing', 'Onwards'). */
function withOngoing(sheet: SheetView, band: readonly number[], run: Run): Run {
  const last = band[band.length - 1];
  for (const c of [run.columns[run.columns.length - 1] + 1, run.columns[0] - 1]) {
    const header = c >= 0 && c < sheet.width ? collapse(sheet.text(last, c)) : '';
    const due = header ? parseTimescale(header) : null;
    if (due?.ongoing && due.end === null) return { ...run, ongoing: c, ongoingLabel: header };
  }
  return run;
}

/** 'marked' or 'shaded' when the run's cells are a timetable's, else null (see findTimetable). */
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
