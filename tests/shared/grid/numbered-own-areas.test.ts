import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { numbersOwnAreas } from '../../../shared/indicators';
import type { CellValue } from '../../../shared/types';

/**
 * A plan numbers its key areas one way: where '2. Reasonable adjustments and health' is not WDES metric 2, '1.
 * Representation, recruitment and data' is not metric 1 either, though its title shares metric 1's subject (holdout54
 * fellside). Each numbered area heads its actions as their theme; the line under it giving its data describes it.
 * Headings that each name their number's indicator ('2. Recruitment', '3. Disciplinary') stay indicator headings.
 */
const AS_AT = new Date(Date.UTC(2024, 0, 31));
const read = (values: CellValue[][], standard?: 'WRES' | 'WDES') => checkPlan({ values, sheetName: standard ? `${standard} plan` : undefined }, { asAt: AS_AT });
const rows = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.theme, a.indicators]);

describe("numbered key areas, one of them sharing its number's indicator's subject", () => {
  it('WDES areas over refs and a metric column, a data line under each', () => {
    const report = read([
      ['Fellhaven Ambulance Service NHS Trust – Workforce Disability Equality Standard action plan 2023/24'],
      ['Ref', 'Action', 'WDES metric', 'Lead', 'Timescale', 'Status'],
      ['1. Representation, recruitment and data'],
      ['Our data: 4.8% of staff declare a disability on ESR (survey: 24.1%).'],
      ['1.1', 'Run a declaration campaign across stations.', '1', 'Inclusion Manager', 'Dec 2023', 'Open'],
      ['1.2', 'Offer interview adjustments to all applicants.', '2', 'Head of Recruitment', 'Sep 2023', 'Closed'],
      ['2. Reasonable adjustments and health'],
      ['Our data: 71.2% of disabled staff say adequate adjustments have been made.'],
      ['2.1', 'Launch a reasonable adjustments passport.', '8', 'Head of Health and Wellbeing', 'Oct 2023', 'Closed'],
    ], 'WDES');
    expect(rows(report)).toEqual([
      [5, '1. Representation, recruitment and data', ['1']],
      [6, '1. Representation, recruitment and data', ['2']],
      [9, '2. Reasonable adjustments and health', ['8']],
    ]);
  });

  it('WRES areas in the action column, no data lines', () => {
    expect(numbersOwnAreas(['1. Representation and data', '2. Health and wellbeing', null], 'WRES')).toBe(true);
    const report = read([
      ['Race equality plan 2024/25 – WRES'],
      ['Action', 'Indicator', 'Owner', 'By'],
      ['1. Representation and data'],
      ['Publish ethnicity by band every quarter.', '1', 'Workforce Information Manager', 'Q2'],
      ['2. Health and wellbeing'],
      ['Offer a wellbeing conversation after every racist incident.', '5', 'Head of Wellbeing', 'Q3'],
    ], 'WRES');
    expect(rows(report)).toEqual([
      [4, '1. Representation and data', ['1']],
      [6, '2. Health and wellbeing', ['5']],
    ]);
  });

  it("NEGATIVE: every numbered heading names its number's indicator: they stay indicator headings", () => {
    expect(numbersOwnAreas(['2. Recruitment', '3. Disciplinary'], 'WRES')).toBe(false);
    const report = read([
      ['Race equality plan 2024/25 – WRES'],
      ['Action', 'Owner', 'By'],
      ['2. Recruitment'],
      ['Put a trained panel member on every Band 7 panel.', 'Head of Resourcing', 'Q2'],
      ['3. Disciplinary'],
      ['Pre-check every proposed disciplinary case.', 'Head of Employee Relations', 'Q3'],
    ], 'WRES');
    expect(report.actions.map((a) => a.indicators)).toEqual([['2'], ['3']]);
  });
});
