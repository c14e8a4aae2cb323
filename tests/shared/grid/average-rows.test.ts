/**
 * A row of averages under a tracker: a label naming the aggregate ('Average % complete', 'Mean progress') in any column,
 * and only its figures beside it, one under each period's column, as AVERAGE formulas write them (holdout38
 * maddersfield). It sums the plan's rows up and is never an action: set aside with the figures it gives. An action whose
 * words start 'Average …' and that names a lead and a date stays an action.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2025, 11, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Tracker' }, { asAt: AS_AT });
const setAside = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe('a row of averages under a tracker', () => {
  it("sets aside 'Average % complete' under the action column with a percentage under each quarter", () => {
    const report = read([
      ['NHS Tamebridge ICB – WDES action plan 2025/26: progress tracker'],
      ['Ref', 'Metric', 'Action', 'Owner', 'Due', 'Q1', 'Q2', 'Q3', 'Q4', 'Notes'],
      ['T1', 'M1', 'Run a campaign so that colleagues update their disability status on ESR.', 'Workforce Information Lead', '30/09/2025', '25%', '60%', '100%', '', 'Declaration up to 6%.'],
      ['T2', 'M2', 'Offer the guaranteed interview scheme on every vacancy.', 'Recruitment Manager', '31/12/2025', '10%', '50%', '75%', '', ''],
      ['T3', 'M4a', 'Deliver civility and respect sessions to every team.', 'Head of OD', '31/03/2026', '0%', '20%', '45%', '', 'Nine of twenty teams done.'],
      ['', '', 'Average % complete', '', '', '12%', '43%', '73%'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    expect(setAside(report).join('\n')).toMatch(/Row 6: "Average % complete \| 12% \| 43% \| 73%" is read as a summary, not an action — a summary \('Average % complete'\) of the rows above it \('12%', '43%', '73%'\)/);
  });

  it("sets aside 'Mean progress' in the first column under a single % column, in a plan laid out otherwise", () => {
    const report = read([
      ['Action', 'Indicator', 'Lead', 'Target date', 'Progress (%)'],
      ['Publish shortlisting ratios by ethnicity every quarter.', '2', 'Head of Resourcing', 'Mar-24', '50'],
      ['Open the leadership programme to Bands 4 to 6.', '7', 'Head of Leadership', 'Jun-24', '30'],
      ['Mean progress', '', '', '', '40'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
    expect(setAside(report).join('\n')).toMatch(/Row 4: .* is read as a summary, not an action — a summary \('Mean progress'\)/);
  });

  it("keeps an action whose words start 'Average …' and that names a lead and a date (negative)", () => {
    const report = read([
      ['Action', 'Indicator', 'Lead', 'Target date', 'Progress (%)'],
      ['Publish shortlisting ratios by ethnicity every quarter.', '2', 'Head of Resourcing', 'Mar-24', '50'],
      ['Average time to close a disciplinary case to fall below 12 weeks', '3', 'Head of Employee Relations', 'Mar-24', '20'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
  });
});
