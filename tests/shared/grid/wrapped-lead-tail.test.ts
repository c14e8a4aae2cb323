import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2021, 2, 31));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });

// A PDF converter breaks each cell over rows line by line. When the action's sentence carries on onto the next row, the
// lead's cell beside it often carries on too, and its last line may look like a name of its own ('Head of Workforce' |
// 'Information', 'Equality & Diversity' | 'Manager'). The action finishing its sentence says the row is the action
// above's, so the lead's line is the rest of its lead (holdout88 brantholme, yarcombe, ashgrave).
describe("an action's sentence and its lead wrapped onto the next row together", () => {
  it('joins both to the action above, not a new action with a lead of its own', () => {
    const report = read({
      values: [
        ['Brookfield Hospitals NHS Trust'],
        ['Workforce Race Equality Standard Action Plan 2019/20'],
        ['No.', 'WRES Indicator', 'Action', 'Lead', 'Target date', 'Success measure'],
        ['1', '1', 'Publish the ethnic profile of each clinical division', 'Head of Workforce', 'Oct 2019', 'Divisional boards receive their profile'],
        [null, null, 'and corporate directorate by pay band every six months.', 'Information', null, 'in October and April.'],
        ['2', '2', 'Review the shortlisting records of the three', 'Equality & Diversity', 'Jan 2020', 'Report to Workforce Committee.'],
        [null, null, 'divisions with the widest gap in appointment', 'Manager'],
        [null, null, 'from shortlisting and report findings.'],
        ['3', '5', '• Run a “Ready for 7” programme for BME nurses and', 'Head of Nursing', 'Mar 2020', 'Twelve nurses complete it.'],
        [null, null, 'therapists at Band 6 on the rehabilitation wards.', 'Education'],
      ],
    });
    expect(report.actions.map((a) => [a.row, a.lead])).toEqual([
      [4, 'Head of Workforce Information'], [6, 'Equality & Diversity Manager'], [9, 'Head of Nursing Education'],
    ]);
    expect(report.actions[1].action).toBe('Review the shortlisting records of the three\ndivisions with the widest gap in appointment\nfrom shortlisting and report findings.');
    expect(report.issues.find((i) => i.rule === 'row-set-aside' && i.row === 5)?.message).toMatch(/finishes row 4's action, outcome and lead broken off on the line above/);
  });

  it('keeps a row whose action is a sentence of its own, with its own lead, as an action', () => {
    const report = read({
      values: [
        ['No.', 'WRES Indicator', 'Action', 'Lead', 'Target date'],
        ['1', '1', 'Publish the ethnic profile of each clinical division.', 'Head of Workforce', 'Oct 2019'],
        [null, null, 'Report representation by band to the Board.', 'Information Manager'],
      ],
    });
    expect(report.actions.map((a) => [a.row, a.lead])).toEqual([[2, 'Head of Workforce'], [3, 'Information Manager']]);
  });
});
