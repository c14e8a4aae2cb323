import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * The trust's one EDI grid filing each row under the framework it serves (a 'Framework' column, merged down or typed),
 * with an indicator column naming the OTHER standard's number on that standard's rows ('WRES indicator 2' in a WDES
 * plan). The framework is the rows' theme; the other standard's number is none of this plan's indicators, and nothing
 * carries from it onto the rows of other frameworks. A cell naming this plan's own standard, or both, reads as before.
 */
const AS_AT = new Date(Date.UTC(2025, 0, 31));
const read = (values: CellValue[][], sheetName = 'Plan') => checkPlan({ values, sheetName }, { asAt: AS_AT });

describe("rows of another framework and the other standard's numbers in one grid", () => {
  it("reads a 'Framework' column as the theme and 'WRES indicator 2' in a WDES plan as no metric", () => {
    const report = read([
      ['Oakworth ICB – workforce disability equality (WDES) and EDI plan 2024/25'],
      ['Framework', 'Ref', 'Action', 'Metric', 'Owner', 'Milestone', 'RAG'],
      ['WDES', 'D1', 'Ask every colleague to update their disability status in ESR.', 'Metric 1', 'Workforce Information Lead', 'Q2 2024/25', 'Green'],
      ['', 'D2', 'Publish a route for reporting harassment by patients and the public.', 'Metrics 4a & 4b', 'Head of Corporate Affairs', 'Q3 2024/25', 'Amber'],
      ['', 'D3', 'Make reasonable adjustments a standing item in every one-to-one.', 'Metric 8', 'Head of Occupational Health', 'Q1 2024/25', 'Green'],
      ['WRES', 'R1', 'Put an ethnic minority panel member on every band 8a+ interview panel.', 'WRES indicator 2', 'Head of Recruitment', 'Q2 2024/25', 'Green'],
      ['Equality Delivery System', 'E1', 'Grade Domain 2 with the staff networks and publish the result.', '', 'EDI Lead', 'Q4 2024/25', 'Green'],
      ['', 'E2', 'Publish our equality information and two new equality objectives.', '', 'Head of Corporate Affairs', 'Q4 2024/25', 'Amber'],
      ['', 'E3', 'Complete an equality impact assessment for the restructure before consultation.', '', 'Associate Director of People', 'Q1 2024/25', 'Green'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(report.actions.map((a) => a.theme)).toEqual(['WDES', 'WDES', 'WDES', 'WRES', 'Equality Delivery System', 'Equality Delivery System', 'Equality Delivery System']);
    expect(report.actions.map((a) => a.indicators)).toEqual([['1'], ['4a', '4b'], ['8'], [], [], [], []]);
  });

  it("reads 'WDES 4a' in a WRES plan's indicator column as no indicator (column after the lead)", () => {
    const report = read([
      ['Millbeck Hospitals NHS Trust – WRES and EDI action plan 2024/25'],
      ['No.', 'What we will do', 'Lead', 'Linked to', 'Due', 'Status'],
      ['1', 'Put a trained ethnic minority panel member on every band 8a+ interview panel.', 'Head of Recruitment', 'WRES 2', 'Dec 2024', 'On track'],
      ['2', 'Publish a route for reporting harassment of disabled staff by patients.', 'Head of Security', 'WDES 4a', 'Mar 2025', 'On track'],
      ['3', 'Review formal disciplinary cases by ethnicity with an independent adviser.', 'Head of ER', 'WRES 3', 'Nov 2024', 'Complete'],
    ]);
    expect(report.actions.map((a) => a.indicators)).toEqual([['2'], [], ['3']]);
  });

  it("still reads a cell naming both standards, or this plan's own, by this plan's part (negative)", () => {
    const report = read([
      ['Kirkby NHS Trust – WDES action plan 2024/25'],
      ['Ref', 'Action', 'Metric', 'Lead', 'Due'],
      ['1', 'Train ward managers to respond when patients harass disabled staff.', 'WRES 6; WDES 4a', 'Head of Security', 'Dec 2024'],
      ['2', 'Make reasonable adjustments a standing item in every one-to-one.', 'WDES metric 8', 'Head of OH', 'Mar 2025'],
      ['3', 'Ask every colleague to update their disability status in ESR.', '1', 'Workforce Lead', 'Jun 2025'],
    ]);
    expect(report.actions.map((a) => a.indicators)).toEqual([['4a'], ['8'], ['1']]);
  });
});
