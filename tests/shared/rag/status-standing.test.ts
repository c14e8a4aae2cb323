import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * Two more status words as trusts write them (5 'status-not-in-key' findings over the corpus, 4 Dec 2026):
 * - 'Slipped', a plain word for slippage: the default vocabulary's amber 'Slippage Likely', as 'Behind' is;
 * - an action's standing in the plan's years in the status cell ('Carried forward', 'Carried over to 2024/25', 'Rolled
 *   over'): still reported, since it says the action goes on, not how far it has got, but the finding says so.
 */
const AS_AT = new Date(Date.UTC(2022, 0, 31));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });
const unknown = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'status-not-in-key').map((i) => i.message);

describe('status words a user would not call unknown', () => {
  it("reads 'Slipped' as amber slippage, and says what 'Carried forward' lacks, in a plan with no key", () => {
    const values: CellValue[][] = [
      ['Oakhampton NHS Trust – WRES action plan 2021/22'],
      ['Ref', 'Action', 'Lead', 'Target date', 'Status'],
      ['1', 'Put up zero tolerance signage in every emergency department.', 'Head of Security', 'Nov 2021', 'Slipped'],
      ['2', 'Launch reciprocal mentoring with the executive team.', 'Head of OD', 'Mar 2022', 'Carried forward'],
    ];
    const report = read({ values });
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([['Slipped', 'amber'], ['Carried forward', null]]);
    expect(unknown(report)).toEqual([
      'Row 4: status "Carried forward" says the action goes on into another year, not how far it has got — write its status (Not Started, In Progress, Completed, On Track, Slippage Likely, Critical, New, Open, Closed, Not Yet Due, Deferred, Superseded, To Do, Doing, Stuck) and say it is carried forward under Progress',
    ]);
  });

  it("says the same of 'Carried over to 2022/23' under a plan's own key", () => {
    const values: CellValue[][] = [
      ['Key: Complete = blue, On track = green, Delayed = amber, Off track = red'],
      ['Action', 'Owner', 'By when', 'Status'],
      ['Review the capability policy with the Disability Network.', 'Head of ER', 'Mar 2022', 'Carried over to 2022/23'],
      ['Run listening events in every division.', 'EDI Lead', 'Mar 2022', 'Carried out in three divisions'],
    ];
    expect(unknown(read({ values }))).toEqual([
      'Row 3: status "Carried over to 2022/23" says the action goes on into another year, not how far it has got — write its status (Complete, On track, Delayed, Off track) and say it is carried forward under Progress',
      "Row 4: status \"Carried out in three divisions\" is not in the plan's key (Complete, On track, Delayed, Off track) — use one of those words and put the detail under Progress",
    ]);
  });
});
