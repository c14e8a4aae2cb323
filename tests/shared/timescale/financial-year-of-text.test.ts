import { describe, expect, it } from 'vitest';
import { financialYearOfText } from '../../../shared/timescale';

describe('financialYearOfText', () => {
  it("reads the plan's financial year from its title", () => {
    expect(financialYearOfText('WDES ACTION PLAN 2020/2021')).toBe(2020);
    expect(financialYearOfText('Workforce Race Equality Standard Action Plan 2023/24')).toBe(2023);
    expect(financialYearOfText('WRES ACTION Plan 2020 -2022')).toBe(2020);
    expect(financialYearOfText('Action plan 2021')).toBe(2021);
  });
  it('gives null when the title names no year', () => {
    expect(financialYearOfText('WRES Action Plan')).toBeNull();
    expect(financialYearOfText('Bands 1-9')).toBeNull();
  });
});
