/**
 * A plan's year written in two-digit years, as finance teams write it ('WRES action plan 23/24', 'FY24/25', 'WDES plan
 * 25-26'): the pane offered no period and the user had to type it. Two consecutive two-digit years from 2015 on (the
 * WRES's first year) are a financial year; days and months ('31/03', '12/13 June') and pages ('3/4') are not, and a
 * year written in full still wins.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const ASAT = { asAt: new Date(Date.UTC(2024, 0, 15)) };
const periodOf = (top: CellValue[][]) =>
  checkPlan(
    {
      sheetName: 'Plan',
      values: [...top, [null], ['Action', 'Lead', 'Timescale'], ['Publish the WRES data and this plan on the website.', 'EDI Lead', 'March 2025'], ['Offer reverse mentoring to every executive director.', 'Head of OD', 'June 2025']],
    },
    ASAT,
  ).identity.period.value;

describe('a period in two-digit years', () => {
  it("reads 'action plan 23/24', 'FY24/25' and 'WDES plan 25-26' as the financial year", () => {
    expect(periodOf([['Northshire Community Health NHS Trust'], ['WRES action plan 23/24']])).toBe('2023-24');
    expect(periodOf([['Upper Vale NHS Trust – race equality actions FY24/25']])).toBe('2024-25');
    expect(periodOf([['WDES plan 25-26 (draft for People Committee)']])).toBe('2025-26');
  });

  it('takes no days, months or pages for a year, and a year written in full wins', () => {
    expect(periodOf([['WRES action plan'], ['Updated 31/03 by the EDI team, page 3/4']])).toBeNull();
    expect(periodOf([['WRES action plan'], ['Agreed at the workshop of 12/13 June']])).toBeNull();
    expect(periodOf([['WRES action plan 2024/25'], ['Carried over from 23/24']])).toBe('2024-25');
  });
});
