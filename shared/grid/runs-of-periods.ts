import type { HeaderPeriod } from './period-of-header';

/**
 * Where adjacent header cells name periods side by side: runs of two or more neighbours whose periods have one
 * length (months with months, quarters with quarters) and never repeat ("Q1 | Q2 | Q3 | Q4", "Sep-19 … Mar-20").
 * A run is one timetable's or tracker's columns; an 'Update' round is a count, not a period of time, and runs
 * with nothing. Returns index runs into `periods` (one entry per column, null where the header names no period).
 *
 * @example
 * runsOfPeriods([null, q1, q2, q3, null]); // [[1, 2, 3]]
 * runsOfPeriods([sep19, oct19, q1]); // [[0, 1]] — a quarter after months starts no run of its own
 */
export function runsOfPeriods(periods: readonly (HeaderPeriod | null)[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  let seen = new Set<string>();
  const close = () => {
    if (run.length >= 2) runs.push(run);
    run = [];
    seen = new Set();
  };
  periods.forEach((p, i) => {
    const previous = run.length ? periods[run[run.length - 1]] : null;
    if (!p || p.every === 'update' || (previous && (previous.every !== p.every || seen.has(p.order)))) close();
    if (!p || p.every === 'update') return;
    run.push(i);
    seen.add(p.order);
  });
  close();
  return runs;
}
