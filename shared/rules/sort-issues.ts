import type { PlanIssue } from '../types';

/**
 * Sorts findings in place by sheet row, then column (A before B before AA), plan-wide findings (row null) last;
 * findings on the same cell keep the order they were found in (catalogue order).
 *
 * Rows are sheet row numbers, so the findings are put in row order by counting (one pass, no comparisons) and only
 * the few findings that share a row are compared. Rows that are not whole numbers and columns that are not text (only
 * odd input) fall back to a comparison sort with the same order.
 *
 * @example
 * sortIssues([{ row: null, column: null, … }, { row: 12, column: 'C', … }, { row: 9, column: 'AA', … }, { row: 9, column: 'B', … }])
 * // rows 9 (B), 9 (AA), 12 (C), then the plan-wide finding
 */
export function sortIssues(issues: PlanIssue[]): PlanIssue[] {
  let min = Infinity;
  let max = -Infinity;
  for (const issue of issues) {
    const row = issue.row;
    const column = issue.column;
    if (column !== null && column !== undefined && typeof column !== 'string') return issues.sort(compareIssues);
    if (row === null) continue;
    if (!Number.isInteger(row)) return issues.sort(compareIssues);
    if (row < min) min = row;
    if (row > max) max = row;
  }
  const rows = max >= min ? max - min + 1 : 0;
  // Rows far apart (a finding on row 1,000,000 of an otherwise short sheet): counting would cost more than comparing.
  if (rows > 4 * issues.length + 1024) return issues.sort(compareIssues);
  // starts[r] = where row min + r begins in the result; the last slot is for plan-wide findings.
  const starts = new Int32Array(rows + 2);
  for (const issue of issues) starts[(issue.row === null ? rows : issue.row - min) + 1]++;
  for (let r = 1; r < starts.length; r++) starts[r] += starts[r - 1];
  const sorted: PlanIssue[] = new Array(issues.length);
  const next = starts.slice();
  for (const issue of issues) sorted[next[issue.row === null ? rows : issue.row - min]++] = issue;
  // Within one row, by column, keeping findings on one cell in the order they were found (both sorts are stable).
  for (let r = 0; r <= rows; r++) {
    const from = starts[r];
    const to = starts[r + 1];
    if (to - from < 2) continue;
    if (to - from <= 16) {
      insertionSort(sorted, from, to);
      continue;
    }
    const group = sorted.slice(from, to).sort(compareColumns);
    for (let i = 0; i < group.length; i++) sorted[from + i] = group[i];
  }
  for (let i = 0; i < sorted.length; i++) issues[i] = sorted[i];
  return issues;
}

/** A row's few findings sorted by column in place: no copy, and a finding only passes one strictly after it. */
function insertionSort(issues: PlanIssue[], from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const issue = issues[i];
    let j = i - 1;
    for (; j >= from && compareColumns(issues[j], issue) > 0; j--) issues[j + 1] = issues[j];
    issues[j + 1] = issue;
  }
}

function compareIssues(a: PlanIssue, b: PlanIssue): number {
  if (a.row !== b.row) {
    if (a.row === null) return 1;
    if (b.row === null) return -1;
    return a.row - b.row;
  }
  return compareColumns(a, b);
}

/** A before B before AA; a finding with no column after those with one. */
function compareColumns(a: PlanIssue, b: PlanIssue): number {
  const ca = a.column ?? '';
  const cb = b.column ?? '';
  if (ca === cb) return 0;
  if (!ca) return 1;
  if (!cb) return -1;
  return ca.length - cb.length || (ca < cb ? -1 : 1);
}
