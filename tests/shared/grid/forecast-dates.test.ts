import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A project plan's forecast beside its baseline ('Baseline | Forecast | Actual'): the forecast is the date the project now
 * plans to, read as a revised date is; the baseline is the date first set. Seen in holdout32 cardenmoor (a PMO's
 * milestone plan and highlight report).
 */
const AS_AT = new Date(Date.UTC(2016, 11, 1));
const read = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT });
const dues = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.due.text]);

describe('a forecast date beside the baseline', () => {
  it("a PMO's 'Baseline | Forecast | Actual', the forecast later on two rows", () => {
    const report = read([
      ['ID', 'Milestone / deliverable', 'WRES ind.', 'Owner', 'Baseline', 'Forecast', 'Actual', 'BRAG'],
      ['M1.1', 'Diverse interview panels in place for all Band 7+ posts', '2', 'Head of Recruitment', '30-Sep-16', '30-Sep-16', '26-Sep-16', 'B'],
      ['M1.2', 'Positive action taster days for BME community first responders', '1', 'Head of Education', '30-Nov-16', '28-Feb-17', '', 'A'],
      ['M2.1', 'Disciplinary investigations reviewed by a second manager before a hearing', '3', 'Head of Employee Relations', '31-Oct-16', '31-Jan-17', '', 'R'],
    ]);
    expect(dues(report)).toEqual([[2, '30-Sep-16'], [3, '28-Feb-17'], [4, '31-Jan-17']]);
    expect(report.columnEvidence.find((e) => e.field === 'due')?.reason).toMatch(/column F \('Forecast'\) where a row gives a revised date, else column E \('Baseline'\)/);
  });

  it("'Target date' with a 'Forecast completion' column filled only where the date moved", () => {
    const report = read([
      ['Action', 'Lead', 'Target date', 'Forecast completion', 'Status'],
      ['Publish the ethnicity pay gap with the WRES report.', 'Head of Workforce Information', 'Sept 2016', '', 'Complete'],
      ['Sponsor ten BME staff on the senior leadership programme.', 'Head of OD', 'Dec 2016', 'March 2017', 'Delayed'],
    ]);
    expect(dues(report)).toEqual([[2, 'Sept 2016'], [3, 'March 2017']]);
  });

  it("a 'Forecast' of figures is no date (negative)", () => {
    const report = read([
      ['Action', 'Lead', 'Due', 'Forecast'],
      ['Raise ESR declaration through a self-service campaign.', 'Workforce Information Manager', 'March 2017', '12%'],
      ['Sponsor ten BME staff on the senior leadership programme.', 'Head of OD', 'Dec 2016', '10 staff'],
    ]);
    expect(dues(report)).toEqual([[2, 'March 2017'], [3, 'Dec 2016']]);
  });
});
