import { collapse } from './cell-text';
import type { Table } from './find-tables';
import { headerBandText } from './header-band-text';
import type { HeaderWordScore } from './header-words';
import { periodOfColumn } from './period-of-column';
import type { HeaderPeriod } from './period-of-header';
import type { DueColumns } from './read-due-columns';
import { statesNothing } from './states-nothing';
import type { SheetView } from './view-sheet';

/** A header (or the group label over it) naming milestones, or a deadline ('by March 2021'). */
const MILESTONE_OR_DEADLINE = /\bmilestones?\b|\bby\b/i;
/** The plan's own count of years before the year itself ('Year 2 2017/18', 'Y1'): not part of when. */
const YEAR_NUMBER = /^(?:year|yr|y)\s*\d+\s*/i;
/** A header naming when the whole action is due this strongly is the timescale, and the milestones are steps to it. */
const NAMES_DUE = 0.8;
/** Words beside a column's year that may name the timescale ('by'): they say the year is a deadline. */
const WHEN: ReadonlySet<string> = new Set(['due']);
/** Enough filled cells to know the columns hold steps. */
const MIN_FILLED = 2;

/**
 * A multi-year plan's milestones by year with no completion column: two or more columns side by side, one per year
 * of the plan ('Year 1 – by March 2020 | Year 2 – by March 2021', '2023/24 | 2024/25 | 2025/26' under 'Milestones
 * by year'), each holding that year's step written out. The action is due by the end of the last year it has a
 * step in ('—' or blank: none that year; 'Ongoing' is a step), so the columns are read together as the timescale
 * (`readDueColumns`, join 'years'): the due is that year as its header writes it ('March 2021', '2025/26'), never
 * the step's words. Each column's header, or the label over it, names milestones or a deadline ('by …'); the years
 * are one to a column, in order; most filled cells are words, not figures (yearly targets are no steps). Where
 * another column names when the whole action is due ('Target completion', 'Complete by'), that column is the
 * timescale and this returns null: the milestones are checkpoints on the way (`setAsideMilestones`).
 *
 * @example
 * findYearMilestones(sheet, table, [4], rows, words);
 * // { join: 'years', columns: [6, 5], names: ['March 2021', 'March 2020'] } for E 'Year 1 – by March 2020' | F 'Year 2 – by March 2021'
 */
export function findYearMilestones(sheet: SheetView, table: Table, band: readonly number[], rows: readonly number[], words: ReadonlyMap<number, readonly HeaderWordScore[]>): DueColumns | null {
  let run: { c: number; period: HeaderPeriod }[] = [];
  let best: typeof run = [];
  for (let c = table.left; c <= table.right + 1; c++) {
    const period = c <= table.right ? yearOfColumn(sheet, band, c) : null;
    if (period && run.length > 0 && laterYear(run[run.length - 1].period, period)) {
      run.push({ c, period });
      continue;
    }
    if (run.length > best.length) best = run;
    run = period ? [{ c, period }] : [];
  }
  if (best.length < 2 || !writtenSteps(sheet, best.map((x) => x.c), rows)) return null;
  const columns = best.map((x) => x.c);
  const timescaleElsewhere = [...words].some(([c, w]) => !columns.includes(c) && w[0]?.field === 'due' && w[0].score >= NAMES_DUE);
  if (timescaleElsewhere) return null;
  const latestFirst = [...best].reverse();
  return { join: 'years', columns: latestFirst.map((x) => x.c), names: latestFirst.map((x) => x.period.label.replace(YEAR_NUMBER, '').trim()) };
}

/** The year (or year's deadline) a column is for, when its header or the label over it names milestones or a deadline. */
function yearOfColumn(sheet: SheetView, band: readonly number[], c: number): HeaderPeriod | null {
  // 'by March 2020' beside the year names when, as the column's year does: no other field's.
  const period = periodOfColumn(sheet, band, c, WHEN);
  if (!period || period.every === 'update' || period.every === 'quarter' || period.every === 'half') return null;
  return MILESTONE_OR_DEADLINE.test(collapse(headerBandText(sheet, band, c))) ? period : null;
}

/** The financial year (April to March) a period ends in, from its order key ('2021-03-31 …'). */
function financialYearOf(period: HeaderPeriod): number {
  const [y, m] = period.order.split('-').map(Number);
  return m >= 4 ? y : y - 1;
}

/** The next column's period ends in a later financial year: one column a year, in order. */
function laterYear(before: HeaderPeriod, after: HeaderPeriod): boolean {
  return financialYearOf(after) > financialYearOf(before);
}

/** Most filled cells of the columns are steps in words ('Campaign run in two localities', 'Ongoing'), in two rows at least. */
function writtenSteps(sheet: SheetView, columns: readonly number[], rows: readonly number[]): boolean {
  let filled = 0;
  let worded = 0;
  for (const r of rows) {
    for (const c of columns) {
      const text = collapse(sheet.text(r, c));
      if (statesNothing(text)) continue;
      filled++;
      if (/\p{L}{3}/u.test(text) && !/^[\d\s.,%£$:/-]+$/.test(text)) worded++;
    }
  }
  return filled >= MIN_FILLED && worded >= 0.8 * filled;
}
