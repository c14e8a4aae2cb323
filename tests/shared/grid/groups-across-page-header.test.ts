import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * The header printed again at a page's top (with the page's running head) breaks no group of rows the plan reads
 * together: 'Lead: …' lines under each action of a plan with no lead column are read over the whole table, so a page
 * holding one action and its line gives evidence too (holdout78 ormsby: its first page's lead was read as heading the
 * next page's action, each lead one action out); and a group's subtotal adds up its figures on both pages (holdout74
 * rookhurst: 'Subtotal – High Impact Action 6' read as an action once its group broke over a page). Both under the
 * stray-rows property's page header.
 */
const AS_AT = new Date(Date.UTC(2026, 3, 1));

describe('groups of rows across a header printed again', () => {
  it("reads each 'Lead:' line as the lead of the action above it, on either page", () => {
    const header = ['No.', 'WRES', 'Action', 'Priority', 'Due'];
    const values: CellValue[][] = [
      ['Ormsby Vale University Hospitals NHS Foundation Trust – WRES Action Plan 2026/27'],
      header,
      ['1', '1', 'Agree ethnicity representation goals for Band 8a and above in each clinical division.', 'High', 'Sep 2026'],
      [null, null, 'Lead: Deputy Chief People Officer; support: Workforce Intelligence'],
      ['WRES Action Plan 2026/27 – continued'],
      header,
      ['2', '2', 'Move all Band 6 and 7 nursing interviews to structured, scored questions.', 'High', 'Dec 2026'],
      [null, null, 'Lead: Deputy Chief Nurse (Workforce)'],
      ['3', '2', 'Offer a feedback conversation to every internal candidate not appointed at Band 7 or above.', 'Medium', 'Q2 2026/27'],
      [null, null, 'Lead: Head of Resourcing'],
    ];
    const report = checkPlan({ values }, { asAt: AS_AT });
    expect(report.actions.map((a) => [a.row, a.lead])).toEqual([[3, 'Deputy Chief People Officer'], [7, 'Deputy Chief Nurse (Workforce)'], [9, 'Head of Resourcing']]);
  });

  it("reads a group's subtotal over both pages as no action", () => {
    const header = ['No.', 'Action', 'WRES ind.', 'Lead', 'By', 'Budget 2025-26 (£)', 'Status'];
    const values: CellValue[][] = [
      ['Rookhurst and Vale Hospitals NHS Trust – WRES Action Plan 2025-26'],
      header,
      ['High Impact Action 6 – An environment free of bullying, discrimination, harassment and physical violence'],
      ['6.1', 'Add a “racist abuse” option to the incident reporting form.', '5', 'Head of Security', 'Aug 2025', 1500, 'Complete'],
      ['WRES action plan (continued)'],
      header,
      ['6.2', 'Have a decision-maker from outside the team review every case before a formal investigation.', '3', 'Head of Employee Relations', 'Oct 2025', null, 'In progress'],
      ['6.3', 'Fund two days a month of protected time for each network co-chair.', '6, 8', 'Chief People Officer', 'Apr 2025', 14400, 'Complete'],
      [null, 'Subtotal – High Impact Action 6', null, null, null, 15900, null],
    ];
    const report = checkPlan({ values }, { asAt: AS_AT });
    expect(report.actions.map((a) => a.row)).toEqual([4, 7, 8]);
    expect(report.issues.find((i) => i.row === 9)?.message).toMatch(/adds up column F/);
  });
});
