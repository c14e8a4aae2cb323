import { describe, expect, it } from 'vitest';
import { rowsOfReport } from '../../addin/sync/rows-of-report';
import { checkPlan } from '../../shared/check-plan';
import { hiasOfRow } from '../../shared/hia';
import { ROW_ID_HEADER, type Grid } from '../../shared/types';

const AS_AT = new Date(Date.UTC(2024, 5, 30));

describe('an HIA column through sync', () => {
  it('pushes the plan\'s own HIA cell as written, and the service reads the same HIAs from it', () => {
    const grid: Grid = {
      values: [
        ['WRES action plan 2024/25'],
        ['Indicator', 'Action', 'HIA', 'Lead', 'Timescale', 'Status', ROW_ID_HEADER],
        ['1', 'Publish the ethnicity pay gap', 'HIA 2 & HIA 3', 'Reward lead', 'March 2025', 'In progress', 'a1'],
        ['8', 'Civility training for managers', '', 'OD lead', 'March 2025', 'Not started', 'a2'],
      ],
    };
    const report = checkPlan(grid, { asAt: AS_AT });
    const rows = rowsOfReport(report);
    expect(rows.map((r) => r.fields.hia)).toEqual(['HIA 2 & HIA 3', '']);
    // What the region summary keeps for each row is what the pane's check says.
    expect(rows.map((r) => hiasOfRow(r.fields, 'WRES'))).toEqual(report.actions.map((a) => a.hia.join(',')));
    expect(report.actions.map((a) => a.hia)).toEqual([['2', '3'], ['6']]);
  });

  it('pushes no HIA field for a plan without an HIA column, so another editor\'s is never blanked', () => {
    const grid: Grid = {
      values: [['Indicator', 'Action', 'Lead', 'Timescale', 'Status', ROW_ID_HEADER], ['1', 'Publish the pay gap', 'Reward', 'March 2025', 'In progress', 'a1']],
    };
    expect(rowsOfReport(checkPlan(grid, { asAt: AS_AT }))[0].fields).not.toHaveProperty('hia');
  });
});
