import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortIssues } from '../../../shared/rules/sort-issues';
import type { PlanIssue } from '../../../shared/types';

/** The order the pane lists findings in, written out plainly: row, then column (B before AA), plan-wide last. */
function byRowThenColumn(a: PlanIssue, b: PlanIssue): number {
  if (a.row !== b.row) return a.row === null ? 1 : b.row === null ? -1 : a.row - b.row;
  const ca = a.column ?? '';
  const cb = b.column ?? '';
  if (ca === cb) return 0;
  if (!ca) return 1;
  if (!cb) return -1;
  return ca.length - cb.length || (ca < cb ? -1 : 1);
}

const column = fc.option(fc.constantFrom('A', 'B', 'C', 'Z', 'AA', 'AB', 'BA', ''), { nil: null });
const issue = (rows: fc.Arbitrary<number | null>) =>
  fc.record({ row: rows, column, message: fc.string({ maxLength: 4 }) }).map((r) => ({ rule: 'r', severity: 'warning', ...r }) as PlanIssue);

describe('sortIssues', () => {
  it('lists findings by row then column, plan-wide last, and keeps findings on one cell in the order found', () => {
    const rows = fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constant(null), fc.integer({ min: -3, max: 3 }));
    fc.assert(fc.property(fc.array(issue(rows), { maxLength: 60 }), (found) => {
      const tagged = found.map((f, i) => ({ ...f, message: `${f.message}@${i}` }));
      const expected = [...tagged].sort(byRowThenColumn);
      expect(sortIssues([...tagged])).toEqual(expected);
    }), { numRuns: 2000 });
  });

  it('orders many findings on one row (a row checked by every rule) the same way', () => {
    fc.assert(fc.property(fc.array(issue(fc.constantFrom(3, 4, null)), { maxLength: 80 }), (found) => {
      const tagged = found.map((f, i) => ({ ...f, message: `${f.message}@${i}` }));
      expect(sortIssues([...tagged])).toEqual([...tagged].sort(byRowThenColumn));
    }), { numRuns: 500 });
  });

  it('orders rows far apart and odd rows (not whole numbers) the same way', () => {
    const rows = fc.oneof(fc.constant(1_000_000), fc.constant(2), fc.constant(null), fc.constant(2.5));
    fc.assert(fc.property(fc.array(issue(rows), { maxLength: 30 }), (found) => {
      const tagged = found.map((f, i) => ({ ...f, message: `${f.message}@${i}` }));
      expect(sortIssues([...tagged])).toEqual([...tagged].sort(byRowThenColumn));
    }), { numRuns: 500 });
  });
});
