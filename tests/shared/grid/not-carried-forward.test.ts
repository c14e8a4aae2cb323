/**
 * Earlier plans' actions closed and NOT carried into this plan, kept under its actions behind a caption saying so ('Closed
 * at merger – not carried forward (for information)', holdout50 fenwold): another plan's actions, ended before this one
 * began — no actions of this plan. Set aside with why until the next heading. A block of this plan's own closed actions
 * ('Closed actions – keep for audit') stays read (negative).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2021, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'WDES 2020-21' }, { asAt: AS_AT });
const setAside = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message).join('\n');

describe("earlier plans' actions not carried into this plan", () => {
  it("sets aside the rows under 'Closed at merger – not carried forward (for information)'", () => {
    const report = read([
      ['New ref', 'Old ref', 'WDES metric', 'Action', 'Lead', 'Due', 'Status'],
      ['N-01', 'A 2', '1', 'Run a campaign asking all colleagues to update their disability status on ESR', 'Head of Workforce Information', 'Dec 2020', 'Complete'],
      ['N-02', 'B-3', '2', 'Keep the guaranteed interview scheme for disabled applicants', 'Head of Recruitment', 'Nov 2020', 'In progress'],
      ['N-03', 'A 4', '7', 'Join the two disability staff networks into one network', 'Director of People', 'Mar 2021', 'Not started'],
      ['', '', '', '', '', '', ''],
      ['Closed at merger – not carried forward (for information)', '', '', '', '', '', ''],
      ['', 'A 3', '', 'Disability awareness e-learning for managers – duplicate of B-1, now within N-03.', '', '', 'Closed'],
      ['', 'B-2', '', 'Staff survey focus groups – replaced by the new trust’s listening events.', '', '', 'Closed'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
    expect(setAside(report)).toMatch(/Row 7: .*sits under 'Closed at merger – not carried forward \(for information\)' \(row 6\): earlier plans' actions closed and not carried into this plan/);
    expect(setAside(report)).toMatch(/Row 8: /);
  });

  it("sets aside the rows under 'Actions from 2019/20 not carried over', with leads and dates of their own, in another column order", () => {
    const report = read([
      ['Action', 'Owner', 'Target date', 'Metric', 'RAG'],
      ['Publish the WDES report and this plan on the website', 'EDI Lead', 'Oct 2020', '1', 'Green'],
      ['Set up reasonable adjustments passports for all staff', 'OH Manager', 'Feb 2021', '8', 'Amber'],
      ['Actions from 2019/20 not carried over', '', '', '', ''],
      ['Run a disability awareness week in every site', 'Comms Manager', 'Mar 2020', '7', ''],
      ['Buy a new e-learning module on disability', 'L&D Manager', 'Jan 2020', '5', ''],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
    expect(setAside(report)).toMatch(/Row 5: .*'Actions from 2019\/20 not carried over' \(row 4\)/);
  });

  it("keeps this plan's own closed actions under 'Closed actions – keep for audit' (negative)", () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Due', 'Status'],
      ['1', 'Run a campaign asking all colleagues to update their disability status on ESR', 'HR Manager', 'Dec 2020', 'On track'],
      ['2', 'Keep the guaranteed interview scheme for disabled applicants', 'Recruitment Lead', 'Nov 2020', 'In progress'],
      ['Closed actions – keep for audit', '', '', '', ''],
      ['3', 'Join the two disability staff networks into one network', 'Director of People', 'Oct 2020', 'Closed'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 5]);
  });
});
