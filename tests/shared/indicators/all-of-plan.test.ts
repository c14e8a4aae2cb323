/**
 * An indicator cell that says an action serves all of the plan's own areas ('All priority areas', 'All of the above')
 * means the indicators the plan's other actions name in that column, not the standard's every one (holdout26
 * ribblemoor: a draft WDES plan on four priority metrics, its last action 'All priority areas'). check-plan/spread-all-of-plan.ts.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2023, 8, 1));
const read = (values: CellValue[][]): PlanReport => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });

describe("an indicator cell naming all of the plan's own areas", () => {
  it("reads 'All of the above' under WDES metric codes as the metrics named above, and says why", () => {
    const r = read([
      ['Fernley Community Health NHS Trust – WDES action plan 2023/24'],
      ['Metric', 'Action', 'Lead', 'Due'],
      ['Metric 4a', 'Bring in a violence reduction lead for community teams.', 'Head of Security', 'Dec 2023'],
      ['Metric 6', 'Record disability-related absence apart from other sickness absence.', 'Head of HR', 'Jan 2024'],
      ['Metric 7', 'Add disabled colleagues to the values awards panel.', 'Head of Comms', 'Mar 2024'],
      ['All of the above', 'Report progress to the People Committee twice a year.', 'EDI Lead', 'Mar 2024'],
    ]);
    expect(r.actions.map((a) => a.indicators)).toEqual([['4a'], ['6'], ['7'], ['4a', '6', '7']]);
    expect(r.actions[3].sources?.indicators?.why).toBe("'All of the above' (A6): the indicators the plan's other actions name in column A — 4a, 6, 7");
  });

  it("reads 'All priority areas' in the middle of a WRES plan, after lists of two", () => {
    const r = read([
      ['WRES indicator', 'What we will do', 'Owner', 'By when'],
      ['1', 'Set targets for BME representation at Band 8a and above.', 'Director of Workforce', 'Q3 2023/24'],
      ['All priority areas', 'Set up a race equality steering group chaired by the Chief Executive.', 'Chief Executive', 'Q2 2023/24'],
      ['2', 'De-bias shortlisting with name-blind applications.', 'Head of Resourcing', 'Q4 2023/24'],
      ['5 & 6', 'Launch a zero-tolerance campaign with the staff networks.', 'Head of OD', 'Q4 2023/24'],
    ]);
    expect(r.actions[1].indicators).toEqual(['1', '2', '5', '6']);
    expect(r.actions[1].indicator).toBe('1');
  });

  it("keeps 'All' as every indicator, 'All staff' as none, and 'All priority areas' as read when the others name one (negatives)", () => {
    const plain = read([
      ['Indicator', 'Action', 'Lead', 'Due'],
      ['1', 'Set targets for BME representation at Band 8a and above.', 'Director of Workforce', 'Q3 2023/24'],
      ['2', 'De-bias shortlisting.', 'Head of Resourcing', 'Q4 2023/24'],
      ['All', 'Publish the WRES data and this plan.', 'EDI Lead', 'Q4 2023/24'],
      ['All staff', 'Run race equality training for every team.', 'Head of OD', 'Q4 2023/24'],
    ]);
    expect(plain.actions.map((a) => a.indicators.length)).toEqual([1, 1, 9, 0]);
    const one = read([
      ['Indicator', 'Action', 'Lead', 'Due'],
      ['5', 'Launch a zero-tolerance campaign.', 'Head of OD', 'Q4 2023/24'],
      ['All priority areas', 'Report progress to the Board.', 'EDI Lead', 'Q4 2023/24'],
    ]);
    expect(one.actions[1].indicators).toEqual([]);
  });
});
