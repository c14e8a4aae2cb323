/**
 * A row saying an indicator's actions have moved to another plan (holdout74 winterslade row 13: '—' | '5' | 'Actions on
 * abuse of staff by patients and the public (indicator 5) have moved to the Violence Prevention and Reduction Plan
 * 2020/21 – see VPR actions 3, 4 and 7.' with its own dated update, no lead, date or status): it points to work held in
 * another plan and sets out none here, so it is no action, whatever update is recorded beside it. So is a bare pointer to
 * another plan by name ('See the Health and Wellbeing Strategy; …'). A cell saying what to do with the actions ('Move the
 * actions on harassment into the People Plan') is an action.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';
import { pointsToActions } from '../../../shared/grid/points-to-actions';

const AS_AT = new Date(Date.UTC(2021, 2, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'WRES 2020-21' }, { asAt: AS_AT });
const HEADER = ['No.', 'Indicator', 'Action', 'Lead', 'Due', 'Status', 'Update (Feb 2021)'];

describe("a row saying an indicator's actions are held in another plan", () => {
  it("reads 'Actions on … have moved to the … Plan – see VPR actions 3, 4 and 7' with its dated update as no action", () => {
    const r = read([
      HEADER,
      ['1', '4', 'Ring-fence funded places for BME staff on the critical care paramedic course.', 'Head of Education', 'Apr 2021', 'Paused', 'Course suspended until April.'],
      ['—', '5', 'Actions on abuse of staff by patients and the public (indicator 5) have moved to the Violence Prevention and Reduction Plan 2020/21 – see VPR actions 3, 4 and 7.', '', '', '', 'Agreed at the Health & Safety Committee, 9 September 2020.'],
      ['2', '6', 'Give every station manager a session on responding to racism.', 'Head of OD & Inclusion', 'Mar 2021', 'On track', 'Moved online.'],
    ]);
    expect(r.actions.map((a) => a.row)).toEqual([2, 4]);
  });

  it("reads 'The actions for metric 4 are now held in …' and 'See the … Strategy; …' as no actions, in a WDES plan", () => {
    const r = read([
      ['Ref', 'Metric', 'Action', 'Owner', 'By when', 'RAG', 'Comments'],
      ['D1', '1', 'Run a declaration campaign in every directorate.', 'Head of EDI', 'Mar 2022', 'Green', 'Launched in October.'],
      ['', '4', 'The actions for metric 4 are now held in the Health and Wellbeing Strategy 2021-24, owned by the Wellbeing Lead.', '', '', '', 'Agreed at People Committee, June 2021.'],
      ['', '9a', 'See the Staff Engagement Plan; update due at the December People Committee.', '', '', '', ''],
      ['D2', '5', 'Publish the reasonable adjustments passport on the intranet.', 'Occupational Health Manager', 'Dec 2021', 'Amber', 'Draft with staff side.'],
    ]);
    expect(r.actions.map((a) => a.row)).toEqual([2, 5]);
  });

  it('keeps a cell saying what to do with the actions as an action, and tells the pointers apart', () => {
    const r = read([
      HEADER,
      ['1', '5', 'Move the actions on abuse from patients into the Violence Prevention Plan and report them here.', 'Head of Security', 'Jun 2021', 'Not started', ''],
      ['2', '6', 'Give every station manager a session on responding to racism.', 'Head of OD & Inclusion', 'Mar 2021', 'On track', ''],
    ]);
    expect(r.actions.map((a) => a.row)).toEqual([2, 3]);
    expect(pointsToActions('Actions on abuse from patients (indicator 5) have moved to the Violence Prevention and Reduction Plan.')).toBe('5');
    expect(pointsToActions('See the Violence Prevention plan; update due in March.')).toBe('');
    expect(pointsToActions('Ensure actions are included in the People Plan.')).toBeNull();
  });
});
