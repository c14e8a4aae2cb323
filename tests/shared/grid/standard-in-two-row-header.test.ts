/**
 * A header of TWO ROWS — group labels over the field names ('THE PLAN | DELIVERY' over 'WDES metric | What we will do |
 * Lead …') — names the plan's standard on its lower row. A web page above the plan whose sections name both standards
 * (its WRES section and links, then the WDES plan) leaves the header to say which plan the table is: read on all its rows,
 * not only the group labels' (holdout48 wythburn under the layout property, its header given a row of group labels).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2024, 5, 30));
const read = (rows: CellValue[][], merges: { top: number; left: number; bottom: number; right: number }[] = []): PlanReport =>
  checkPlan({ values: rows, sheetName: 'Equality', merges }, { asAt: AS_AT });

/** A page naming both standards above the plan: the WRES section first, then the WDES plan's heading. */
const PAGE: CellValue[][] = [
  ['Equality reports and data'],
  ['Workforce Race Equality Standard (WRES)'],
  ['Since 2015 the WRES has asked NHS trusts to assess themselves each year against nine indicators.'],
  ['WRES Action Plan 2023'],
  ['WRES Delivery Report 2022-23'],
  ['WRES Action Plan 2022'],
  [],
  ['Workforce Disability Equality Standard (WDES)'],
  ['The WDES is a set of metrics that lets NHS organisations compare the experiences of disabled and non-disabled staff.'],
];

describe("the standard named on a two-row header's lower row", () => {
  it("reads 'Metrics 4a and 4b' as WDES parts under group labels over 'WDES metric'", () => {
    const r = read([
      ...PAGE,
      ['THE PLAN', null, null, 'DELIVERY', null],
      ['No.', 'WDES metric', 'What we will do', 'Lead', 'Target date'],
      ['1', 'Metrics 4a and 4b – harassment, bullying or abuse', 'Give disabled colleagues a confidential route to raise harassment.', 'FTSU Guardian', 'March 2024'],
      ['2', 'Metric 9a – engagement', 'Add disability to the staff survey action planning pack.', 'Head of Staff Experience', 'February 2024'],
    ], [{ top: 9, left: 0, bottom: 9, right: 2 }, { top: 9, left: 3, bottom: 9, right: 4 }]);
    expect(r.standard).toBe('WDES');
    expect(r.actions.map((a) => [a.row, a.indicators])).toEqual([[12, ['4a', '4b']], [13, ['9a']]]);
  });

  it("reads a WDES header under other group labels ('WHAT' | 'WHO AND WHEN'), the metric column last", () => {
    const r = read([
      ...PAGE,
      ['WHAT', null, 'WHO AND WHEN', null, null],
      ['Ref', 'Action', 'Owner', 'Deadline', 'WDES metric(s)'],
      ['D1', 'Publish the reasonable adjustments passport.', 'Head of OD', 'June 2024', 'Metric 9b – voice of disabled staff'],
      ['D2', 'Review capability cases with occupational health.', 'Head of ER', 'July 2024', 'Metrics 4a and 4b'],
    ], [{ top: 9, left: 0, bottom: 9, right: 1 }, { top: 9, left: 2, bottom: 9, right: 4 }]);
    expect(r.standard).toBe('WDES');
    expect(r.actions.map((a) => a.indicators)).toEqual([['9b'], ['4a', '4b']]);
  });

  it('NEGATIVE: a two-row header naming no standard leaves the title to say it (the nearest heading, WRES here)', () => {
    const r = read([
      ['WRES Action Plan 2023'],
      ['THE PLAN', null, 'DELIVERY', null],
      ['Indicator', 'What we will do', 'Lead', 'Target date'],
      ['Indicator 2', 'Put a trained panel member on every interview.', 'Head of Resourcing', 'March 2024'],
      ['Indicator 7', 'Run a reverse mentoring scheme.', 'Head of OD', 'June 2024'],
    ]);
    expect(r.standard).toBe('WRES');
    expect(r.actions.map((a) => a.indicators)).toEqual([['2'], ['7']]);
  });
});
