import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * An objective (an audit's Issue, a 'Why' column) naming one metric over an action naming it by number and more
 * ('Reconcile the metric 1 and metric 10 figures to ESR' under 'No check that the metric 1 figures agree with ESR',
 * holdout64 wyvern): the action says all it moves. An action naming another metric alone, or the same one, leaves the
 * objective's reading as it was.
 */
const AS_AT = new Date(Date.UTC(2024, 0, 31));
const read = (values: CellValue[][], sheetName: string) => checkPlan({ values, sheetName }, { asAt: AS_AT });
const indicators = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.indicators]);

describe('an action naming more metrics than its objective', () => {
  it("an audit log's Issue naming metric 1, the agreed action metrics 1 and 10", () => {
    const report = read([
      ['Ref', 'Issue', 'Management action agreed', 'Lead', 'Due', 'Status'],
      ['A', 'No check that the metric 1 figures agree with ESR.', 'Reconcile the metric 1 and metric 10 figures to ESR each year', 'Workforce Information Manager', 'Sep-23', 'Complete'],
      ['B', 'Shortlisting data (metric 2) cannot be reproduced.', 'Commission a TRAC report on shortlisting by disability', 'Head of Resourcing', 'Mar-24', 'In progress'],
    ], 'WDES audit actions');
    expect(indicators(report)).toEqual([[2, ['1', '10']], [3, ['2']]]);
  });

  it("a 'Why' column on the right naming indicator 2, the action indicators 2 and 7 (WRES)", () => {
    const report = read([
      ['Action', 'Lead', 'By when', 'Why we are doing this'],
      ['Publish appointment rates from shortlisting and career progression survey results (indicators 2 and 7) each quarter', 'Head of Resourcing', 'Jun 2024', 'BME applicants are less likely to be appointed (indicator 2).'],
      ['Add a BME panel member for every Band 8a and above interview', 'Head of Resourcing', 'Mar 2024', 'BME applicants are less likely to be appointed (indicator 2).'],
    ], 'WRES plan');
    expect(indicators(report)).toEqual([[2, ['2', '7']], [3, ['2']]]);
  });

  it('NEGATIVE: an action naming another metric alone keeps its objective’s', () => {
    const report = read([
      ['Ref', 'Issue', 'Management action agreed', 'Lead', 'Due', 'Status'],
      ['A', 'No check that the metric 1 figures agree with ESR.', 'Report the metric 8 adjustments log alongside the reconciliation', 'Workforce Information Manager', 'Sep-23', 'Complete'],
      ['B', 'No check that the metric 1 figures agree with ESR.', 'Reconcile the metric 1 figures to ESR each year', 'Workforce Information Manager', 'Sep-23', 'Complete'],
    ], 'WDES audit actions');
    expect(indicators(report)).toEqual([[2, ['1']], [3, ['1']]]);
  });
});
