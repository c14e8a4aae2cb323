import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * An indicator column that writes an entry again on the next row (holdout56 fenbridge's calendar: 'Metric 8' on
 * December's and January's steps) writes each row's metrics on the row: a blank cell there says the row serves none,
 * not the metric of the row above.
 */
const AS_AT = new Date(Date.UTC(2024, 9, 31));
const read = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT });
const rows = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.indicators]);

describe('an indicator column that writes its entries again', () => {
  it('a calendar: Link column, repeated metric, blanks between', () => {
    const report = read([
      ['Month', 'What happens', 'Who', 'Link', 'Done?'],
      ['April 2024', 'Check the ESR disability fields for gaps', 'Workforce Information Manager', 'Metric 1, 2', 'Yes'],
      ['May 2024', 'Submit our WDES data return', 'Workforce Information Manager', '', 'Yes'],
      ['July 2024', 'Agree three priority metrics with the network', 'EDI Lead', 'Metric 4a, 6, 8', 'Yes'],
      ['August 2024', 'Draft the annual report and take it to the Workforce Group', 'Head of OD', '', 'Yes'],
      ['December 2024', 'Brief managers on the adjustments passport', 'Head of OD', 'Metric 8', ''],
      ['January 2025', 'Mid-year check on passports issued', 'EDI Lead', 'Metric 8', ''],
    ]);
    expect(rows(report)).toEqual([[2, ['1', '2']], [3, []], [4, ['4a', '6', '8']], [5, []], [6, ['8']], [7, ['8']]]);
  });

  it("a 'WDES metric' column after the action, written again on the next row", () => {
    const report = read([
      ['Ref', 'Action', 'WDES metric', 'Lead', 'Due'],
      ['1', 'Run listening sessions with disabled staff', '4a', 'Head of OD', 'Jan 2025'],
      ['2', 'Add a disability module to the managers course', '4a', 'Learning Lead', 'Apr 2025'],
      ['3', 'Publish the annual report', '', 'Communications Manager', 'Oct 2024'],
      ['4', 'Review the attendance policy with staff side', '6', 'HR Policy Lead', 'Feb 2025'],
      ['5', 'Refresh the intranet equality pages', '', 'Communications Manager', 'Mar 2025'],
    ]);
    expect(rows(report)).toEqual([[2, ['4a']], [3, ['4a']], [4, []], [5, ['6']], [6, []]]);
  });

  it('NEGATIVE: a metric written once over its group, blank below and never repeated, still carries down', () => {
    const report = read([
      ['WDES metric', 'Action', 'Lead', 'Due'],
      ['Metric 4a', 'Run listening sessions with disabled staff', 'Head of OD', 'Jan 2025'],
      ['', 'Add a disability module to the managers course', 'Learning Lead', 'Apr 2025'],
      ['Metric 6', 'Review the attendance policy with staff side', 'HR Policy Lead', 'Feb 2025'],
      ['', 'Brief managers on the revised policy', 'Communications Manager', 'Mar 2025'],
    ]);
    expect(rows(report)).toEqual([[2, ['4a']], [3, ['4a']], [4, ['6']], [5, ['6']]]);
  });
});
