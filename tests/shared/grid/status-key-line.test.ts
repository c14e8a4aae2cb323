/**
 * A line under the plan defining its status words, each with what it means and no colour ('Status:' | 'Open – in
 * progress this year; Closed – delivered; Carried over – …', holdout54 fellside): a key to the status column, no action.
 * Set aside with why. A line that merely lists things with semicolons stays what it was (negative).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2024, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'WDES Action Plan' }, { asAt: AS_AT });
const setAside = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message).join('\n');
const PLAN: CellValue[][] = [
  ['Ref', 'Action', 'WDES metric', 'Lead', 'Timescale', 'Status'],
  ['1.1', 'Run a campaign so more colleagues record a disability on ESR', '1', 'Workforce Information Manager', 'Dec 2023', 'Closed'],
  ['1.2', 'Check every quarter that the guaranteed interview scheme is applied', '2', 'Head of Recruitment', 'Mar 2024', 'Open'],
  ['1.3', 'Ask every Board member to complete the disability confidence self-assessment', '10', 'Company Secretary', 'Mar 2023', 'Carried over'],
];

describe("a line defining the plan's status words", () => {
  it("sets aside 'Status:' beside its definitions under the plan", () => {
    const report = read([
      ...PLAN,
      [],
      ['Status:', 'Open – in progress this year; Closed – delivered; Carried over – an action from the 2022/23 plan not finished last year', '', '', '', ''],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
    expect(setAside(report)).toMatch(/Row 6: .*it defines the plan's status words, each with what it means \('Open', 'Closed', 'Carried over'\): a key, not an action/);
  });

  it("sets aside a key of the usual status words in one cell under the action column, with no label", () => {
    const report = read([
      ...PLAN,
      ['', 'Not started = work has not begun · On track = going to plan · Complete = delivered and evidenced', '', '', '', ''],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
    expect(setAside(report)).toMatch(/Row 5: .*'Not started', 'On track', 'Complete'/);
  });

  it('keeps an action listing its steps with semicolons (negative)', () => {
    const report = read([
      ...PLAN,
      ['1.4', 'Recruit – two new panel members; train – all panel chairs; review – every appointment', '2', 'Head of Recruitment', 'Jun 2024', 'Open'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4, 5]);
  });
});
