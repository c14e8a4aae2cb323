import type { PlanIssue, Rule } from '../types';
import { columnOf, isBlank, quote } from './describe';
import { tidyRef } from './tidy-ref';
import { onRow, saidOnce } from './finding';

/**
 * Two actions with the same ref make progress reports and cross-references ambiguous.
 *
 * @example
 * duplicateRef.check(context) // [{ rule: 'duplicate-ref', severity: 'warning', row: 14, column: 'A', message: 'Row 14: ref "3a" is also used on row 9 — give each action its own ref' }]
 */
export const duplicateRef: Rule = {
  id: 'duplicate-ref',
  severity: 'warning',
  description: 'Each action has its own ref.',
  check({ actions }) {
    const firstRow = new Map<string, number>();
    // A ref written again and again says the same words each time (the ref as written, the row that has it first).
    const usedAgain = saidOnce((ref: string | null) => `ref ${quote(ref ?? '', 20)} is also used on row ${firstRow.get(tidyRef(String(ref)))} — give each action its own ref`);
    const issues: PlanIssue[] = [];
    for (const a of actions) {
      if (isBlank(a.ref)) continue;
      const key = tidyRef(String(a.ref));
      const seen = firstRow.get(key);
      if (seen === undefined) {
        firstRow.set(key, a.row);
        continue;
      }
      issues.push(onRow(duplicateRef, a.row, columnOf(a, 'ref') ?? columnOf(a, 'action'), usedAgain(a.ref)));
    }
    return issues;
  },
};
