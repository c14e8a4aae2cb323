import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A plan with no lead column that writes each action's lead on a line of its own UNDER the action ('Lead: Head of
 * Resourcing; support: recruiting managers', holdout78 ormsby): the line is the action above's lead — 'support:' and
 * 'exec sponsor:' parts are not — and no heading over the next action; an action with no line under it has no lead.
 * Where lines name leads OVER their actions (the first right under the header), they are sections, read as before.
 */
const AS_AT = new Date(Date.UTC(2026, 5, 30));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });
const leads = (values: CellValue[][]) => read(values).actions.map((a) => [a.row, a.lead, a.theme ?? null]);

describe("'Lead: …' lines under each action", () => {
  const plan: CellValue[][] = [
    ['Anytown University Hospitals NHS Foundation Trust – WRES Action Plan 2026/27'],
    ['No.', 'WRES', 'Action', 'Priority', 'Due'],
    [1, '1', 'Agree ethnicity representation goals for Band 8a and above in each clinical group.', 'High', 'Sep 2026'],
    ['', '', 'Lead: Deputy Chief People Officer; support: Workforce Intelligence', '', ''],
    [2, '2', 'Move all Band 6 and 7 nursing interviews to structured, scored questions.', 'High', 'Dec 2026'],
    ['', '', 'Lead: Deputy Chief Nurse (Workforce)', '', ''],
    [3, '4', 'Ring-fence part of the apprenticeship levy transfer for ethnic minority staff.', 'Low', 'Mar 2027'],
    [4, '7', 'Run two cohorts of the leadership programme for ethnic minority staff.', 'Medium', 'Mar 2027'],
    ['', '', 'Lead: Head of Leadership and OD; exec sponsor: Chief Nurse', '', ''],
    [],
    ['Progress will be reported to the Executive People Board each quarter.'],
  ];

  it('gives each line to the action above it, and none to an action without one', () => {
    expect(leads(plan)).toEqual([
      [3, 'Deputy Chief People Officer', null],
      [5, 'Deputy Chief Nurse (Workforce)', null],
      [7, '', null],
      [8, 'Head of Leadership and OD', null],
    ]);
    const first = read(plan).actions[0];
    expect(first.sources.lead).toMatchObject({ kind: 'label', cell: 'C4' });
  });

  it('NEGATIVE: lead lines over their actions still head them', () => {
    expect(
      leads([
        ['Anytown NHS Trust – WRES Action Plan 2026/27'],
        ['No.', 'WRES', 'Action', 'Due'],
        ['', '', 'Lead: Chief People Officer', ''],
        [1, '1', 'Agree representation goals for Band 8a and above.', 'Sep 2026'],
        [2, '2', 'Move nursing interviews to scored questions.', 'Dec 2026'],
        ['', '', 'Lead: Chief Nurse', ''],
        [3, '5', 'Extend body-worn cameras to security staff.', 'Oct 2026'],
        [4, '6', 'Train ward managers to respond to racism from patients.', 'Jan 2027'],
      ]).map(([row, lead]) => [row, lead]),
    ).toEqual([
      [4, 'Chief People Officer'],
      [5, 'Chief People Officer'],
      [7, 'Chief Nurse'],
      [8, 'Chief Nurse'],
    ]);
  });
});
