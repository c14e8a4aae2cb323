import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { countsDoneOfTotal } from '../../../shared/grid/counts-done-of-total';
import type { CellValue } from '../../../shared/types';

/**
 * A column counting items done of a total ('1/3', '0/2', '2/2': Planner's 'Completed Checklist Items', a tracker's
 * 'Milestones met') is no indicator column, though '1/3' reads like indicators 1 and 3: no indicator is 0, and no list
 * names one indicator twice. The plan's own indicator cells ('HIA 2;WRES 2' labels, a 'WRES indicator' column) are read.
 * Shown by holdout77 kestmoor (a Planner export whose checklist counts were read as its indicators).
 */
const AS_AT = new Date(Date.UTC(2026, 5, 20));
const read = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT });

describe('checklist counts are no indicators', () => {
  it("reads a Planner export's indicators from its labels, not its checklist counts", () => {
    const report = read([
      ['Plan name', 'Oakhurst Ambulance Service NHS Trust WRES plan 2026-27'],
      ['Export date', '19/06/2026'],
      [],
      ['Task ID', 'Task Name', 'Bucket Name', 'Progress', 'Priority', 'Assigned To', 'Created By', 'Start Date', 'Due Date', 'Completed Checklist Items', 'Checklist Items', 'Labels'],
      ['nV2l9AqTQ0aK3m8Y', 'Add a trained inclusion assessor to every Band 6 paramedic interview panel', 'Fair recruitment', 'In progress', 'Important', 'Dami Adeyemi', 'Joanne Pryce', '13/04/2026', '31/07/2026', '1/3', 'Recruit assessors;Train them;Go live', 'HIA 2;WRES 2'],
      ['Rk0pT7wJzE2uM5sL', 'Publish shortlisting-to-appointment rates by ethnicity for every recruitment campaign', 'Fair recruitment', 'Not started', 'Medium', 'Ruth Calloway', 'Joanne Pryce', '01/07/2026', '30/09/2026', '0/2', 'Build the report;First paper', 'HIA 2;WRES 2'],
      ['Ye4cW1nVbH8sK2oP', 'Open the aspiring team leader programme with 40% of places ring-fenced for ethnic minority staff', 'Fair recruitment', 'In progress', 'Important', 'Helen Marsh', 'Joanne Pryce', '01/05/2026', '31/10/2026', '1/4', 'Agree criteria;Advertise;Shortlist;Start', 'HIA 2;WRES 4;WRES 7'],
      ['Hb1xK6mPsF9wT3jG', 'Review all formal disciplinary cases opened in 2025/26 by ethnicity with staff side', 'Safe workplace', 'Completed', 'Medium', 'Ruth Calloway', 'Joanne Pryce', '14/04/2026', '31/05/2026', '2/2', 'Pull case list;Joint review', 'HIA 6;WRES 3'],
      ['Pz8kE2tNwA5cX1hM', 'Publish the trust’s first ethnicity pay gap figures with an action plan', 'Board and leadership', 'Not started', 'Medium', 'Tom Reaney', 'Joanne Pryce', '01/11/2026', '31/03/2027', '0/3', 'ESR extract;Analysis;Report', 'HIA 3'],
    ]);
    expect(report.actions.map((a) => a.indicators)).toEqual([['2'], ['2'], ['4', '7'], ['3'], []]);
    expect(report.columns.indicator).toBe('L');
  });

  it("keeps a tracker's 'Milestones met' column out of its indicators, read from its tags", () => {
    const report = read([
      ['WRES action plan 2024/25 – tracker'],
      ['Action', 'Owner', 'Due', 'Milestones met', 'Tags'],
      ['Publish representation dashboards for every division every quarter.', 'Workforce Lead', 'Q3 2024/25', '2/4', 'Data;WRES 1'],
      ['Put an inclusion panel member on every band 8a+ interview panel.', 'Head of Resourcing', 'Q4 2024/25', '0/3', 'Recruitment;WRES 2'],
      ['Review disciplinary cases for bias before any hearing goes ahead.', 'Head of Employee Relations', 'Q2 2024/25', '3/3', 'Fairness;WRES 3'],
      ['Run bystander training for every ward manager in medicine.', 'Head of OD', 'Q4 2024/25', '1/2', 'Culture;WRES 5;WRES 6'],
    ]);
    expect(report.actions.map((a) => a.indicators)).toEqual([['1'], ['2'], ['3'], ['5', '6']]);
    expect(report.columns.indicator).toBe('E');
  });

  it('tells counts from lists of indicators by a count starting at 0 or reaching its total', () => {
    expect(countsDoneOfTotal(['1/3', '0/2', '1/4', '2/2'])).toBe(true);
    expect(countsDoneOfTotal(['5/6', '1/9', '3/7'])).toBe(false);
    expect(countsDoneOfTotal(['6/5', '0/2', '1/1'])).toBe(false);
  });
});
