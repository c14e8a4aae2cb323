import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A row's own indicators beat its group's: a task tracker's export names indicators twice, once for each group of tasks
 * (Planner's 'Bucket Name': 'Indicators 5 & 6 – Harassment') and once for each task ('Labels': 'WRES 6;WRES 8'), neither
 * headed as the indicator. The column that tells apart rows the other puts together is each row's own: it is the
 * indicator column, whatever its header ('Labels', 'Tags', 'Categories'), and the group's column is set aside with why.
 */
const AS_AT = new Date(Date.UTC(2022, 1, 14));
const read = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT });
const indicatorEvidence = (report: ReturnType<typeof read>) => report.columnEvidence.find((e) => e.field === 'indicator');
const unmapped = (report: ReturnType<typeof read>, header: string) => report.issues.find((i) => i.rule === 'header-unmapped' && i.message.includes(`"${header}"`))?.message ?? '';

describe("a row's own indicators over its group's", () => {
  it("reads a Planner export's labels, not its buckets, as each task's indicators", () => {
    const report = read([
      ['Plan name', 'Hartwell WRES Action Plan 2021-22'],
      ['Date of export', '14/02/2022'],
      [],
      ['Task Name', 'Bucket Name', 'Progress', 'Assigned To', 'Due date', 'Labels'],
      ['Refresh ethnicity self-declaration on ESR', 'Indicator 1 – Representation', 'Completed', 'Daniel Hurst', '30/11/2021', 'WRES 1'],
      ['Divisional representation dashboards', 'Indicator 1 – Representation', 'In progress', 'Daniel Hurst', '31/03/2022', 'Data;WRES 1'],
      ['Anti-racism poster campaign', 'Indicators 5 & 6 – Harassment', 'Completed', 'Communications Team', '31/12/2021', 'WRES 5;WRES 6'],
      ['Civility training for ward managers', 'Indicators 5 & 6 – Harassment', 'In progress', 'Helen Doyle', '31/03/2022', 'WRES 6;WRES 8'],
      ['Report patient abuse by ethnicity', 'Indicators 5 & 6 – Harassment', 'Not started', 'Helen Doyle', '31/03/2022', 'WRES 5'],
      ['Reciprocal mentoring – cohort 2', 'Indicator 7 – Progression', 'Not started', 'Kwame Asante', '31/03/2022', 'WRES 7'],
    ]);
    expect(report.actions.map((a) => [a.indicators, a.theme])).toEqual([
      [['1'], null], [['1'], null], [['5', '6'], null], [['6', '8'], null], [['5'], null], [['7'], null],
    ]);
    expect(indicatorEvidence(report)?.column).toBe('F');
    expect(indicatorEvidence(report)?.reason).toContain("each row's own, over column B ('Bucket Name'), which names them for groups of rows (row 8: 'WRES 6;WRES 8' in 'Indicators 5 & 6 – Harassment')");
    expect(unmapped(report, 'Bucket Name')).toContain("its cells name indicators for groups of rows; each row's own are read from column F ('Labels')");
    // The typed due dates are the timescale, not indicators 30 and 11.
    expect(report.columns.due).toBe('E');
  });

  it("reads a 'Tags' column over a 'Workstream' naming metrics, whichever comes first", () => {
    const report = read([
      ['WDES action plan 2023/24'],
      ['Tags', 'Action', 'Owner', 'Due', 'Workstream'],
      ['WDES 4a', 'Report violence from patients against Disabled staff.', 'Head of Security', 'Q3 2023/24', 'Metric 4 – Harassment'],
      ['WDES 4a; WDES 9', 'Set up a Disabled staff listening circle on harassment.', 'EDI Lead', 'Q4 2023/24', 'Metric 4 – Harassment'],
      ['WDES 4b', 'Promote reporting through the network.', 'Network Chair', 'Q2 2023/24', 'Metric 4 – Harassment'],
      ['WDES 8', 'Agree a central adjustments budget.', 'Director of Finance', 'Q1 2024/25', 'Metric 8 – Adjustments'],
      ['WDES 8', 'Launch the Health Passport.', 'Head of Wellbeing', 'Q4 2023/24', 'Metric 8 – Adjustments'],
    ]);
    expect(report.actions.map((a) => a.indicators)).toEqual([['4a'], ['4a', '9'], ['4b'], ['8'], ['8']]);
    expect(indicatorEvidence(report)?.column).toBe('A');
    expect(unmapped(report, 'Workstream')).toContain("each row's own are read from column A ('Tags')");
  });

  it("reads a 'Categories' column of tags as the indicators when it is the only column naming them", () => {
    const report = read([
      ['WRES plan 2022/23 (exported from Lists)'],
      ['Title', 'Categories', 'AssignedTo', 'DueDate'],
      ['Inclusion panel member on every Band 8a+ interview', 'Recruitment;WRES 2', 'Sophie Marchetti', 'Mar 2023'],
      ['Pre-formal decision checklist for disciplinaries', 'WRES 3', 'Kwame Asante', 'Oct 2022'],
      ['CPD funding monitored by ethnicity', 'Training;WRES 4', 'Helen Doyle', 'Feb 2023'],
      ['Board EDI objectives', 'Board;WRES 9', 'Trust Secretary', 'Mar 2023'],
    ]);
    expect(report.actions.map((a) => a.indicators)).toEqual([['2'], ['3'], ['4'], ['9']]);
    expect(indicatorEvidence(report)?.reason).toContain('4 of 4 cells name an indicator');
  });
});

describe('columns that do not group one another', () => {
  it('keeps the first column when both name the same indicators on every row', () => {
    const report = read([
      ['WRES action plan 2022/23'],
      ['Action', 'Bucket', 'Lead', 'Due', 'Labels'],
      ['Refresh self-declaration.', 'Indicator 1', 'Workforce Lead', 'Q3 2022/23', 'WRES 1'],
      ['Publish representation dashboards.', 'Indicator 1', 'Workforce Lead', 'Q4 2022/23', 'WRES 1'],
      ['Inclusion panel member at interview.', 'Indicator 2', 'Head of Resourcing', 'Q4 2022/23', 'WRES 2'],
    ]);
    expect(report.actions.map((a) => a.indicators)).toEqual([['1'], ['1'], ['2']]);
    expect(indicatorEvidence(report)?.column).toBe('B');
    expect(indicatorEvidence(report)?.reason).not.toContain("row's own");
  });

  it('keeps the first column when each tells apart rows the other puts together', () => {
    const report = read([
      ['WRES action plan 2022/23'],
      ['Action', 'Area', 'Lead', 'Due', 'Labels'],
      ['Refresh self-declaration.', 'Indicator 1', 'Workforce Lead', 'Q3 2022/23', 'WRES 1'],
      ['Publish representation dashboards.', 'Indicator 1', 'Workforce Lead', 'Q4 2022/23', 'WRES 9'],
      ['Inclusion panel member at interview.', 'Indicator 2', 'Head of Resourcing', 'Q4 2022/23', 'WRES 9'],
    ]);
    expect(indicatorEvidence(report)?.column).toBe('B');
    expect(unmapped(report, 'Labels')).not.toContain('groups of rows');
  });
});
