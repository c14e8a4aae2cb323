import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2021, 2, 31));
const read = (values: CellValue[][]) => checkPlan({ values, merges: [] }, { asAt: AS_AT });
const setAside = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.row);

// A budget or cost column under the plan's actions, each group closed by a subtotal line and the plan by a total
// (holdout74 rookhurst): the lines add up the actions' figures, they are no actions, whatever their label names.
describe('subtotal and total lines adding up a column of figures', () => {
  it('sets aside each group\'s subtotal and the total, saying what they add up', () => {
    const report = read([
      ['No.', 'Action', 'WRES ind.', 'Lead', 'By', 'Budget (£)', 'Status'],
      ['High Impact Action 2 – Overhaul recruitment'],
      ['2.1', 'Replace panel-only interviews with a structured assessment centre.', '2', 'Head of Talent Acquisition', 'Dec 2025', 18000, 'In progress'],
      ['2.2', 'Accredit 40 staff as inclusive recruitment assessors.', '2', 'Head of Talent Acquisition', 'Nov 2025', 9600, 'In progress'],
      [null, 'Subtotal – High Impact Action 2', null, null, null, 27600],
      ['High Impact Action 6 – An environment free of discrimination'],
      ['6.1', 'Add a racist abuse option to the incident reporting form.', '5', 'Head of Security', 'Aug 2025', 1500, 'Complete'],
      ['6.2', 'Fund protected time for each staff network chair.', '6, 8', 'Chief People Officer', 'Apr 2025', 14400, 'Complete'],
      [null, 'Subtotal – High Impact Action 6', null, null, null, 15900],
      [null, 'Total WRES budget 2025-26', null, null, null, 43500],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 7, 8]);
    expect(setAside(report)).toEqual(expect.arrayContaining([5, 9, 10]));
    expect(report.issues.find((i) => i.row === 5 && i.rule === 'row-set-aside')?.message).toMatch(/adds up column F: the figures of its group above it \(18000 \+ 9600 = 27600\)/);
    expect(report.issues.find((i) => i.row === 10 && i.rule === 'row-set-aside')?.message).toMatch(/adds up the plan's costs, not an action/);
  });

  it("reads a cost column's 'Theme 1 total' and 'Grand total' the same", () => {
    const report = read([
      ['Ref', 'Action', 'Owner', 'Due', 'Cost', 'RAG'],
      ['T1.1', 'Run a career coaching scheme for BME staff at Bands 5 to 7.', 'Head of OD', 'Mar 2024', '£12,000', 'G'],
      ['T1.2', 'Buy places on the regional leadership programme.', 'Head of Leadership', 'Jan 2024', '£8,500', 'A'],
      [null, 'Theme 1 total', null, null, '£20,500'],
      ['T2.1', 'Train investigating officers in cultural awareness.', 'Head of Employee Relations', 'Dec 2023', '£4,000', 'G'],
      [null, 'Grand total', null, null, '£24,500'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 5]);
  });

  it('keeps an action whose words end with total and whose figure adds nothing up', () => {
    const report = read([
      ['Ref', 'Action', 'Owner', 'Due', 'Cost', 'RAG'],
      ['T1.1', 'Run a career coaching scheme for BME staff at Bands 5 to 7.', 'Head of OD', 'Mar 2024', '£12,000', 'G'],
      ['T1.2', 'Buy places on the regional leadership programme.', 'Head of Leadership', 'Jan 2024', '£8,500', 'A'],
      [null, 'Publish the pay gap in total', null, null, '£3,000'],
    ]);
    expect(report.actions.map((a) => a.row)).toContain(4);
  });
});
