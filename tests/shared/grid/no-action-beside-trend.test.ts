/**
 * A results table with a column for the proposed actions: each metric's figures, the arrow showing their change ('↑',
 * '↓', '↔' under 'Change'), then the action — or 'No further action – …' where the figures call for none (holdout64
 * ribbledale). The arrow is the figures' trend, no status: a row saying nothing is to be done is set aside with why, as
 * it is with its status empty. An action beside an arrow, with its lead, stays an action (negative).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2021, 11, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'WDES 2021' }, { asAt: AS_AT });
const setAside = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message).join('\n');

describe("'No further action' beside a trend arrow", () => {
  it("sets aside 'No further action – …' rows whose only other cells are figures and an arrow", () => {
    const report = read([
      ['Metric', '2020', '2021', 'Change', 'Action(s) for 2021/22', 'Lead'],
      ['1. Disabled staff in the workforce (ESR)', '3.6%', '4.4%', '↑', 'Run a second "Count me in" declaration week with the network', 'Workforce Systems Manager'],
      ['3. Likelihood of entering formal capability', '0.00', '0.00', '↔', 'No further action – no disabled colleague entered the formal process.', ''],
      ['4a. Harassment, bullying or abuse', '27.1%', '29.4%', '↓', 'Add disability to the respect and civility training for team leaders', 'Head of OD'],
      ['5. Equal opportunities for career progression', '83.4%', '85.0%', '↑', 'No further action – disabled staff now report at the same level as others.', ''],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
    expect(setAside(report)).toMatch(/Row 3: .*'No further action – no disabled colleague entered the formal process\.' says nothing is to be done/);
    expect(setAside(report)).toMatch(/Row 5: .*says nothing is to be done/);
  });

  it('sets aside a row answering no action for this year, its arrow first, in another layout', () => {
    const report = read([
      ['Trend', 'What we will do', 'Who', 'WDES metric'],
      ['↑', 'Introduce the health passport in all localities', 'Head of Health and Wellbeing', '8'],
      ['↔', 'No action this year – above the national average.', '', '9a'],
      ['↓', 'Refresh the managing attendance guidance', 'Head of Employee Relations', '6'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
    expect(setAside(report)).toMatch(/Row 3: .*says nothing is to be done/);
  });

  it('keeps an action beside an arrow with no lead (negative)', () => {
    const report = read([
      ['Metric', '2020', '2021', 'Change', 'Action(s) for 2021/22', 'Lead'],
      ['7. Feeling valued', '40.2%', '41.0%', '↔', 'Add a question on feeling valued to the quarterly pulse survey', ''],
      ['8. Adequate adjustments', '76.5%', '80.3%', '↑', 'Introduce the health passport in all localities', 'Head of Health and Wellbeing'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
  });
});
