/**
 * A printed page's head or foot typed into cells between the actions: the page's number or its protective marking
 * beside the document's control details — 'Author: … | Approved: People Committee 21/11/2019 | Page 1 of 3', 'Ref:
 * HMH/PEO/WDES/2122 v2.0 | Page 1 of 4 | Printed 14/10/2021', 'Trust name | OFFICIAL', 'OFFICIAL | WRES Action Plan
 * 2024-25 | v1.3 FINAL | Uncontrolled when printed' (holdout69 staldric, harrowdene, wealdbridge). Its cells fall under
 * the action, lead and timescale columns; it is the page's furniture, not an action. An action approved by a committee,
 * with its own lead and date, stays an action (negative).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2020, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Print version' }, { asAt: AS_AT });

describe("a printed page's head and foot typed between the actions", () => {
  it("reads no action in 'Author … | Approved … | Page n of m' footers between pages", () => {
    const header = ['No.', 'Metric', 'What we will do', 'Executive lead', 'Complete'];
    const report = read([
      header,
      ['1', 'Workforce representation', 'Write to all staff with no recorded disability status, explaining why we ask', 'Director of Workforce', 'Jan 2020'],
      ['2', 'Appointment from shortlisting', 'Join the Disability Confident scheme at Employer level', 'Director of Workforce', 'Dec 2019'],
      ['Author: Equality and Diversity Lead', '', 'Approved: People Committee 21/11/2019', '', 'Page 1 of 2'],
      header,
      ['3', 'Formal capability process', 'Audit every formal capability case opened in 2018-19 for adjustments', 'Director of Workforce', 'Feb 2020'],
      ['4', 'Harassment, bullying or abuse', 'Add a question on disability to the exit interview', 'Director of Nursing', 'Mar 2020'],
      ['Author: Equality and Diversity Lead', '', 'Approved: People Committee 21/11/2019', '', 'Page 2 of 2'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 6, 7]);
  });

  it("reads no action in 'Ref … v2.0 | Page n of m | Printed …', 'Trust | OFFICIAL' and 'OFFICIAL | title | version | Uncontrolled when printed' rows", () => {
    const report = read([
      ['No.', 'What we will do', 'Responsible officer', 'Complete by', 'How we will know it has worked'],
      ['1', 'Run a "Count Me In" campaign so staff can update their disability status in ESR', 'Head of Workforce Information', '31 December 2021', 'Declared status rises to 80%'],
      ['2', 'Guarantee an interview to disabled applicants who meet the essential criteria', 'Recruitment Manager', '30 September 2021', 'Audit shows 100%'],
      ['Ref: HMH/PEO/WDES/2122  v2.0', '', 'Page 1 of 2', '', 'Printed 14/10/2021'],
      ['Harrowdene Mental Health NHS Foundation Trust', '', '', 'OFFICIAL', ''],
      ['3', 'Train all recruiting managers on the Disability Confident Leader requirements', 'Head of Learning and Development', '31 March 2022', '90% of panel chairs trained'],
      ['OFFICIAL', '', '', 'WDES Action Plan 2021/22  |  v2.0 FINAL  |  Uncontrolled when printed', ''],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 6]);
  });

  it('keeps a page holding one action between the header printed again: its head and foot repeat on every page, not because the plan is copied', () => {
    const header = ['No.', 'What we will do', 'Responsible officer', 'Complete by', 'How we will know it has worked'];
    const foot = (n: number) => ['Ref: HMH/PEO/WDES/2122  v2.0', '', `Page ${n} of 3`, '', 'Printed 14/10/2021'];
    const head = ['Harrowdene Mental Health NHS Foundation Trust', '', '', 'OFFICIAL', ''];
    const report = read([
      header,
      ['1', 'Run a "Count Me In" campaign so staff can update their disability status in ESR', 'Head of Workforce Information', '31 December 2021', 'Declared status rises to 80%'],
      ['2', 'Guarantee an interview to disabled applicants who meet the essential criteria', 'Recruitment Manager', '30 September 2021', 'Audit shows 100%'],
      foot(1),
      head,
      header,
      ['3', 'Give managers a short guide on responding when a disabled colleague reports harassment', 'Freedom to Speak Up Guardian', '31 January 2022', 'More staff report'],
      foot(2),
      head,
      header,
      ['4', 'Introduce a Health and Wellbeing Passport that moves with the member of staff', 'Occupational Health Manager', '31 December 2021', 'Passport in use'],
      ['5', 'Fund the staff network chair with two protected days a month', 'Chief People Officer', '31 July 2021', 'Chair attends'],
      foot(3),
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 7, 11, 12]);
  });

  it('keeps an action approved by a committee, with its own lead and date (negative)', () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Due', 'Status'],
      ['1', 'Approved: the guaranteed interview scheme to be extended to internal posts', 'Head of Resourcing', 'Jan 2020', 'In progress'],
      ['2', 'Publish the WDES data and this plan on the website', 'EDI Lead', 'Oct 2019', 'Complete'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
  });
});
