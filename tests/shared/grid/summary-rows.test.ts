import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * Counts written under (or in) a plan — "Total actions | 13", "Complete | 5", "Total | 11 actions" — are a summary of
 * the plan, never actions, wherever their cells fall (a label in the action column, a count under the timescale).
 */
const AS_AT = new Date(Date.UTC(2022, 1, 14));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });

describe('a summary of counts under the plan', () => {
  it('reads a tracker\'s "Summary" block (label under Action, count under Due date) as no actions', () => {
    const report = read([
      ['Ref', 'Metric', 'Action', 'Lead', 'Due date', 'Status'],
      ['WD01', 'WDES-M1', 'Run a declaration campaign with staff stories.', 'Head of Workforce Intelligence', '31/10/2021', 'Complete'],
      ['WD02', 'WDES-M2', 'Audit shortlisting of disabled applicants at Band 7 and above.', 'Head of Resourcing', '31/12/2021', 'Overdue'],
      ['WD03', 'WDES-M3', 'Change the capability policy to require Occupational Health advice.', 'Head of Employee Relations', '31/03/2022', 'In progress'],
      [],
      [null, null, 'Summary'],
      [null, null, 'Total actions', null, 3],
      [null, null, 'Complete', null, 1],
      [null, null, 'In progress', null, 1],
      [null, null, 'Overdue', null, 1],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
    const aside = report.issues.filter((i) => i.rule === 'row-set-aside');
    expect(aside.map((i) => i.row)).toEqual([7, 8, 9, 10]);
    expect(aside[0].message).toBe(`Row 7: "Total actions | 3" is read as a summary, not an action — 'Total actions' beside '3' is a count of the plan's actions`);
  });

  it('reads "Total | 11 actions" and "Actions overdue | 2" under a plan with the ref first', () => {
    const report = read([
      ['No.', 'Action', 'Lead', 'Timescale', 'RAG'],
      ['1', 'Use diverse interview panels for Band 7 and above', 'Head of Resourcing', 'Q3 2023/24', 'Green'],
      ['2', 'Publish the WRES data on the website', 'EDI Lead', 'Q2 2023/24', 'Amber'],
      [],
      ['Total', '11 actions'],
      ['Actions overdue', null, null, '2'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
  });
});

describe('rows that look like counts but are actions', () => {
  it('keeps "5 | Reverse mentoring" and "12 | Complete": the number is the row\'s own ref', () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Status'],
      ['4', 'Launch a coaching programme for BME staff', 'Head of OD', 'Complete'],
      ['5', 'Reverse mentoring'],
      ['12', null, null, 'Complete'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
  });
});
