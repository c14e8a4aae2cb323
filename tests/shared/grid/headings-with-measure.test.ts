/**
 * A group's heading carrying what it says of the whole group beside it: its success measure in the action column ('1.
 * Widen who applies and who is appointed' | 'Success measure: relative likelihood of appointment below 1.3 by March
 * 2019', holdout70 meridian) or its overall rating behind a label ('Objective 2 – Fair recruitment and progression (WDES
 * metrics 2 and 5)' | 'Overall' | 'Green', holdout64 severnwyre). It heads the group's actions — their theme — and is no
 * action. A row with a lead, or a ref beside a 'Target:' sentence with its own date, stays an action (negative).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2019, 5, 30));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'WRES plan' }, { asAt: AS_AT });

describe("a group's heading with its success measure or overall rating beside it", () => {
  it("reads '1. Widen who applies …' | 'Success measure: …' as the heading over its actions", () => {
    const report = read([
      ['No.', 'Objective / action', 'WRES', 'Lead', 'Deadline', 'Position at Q4'],
      ['1. Widen who applies and who is appointed', 'Success measure: relative likelihood of appointment below 1.3 by March 2019', '', '', '', ''],
      ['1.1', 'Advertise analyst roles through the Government Statistical Service diversity network', '2', 'Head of Resourcing', 'Sep 2018', 'Delivered'],
      ['1.2', 'Remove names and ages from applications for all grades up to Grade 7', '2', 'Head of Resourcing', 'Dec 2018', 'Partly delivered'],
      ['2. Make progression fair', 'Measure of success – BAME staff at Grade 7 and above up from 9% to 12%', '', '', '', ''],
      ['2.1', 'Publish the grade profile by ethnicity for each directorate', '1', 'HR Analytics Manager', 'Oct 2018', 'Delivered'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 6]);
    expect(report.actions.map((a) => a.theme)).toEqual(['1. Widen who applies and who is appointed', '1. Widen who applies and who is appointed', '2. Make progression fair']);
  });

  it("reads 'Objective 2 – … (WDES metrics 2 and 5)' | 'Overall' | 'Green' as the heading over its milestones", () => {
    const header = ['No.', 'Milestone', 'Owner', 'End date', 'RAGB'];
    const report = read([
      header,
      ['1.1', 'Add the disability question to the starter and leaver forms', 'Head of Workforce Systems', 'Jul-25', 'Blue'],
      ['Objective 2 – Fair recruitment and progression (WDES metrics 2 and 5)', '', '', 'Overall', 'Green'],
      header,
      ['2.1', 'Include a disabled panel member on every band 8a and above interview', 'Head of Resourcing', 'Mar-26', 'Green'],
      ['2.2', 'Launch a coaching offer for disabled staff applying for promotion', 'Head of Leadership Development', 'Jan-26', 'Amber'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 5, 6]);
    expect(report.actions[1].theme).toBe('Objective 2 – Fair recruitment and progression (WDES metrics 2 and 5)');
  });

  it("keeps a row whose ref stands beside a 'Target:' sentence with its own date, and one with a lead (negative)", () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Due', 'Status'],
      ['1.1', 'Target: every panel for Band 8a and above to include a trained inclusion adviser', '', 'Mar 2020', 'On track'],
      ['Recruitment and progression', 'Success measure: publish appointment ratios for each division', 'Head of Resourcing', '', ''],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
  });
});
