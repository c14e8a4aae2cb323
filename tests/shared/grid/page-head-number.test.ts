import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A printed page's head (or foot) kept in the sheet as two cells: the plan's title at one side of the page and the page's
 * bare number at the other ('WDES Report & Action Plan – July 2019 … | 3'), as a report pasted from Word or a PDF keeps
 * it over each page. A page number has no 'Page' word: the number is one only beside the plan's title, all the row holds.
 * The row names the plan and its page, never an action, whichever of the plan's columns the two cells fall under.
 */
const AS_AT = new Date(Date.UTC(2020, 2, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Action plan' }, { asAt: AS_AT });

describe("a page's head: the plan's title beside the page's bare number", () => {
  it('reads the head over a page of the plan, the header printed again under it, as no action', () => {
    const head = (n: number): CellValue[] => ['WDES Report & Action Plan – July 2019   Final Sept19', null, null, null, n];
    const report = read([
      head(1),
      ['Westmere Hospital NHS Foundation Trust'],
      ['Action Plan 2019/20'],
      ['Metric', 'What we found', 'Action', 'Owner', 'Completion date'],
      [1, 'Few staff have told us they are Disabled.', 'Run a campaign with the Disability Network so staff update their record.', 'Workforce Information Manager', '31 Dec 2019'],
      [2, 'Non-disabled applicants are more likely to be appointed.', 'Offer reasonable adjustments at every interview and record their use.', 'Recruitment Lead', '31 Mar 2020'],
      head(2),
      ['Metric', 'What we found', 'Action', 'Owner', 'Completion date'],
      [6, 'Disabled staff felt pressure to come to work when unwell.', 'Change the attendance policy so disability-related absence is recorded apart.', 'Head of HR', '31 Jan 2020'],
      [9, 'There is no staff network for Disabled staff.', 'Launch a Disability Network with an executive sponsor.', 'Director of Workforce', '31 Oct 2019'],
    ]);
    expect(report.actions.map((a) => [a.row, a.indicator, a.lead])).toEqual([
      [5, '1', 'Workforce Information Manager'],
      [6, '2', 'Recruitment Lead'],
      [9, '6', 'Head of HR'],
      [10, '9', 'Director of Workforce'],
    ]);
    expect(report.issues.filter((i) => i.row === 7)).toEqual([]);
  });

  it('reads the page number first and the title under the action column, with no header printed again, as no action', () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Due', 'Status'],
      ['R1', 'Publish ethnicity pay gap figures alongside the WRES report.', 'Head of Reward', 'June 2022', 'Complete'],
      ['R2', 'Set up reverse mentoring for the executive team.', 'Director of People', 'September 2022', 'On track'],
      [null, null, null, null, null],
      ['4', 'WRES action plan 2022/23'],
      ['R3', 'Audit shortlisting panels for every Band 7 and above post.', 'Head of Recruitment', 'December 2022', 'Not started'],
    ]);
    expect(report.actions.map((a) => [a.row, a.ref, a.status])).toEqual([
      [2, 'R1', 'Complete'],
      [3, 'R2', 'On track'],
      [6, 'R3', 'Not started'],
    ]);
  });

  it('still reads a numbered area and an action that names the plan as before (negatives)', () => {
    const report = read([
      ['No.', 'Action', 'Lead', 'By'],
      ['3', 'Recruitment'],
      ['3.1', 'Publish the WDES action plan 2019/20 on the trust website', 'Head of EDI', 'October 2019'],
      ['3.2', 'Offer an interview to every disabled applicant who meets the essential criteria', 'Head of Resourcing', 'March 2020'],
    ]);
    expect(report.actions.map((a) => [a.row, a.theme])).toEqual([
      [3, 'Recruitment'],
      [4, 'Recruitment'],
    ]);
  });
});
