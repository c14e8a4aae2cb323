import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A tracker kept as a PAIR of columns per period: the period's update, then a column headed only 'RAG' holding a
 * letter on its colour ('Q1 update (Jul 22)' | 'RAG' | 'Q2 update (Oct 22)' | 'RAG' …), the last pair (a 'Q4 / year end
 * update') still empty. Each action's status is its latest filled RAG, and the year-end update is no timescale: the
 * plan's 'Target' column is. Before, the first 'RAG' column was the status and the year-end update the timescale
 * (holdout45 holmebridge).
 */
const AS_AT = new Date(Date.UTC(2023, 0, 31));
const B = '#9BC2E6', G = '#92D050', A = '#FFC000', R = '#FF0000';
function gridOf(values: CellValue[][], at: Record<string, string>): Grid {
  const width = Math.max(...values.map((r) => r.length));
  return { values, fills: values.map((_, r) => Array.from({ length: width }, (_, c) => at[`${r},${c}`] ?? null)), merges: [] };
}
const seen = (grid: Grid) => checkPlan(grid, { asAt: AS_AT }).actions.map((a) => [a.row, a.due.text, a.status, a.rag, a.progress]);

describe('an update and a RAG column per period', () => {
  it('reads the latest filled pair, and the target as the timescale (quarters, year end empty)', () => {
    const values: CellValue[][] = [
      ['WDES action plan 2022-23 – position at Q3'],
      ['RAG: B = complete   G = on track   A = some risk to delivery   R = off track'],
      ['No.', 'Action', 'Lead', 'Target', 'Q1 update (Jul 22)', 'RAG', 'Q2 update (Oct 22)', 'RAG', 'Q3 update (Jan 23)', 'RAG', 'Q4 / year end update (Apr 23)', 'RAG'],
      ['1', 'Run a declaration campaign through ESR self-service', 'Workforce Information Manager', 'Mar-23', 'Materials approved.', 'G', 'Launched at the AGM.', 'G', 'Second push held back by the upgrade.', 'A'],
      ['2', 'Add a disability check to the capability procedure', 'Head of Employee Relations', 'Mar-23', 'Not started yet.', 'R', 'Policy review under way.', 'A'],
      ['3', 'Publish the reasonable adjustments passport', 'Deputy Director of People', 'Dec-22', 'Draft agreed with staff-side.', 'A', 'Passport published in July.', 'B', 'Nothing further to do.', 'B'],
    ];
    const fills = { '3,5': G, '3,7': G, '3,9': A, '4,5': R, '4,7': A, '5,5': A, '5,7': B, '5,9': B };
    expect(seen(gridOf(values, fills))).toEqual([
      [4, 'Mar-23', 'A', 'amber', 'Second push held back by the upgrade.'],
      [5, 'Mar-23', 'A', 'amber', 'Policy review under way.'],
      [6, 'Dec-22', 'B', 'blue', 'Nothing further to do.'],
    ]);
    const report = checkPlan(gridOf(values, fills), { asAt: AS_AT });
    expect(report.actions.map((a) => a.sources.status?.cell)).toEqual(['J4', 'H5', 'J6']);
    expect(report.actions[0].sources.due?.cell).toBe('D4');
  });

  it('reads monthly pairs laid out after the status words, with a ref column last', () => {
    const values: CellValue[][] = [
      ['Action', 'Owner', 'Due', 'Update Sep 23', 'RAG', 'Update Oct 23', 'RAG', 'Update Nov 23', 'RAG', 'Ref'],
      ['Reverse mentoring for the executive team', 'Director of People', 'Dec 2023', 'Pairs matched.', 'G', 'Sessions under way.', 'G', 'Two pairs lapsed.', 'R', 'W1'],
      ['Interview panels with a BME member for Band 8a+', 'Head of Resourcing', 'Mar 2024', 'Panel pool trained.', 'A', 'Pool of 30 in place.', 'G', '', '', 'W2'],
    ];
    const fills = { '1,4': G, '1,6': G, '1,8': R, '2,4': A, '2,6': G };
    expect(seen(gridOf(values, fills))).toEqual([
      [2, 'Dec 2023', 'R', 'red', 'Two pairs lapsed.'],
      [3, 'Mar 2024', 'G', 'green', 'Pool of 30 in place.'],
    ]);
  });

  it("keeps one 'RAG' column beside one update as the plan's status column", () => {
    const values: CellValue[][] = [
      ['Action', 'Lead', 'Target', 'Q3 update', 'RAG'],
      ['Run a declaration campaign', 'Workforce Information Manager', 'Mar-23', 'Campaign launched.', 'G'],
      ['Review the capability procedure', 'Head of Employee Relations', 'Mar-23', 'Under way.', 'A'],
    ];
    expect(seen(gridOf(values, { '1,4': G, '2,4': A }))).toEqual([
      [2, 'Mar-23', 'G', 'green', 'Campaign launched.'],
      [3, 'Mar-23', 'A', 'amber', 'Under way.'],
    ]);
  });
});
