/**
 * A live tracker moving closed rows to a block at its foot under a caption saying they are closed ('CLOSED ACTIONS'),
 * the block mixing actions closed during this plan's year with last year's, closed before the plan began and kept for
 * audit (holdout68 hollinsmoor). A row there whose timescale ended before the plan's period began is an earlier year's
 * action: set aside with why. Rows closed during the year stay actions, done; a completed row due before the period
 * but in the open list (no closed caption over it) stays an action (negative: plans reporting last year's completions
 * as part of this year's).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2023, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Tracker' }, { asAt: AS_AT });
const setAside = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe("last year's closed rows kept in a closed block with this year's", () => {
  it("sets aside the rows of 'CLOSED ACTIONS' due before 2022/23 began, and keeps those closed during it", () => {
    const report = read([
      ['Moorgate Mental Health NHS Foundation Trust – WDES action plan 2022/23 (live tracker)'],
      [],
      ['Ref', 'Metric', 'Action', 'Lead', 'Due', 'Status', 'Update'],
      ['D22-01', '1', 'Run a declaration campaign on ESR.', 'Head of Workforce Information', 'Mar-23', 'On track', 'Up from 3.1% to 4.6%.'],
      ['D21-07', '9a', 'Publish the network\'s lived experience stories.', 'Network Chair', 'Mar-23', 'Not started', 'Carried over from 2021/22.'],
      [],
      ['CLOSED ACTIONS'],
      ['D22-04', '5', 'Offer a quiet room for appraisals.', 'Head of HR Policy', 'Oct-22', 'Closed', 'Closed 20/10/22.'],
      ['D21-01', '1', 'Add reminders to the ESR self-service prompt.', 'Head of Workforce Information', 'Jun-21', 'Closed', 'Closed 30/06/21.'],
      ['D21-05', '7', 'Write a reasonable adjustments passport.', 'Network Chair', 'Mar-22', 'Closed', 'Closed 28/03/22.'],
    ]);
    expect(report.actions.map((a) => [a.row, a.status])).toEqual([
      [4, 'On track'],
      [5, 'Not started'],
      [8, 'Closed'],
    ]);
    expect(setAside(report).join('\n')).toMatch(/Row 9: .*is read as last year's action, not an action — it sits under the caption in A7 saying its rows are closed, and it was due by 'Jun-21', before this plan's 2022\/23 began/);
  });

  it("sets aside a 'Completed actions' block's rows due before 2023/24, in a plan dated by full dates", () => {
    const report = read([
      ['Wexcombe Ambulance Service – WRES action plan 2023/24'],
      ['Action', 'Owner', 'Target date', 'Status'],
      ['Brief crews on reporting racist abuse.', 'Director of Quality', '30/11/2023', 'In progress'],
      [],
      ['Completed actions'],
      ['Appoint two board shadows from the BME network.', 'Chief Executive', '30/06/2023', 'Complete'],
      ['Finish bystander training for station managers.', 'Director of Operations', '31/01/2023', 'Complete'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 6]);
    expect(setAside(report).join('\n')).toMatch(/Row 7: .*due by '31\/01\/2023', before this plan's 2023\/24 began/);
  });

  it('keeps a completed action due before the period when no closed caption is over it (negative)', () => {
    const report = read([
      ['Ridgewell NHS Trust – WDES action plan 2020/21: progress on last year and this year'],
      ['Action', 'Lead', 'Due', 'Status'],
      ['Achieve Disability Confident Level 2.', 'Head of Inclusion', 'December 2019', 'Achieved'],
      ['Fund adjustments centrally.', 'Deputy Director of Finance', 'March 2021', 'In progress'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4]);
  });
});
