import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A printed page's bare number left between the rows ('2'), under an action with no lead and in the lead column, was
 * read as that action's lead typed on the row under its words (ribbledale, whose 'no further action' rows leave the lead
 * blank). A lead names someone in words; a lone number names no one. A lead that is typed on the row under the action
 * is still read.
 */
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: new Date(Date.UTC(2022, 0, 1)) });
const leads = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.lead]);

describe("a page's number under an action with no lead", () => {
  it('is no lead in a metrics table whose last column is the lead', () => {
    const report = read([
      ['Ribbledale Community Health NHS Trust'],
      ['Workforce Disability Equality Standard 2021/22'], [],
      ['Metric', '2020', '2021', 'Action(s) for 2021/22', 'Lead'],
      ['1. Disabled staff in the workforce', '3.6%', '4.4%', 'Run a second "Count me in" declaration campaign', 'Workforce Systems Manager'],
      // An action left without a lead (ribbledale's own row here says no action is taken, and is set aside as no action).
      ['9a. Staff engagement score', '6.7', '6.8', "Share the engagement score with each directorate's team meeting.", null],
      [null, null, null, null, 2],
      ['9b. Facilitating the voices of disabled staff', 'Yes', 'Yes', 'Give the network chair two days a month', 'Director of People'],
    ]);
    expect(leads(report)).toEqual([[5, 'Workforce Systems Manager'], [6, ''], [8, 'Director of People']]);
  });

  it('is no lead where the lead sits mid-table, the number typed as text', () => {
    const report = read([
      ['WRES action plan 2021-22'],
      ['Ref', 'Action', 'Owner', 'Deadline'],
      ['1', 'Publish shortlisting-to-appointment rates by ethnicity', 'Head of Workforce Information', 'Dec 2021'],
      ['2', 'Keep the reverse mentoring scheme running', null, 'Mar 2022'],
      [null, null, '3', null],
      ['3', 'Review every disciplinary case with a second manager', 'Head of Employee Relations', 'Jan 2022'],
    ]);
    expect(leads(report)).toEqual([[3, 'Head of Workforce Information'], [4, ''], [6, 'Head of Employee Relations']]);
  });

  it('still reads a lead typed on the row under the action', () => {
    const report = read([
      ['WRES action plan 2021-22'],
      ['Ref', 'Action', 'Owner', 'Deadline'],
      ['1', 'Publish shortlisting-to-appointment rates by ethnicity', 'Head of Workforce Information', 'Dec 2021'],
      ['2', 'Keep the reverse mentoring scheme running', null, 'Mar 2022'],
      [null, null, 'Director of People', null],
      ['3', 'Review every disciplinary case with a second manager', 'Head of Employee Relations', 'Jan 2022'],
    ]);
    expect(leads(report)).toEqual([[3, 'Head of Workforce Information'], [4, 'Director of People'], [6, 'Head of Employee Relations']]);
  });

  // A page's number under the timescale column is no timescale either (holdout76 swaddleby under the stray-rows property:
  // its action's 'on track' typed into the timescale column, that cell left without a date). A timescale typed on the
  // row under the action is still read.
  const dues = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.due.text]);
  const undated = (under: CellValue) => read([
    ['WRES action plan 2021-22'],
    ['Ref', 'Action', 'Owner', 'Deadline'],
    ['1', 'Publish shortlisting-to-appointment rates by ethnicity', 'Head of Workforce Information', 'Dec 2021'],
    ['2', 'Keep the reverse mentoring scheme running', 'Director of People', null],
    [null, null, null, under],
    ['3', 'Review every disciplinary case with a second manager', 'Head of Employee Relations', 'Jan 2022'],
  ]);

  it('is no timescale, as a number or as text', () => {
    expect(dues(undated(2))).toEqual([[3, 'Dec 2021'], [4, ''], [6, 'Jan 2022']]);
    expect(dues(undated('3'))).toEqual([[3, 'Dec 2021'], [4, ''], [6, 'Jan 2022']]);
  });

  it('still reads a timescale typed on the row under the action', () => {
    expect(dues(undated('Mar 2022'))).toEqual([[3, 'Dec 2021'], [4, 'Mar 2022'], [6, 'Jan 2022']]);
  });
});
