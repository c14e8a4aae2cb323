import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * An objective written whole in the number column ('1. Widen who applies and who is appointed') over its numbered
 * actions (1.1, 1.2), the action column beside it holding what it is measured by ('Success measure: …', holdout70
 * meridian): the objective's row, not an action. Its title is the theme of the actions under it.
 */
const AS_AT = new Date(Date.UTC(2019, 3, 30));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'WRES plan 2018-19' }, { asAt: AS_AT });
const themes = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.ref, a.theme]);

describe('an objective written in the number column', () => {
  it("'1. Title' beside 'Success measure: …', its actions 1.1, 1.2", () => {
    const report = read([
      ['No.', 'Objective / action', 'WRES', 'Lead', 'Deadline', 'Position at Q4'],
      ['1. Widen who applies and who is appointed', 'Success measure: relative likelihood of appointment below 1.3 by March 2019'],
      ['1.1', 'Advertise analyst roles through the diversity network', '2', 'Head of Resourcing', 'Sep 2018', 'Delivered'],
      ['1.2', 'Remove names from applications for all grades up to Grade 7', '2', 'Head of Resourcing', 'Dec 2018', 'Partly delivered'],
      ['2. Make progression fair', 'Success measure: BAME staff at Grade 7 and above up from 9% to 12%'],
      ['2.1', 'Publish the grade profile by ethnicity for each directorate', '1', 'HR Analytics Manager', 'Oct 2018', 'Delivered'],
    ]);
    expect(themes(report)).toEqual([
      [3, '1.1', '1. Widen who applies and who is appointed'],
      [4, '1.2', '1. Widen who applies and who is appointed'],
      [6, '2.1', '2. Make progression fair'],
    ]);
  });

  it("'A) Title' over A1, A2, the measure under the status column's neighbours left blank", () => {
    const report = read([
      ['Ref', 'Action', 'Owner', 'By when', 'RAG'],
      ['A) Tackle bullying and build trust', 'Measured by: the staff survey gap on bullying narrowed by half'],
      ['A1', 'Appoint and train Fair Treatment Ambassadors in every regional office', 'Employee Relations Lead', 'Nov 2018', 'Amber'],
      ['A2', 'Review all grievance cases from 2016 to 2018 for patterns by ethnicity', 'Employee Relations Lead', 'Jan 2019', 'Red'],
    ]);
    expect(themes(report)).toEqual([
      [3, 'A1', 'A) Tackle bullying and build trust'],
      [4, 'A2', 'A) Tackle bullying and build trust'],
    ]);
  });

  it('NEGATIVE: a number column holding only numbers beside actions keeps every action', () => {
    const report = read([
      ['No.', 'Action', 'Lead', 'Deadline', 'Status'],
      ['1', 'Advertise analyst roles through the diversity network', 'Head of Resourcing', 'Sep 2018', 'Delivered'],
      ['1.1', 'Remove names from applications for all grades up to Grade 7', 'Head of Resourcing', 'Dec 2018', 'Partly delivered'],
      ['2', 'Publish the grade profile by ethnicity for each directorate', 'HR Analytics Manager', 'Oct 2018', 'Delivered'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
  });
});
