import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2021, 2, 31));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });
const aside = (report: ReturnType<typeof read>, row: number) => report.issues.find((i) => i.rule === 'row-set-aside' && i.row === row)?.message ?? '';

/**
 * An action's row whose status says its work was merged into another action of the plan ('Merged with action below',
 * 'Combined into action 3.2') is no action of its own, though it keeps its lead and date (holdout66 stourmere's
 * struck-through row): the other action carries the work. A status naming the row's own state ('Withdrawn – combined
 * with action 7', holdout60 lynchmere; 'Superseded') leaves it an action, as those plans' readings have it.
 */
describe('a status saying the action was merged into another sets the row aside', () => {
  const plan = (status: string): Grid => ({
    values: [
      ['Ref', 'Action', 'Lead officer', 'Completion', 'Status'],
      ['2.1', 'Make sure every recruiting manager has done the e-learning on unconscious bias.', 'Recruitment Manager', 'Dec 2017', status],
      ['2.2', 'Require recruiting managers to complete fair recruitment training.', 'Recruitment Manager', 'Mar 2018', 'Partially achieved'],
      ['3.2', 'Include a BME panel member for all interviews for Band 7 and above.', 'HR Business Partners', 'Mar 2018', 'Ongoing'],
    ],
  });

  it("sets aside a row whose status is 'Merged with action below' (stourmere), saying why, with no overdue finding", () => {
    const report = read(plan('Merged with action below'));
    expect(report.actions.map((a) => a.row)).toEqual([3, 4]);
    expect(aside(report, 2)).toContain("its status 'Merged with action below' says its work was merged into another action of the plan");
    expect(report.issues.filter((i) => i.row === 2 && i.severity !== 'info')).toEqual([]);
  });

  it("sets aside 'Combined into action 3.2' and 'Incorporated into 2.2' the same way", () => {
    expect(read(plan('Combined into action 3.2')).actions.map((a) => a.row)).toEqual([3, 4]);
    expect(read(plan('Incorporated into 2.2')).actions.map((a) => a.row)).toEqual([3, 4]);
  });

  it("keeps a withdrawn action's row whose status names its own state first, or names no other action", () => {
    for (const status of ['Withdrawn – combined with action 7', 'Superseded', 'Merged', 'On track']) {
      expect(read(plan(status)).actions.map((a) => a.row)).toEqual([2, 3, 4]);
    }
  });
});
