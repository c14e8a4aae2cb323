/**
 * ONE ACTION KEPT OVER A ROW PER YEAR of a multi-year plan (holdout87 wyvernbrook): the action's ref, metric, words and
 * lead merged down over two (or three) rows, each row giving its year ('2025/26', '2026/27'), that year's milestone, a
 * date it is due by and a status. The lower rows were read as actions of their own (7 other rows), and the 'Year'
 * column as the timescale. The year rows are the action's later years: one action, due by its LAST year's date, its
 * status this year's (the upper row's); the date, falling within each row's year, is the timescale, not the year.
 * Negatives: a row per staff group under a merged action, with its own lead, stays an action (holdout67 corvenhithe);
 * a plan whose only timescale is a column of years keeps it.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2025, 11, 31));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, sheetName: 'Plan', ...more }, { asAt: AS_AT });
const down = (c: number, top: number, bottom: number) => ({ top, left: c, bottom, right: c });
const rows = (report: PlanReport) => report.actions.map((a) => a.row);
const dues = (report: PlanReport) => report.actions.map((a) => a.due.text);

describe("a multi-year plan's row per year under one action", () => {
  it("reads one action per pair of year rows, due by the lower row's date, with the upper row's status", () => {
    const values: CellValue[][] = [
      ['Wyvernford Community Healthcare NHS Trust · WDES action plan 2025/26 – 2026/27'],
      [],
      ['Ref', 'Metric', 'Action', 'Lead', 'Year', 'Milestone', 'By', 'Status', 'How we will know'],
      ['W1', '1', 'Replace the equality monitoring questions in ESR self-service with plain wording.', 'Workforce Systems Manager', '2025/26', 'Wording changed', '31 Dec 2025', 'Complete', 'Declaration up to 9%'],
      [null, null, null, null, '2026/27', 'Declaration reaches 9%', '31 Mar 2027', 'Not yet due'],
      ['W2', '2', 'Train shortlisting managers in the guaranteed interview scheme.', 'Resourcing Lead', '2025/26', 'Check built into the system', '31 Mar 2026', 'On track', 'Likelihood between 0.8 and 1.25'],
      [null, null, null, null, '2026/27', 'Audit of a year of vacancies', '31 Dec 2026', 'Not yet due'],
      ['W3', '4a', 'Give lone workers in the community a flag for known risks.', 'Head of Community Nursing', '2025/26', 'Flag live', '31 Mar 2026', 'Some risk', 'Harassment below 25%'],
      [null, null, null, null, '2026/27', 'Flags reviewed with each team', '30 Sep 2026', 'Not yet due'],
    ];
    const merges = [0, 1, 2, 3, 8].flatMap((c) => [down(c, 3, 4), down(c, 5, 6), down(c, 7, 8)]);
    const report = read(values, { merges });
    expect(rows(report)).toEqual([4, 6, 8]);
    expect(dues(report)).toEqual(['31 Mar 2027', '31 Dec 2026', '30 Sep 2026']);
    expect(report.actions.map((a) => a.status)).toEqual(['Complete', 'On track', 'Some risk']);
    expect(report.actions[0].sources.due?.why).toMatch(/last year/);
  });

  it('reads three year rows under each action of a three-year plan, due by the third year\'s date', () => {
    const values: CellValue[][] = [
      ['Ref', 'Action', 'Lead', 'Plan year', 'Deliver by', 'Position'],
      ['1', 'Run a reverse mentoring scheme for the executive team.', 'Head of OD', '2024/25', 'Mar 2025', 'On track'],
      [null, null, null, '2025/26', 'Sep 2025', 'Not yet due'],
      [null, null, null, '2026/27', 'Jan 2027', 'Not yet due'],
      ['2', 'Put a BME assessor on every Band 7+ interview panel.', 'Head of Recruitment', '2024/25', 'Dec 2024', 'Complete'],
      [null, null, null, '2025/26', 'Dec 2025', 'Not yet due'],
      ['3', 'Publish shortlisting outcomes by ethnicity each quarter.', 'Workforce Information Manager', '2024/25', 'Jun 2024', 'Complete'],
      [null, null, null, '2025/26', 'Jun 2025', 'Not yet due'],
    ];
    const merges = [0, 1, 2].flatMap((c) => [down(c, 1, 3), down(c, 4, 5), down(c, 6, 7)]);
    const report = read(values, { merges });
    expect(rows(report)).toEqual([2, 5, 7]);
    expect(dues(report)).toEqual(['Jan 2027', 'Dec 2025', 'Jun 2025']);
  });

  it('keeps a row per staff group under a merged action, with its own lead, an action of its own (negative)', () => {
    const values: CellValue[][] = [
      ['Ref', 'WRES', 'Action', 'Staff group', 'Lead', 'Deadline', 'Status'],
      ['1', '2', 'Put a trained assessor on every interview panel', 'Non-medical', 'Head of Resourcing', 'Dec 2024', 'On track'],
      [null, null, null, 'Medical', 'Medical Director', 'Mar 2025', 'Delayed'],
    ];
    expect(rows(read(values, { merges: [0, 1, 2].map((c) => down(c, 1, 2)) }))).toEqual([2, 3]);
  });

  it("keeps a column of years as the timescale where it is the only one, one action a row (negative)", () => {
    const values: CellValue[][] = [
      ['Action', 'Lead', 'Year', 'Status'],
      ['Run a reverse mentoring scheme for the executive team.', 'Head of OD', '2024/25', 'On track'],
      ['Put a BME assessor on every Band 7+ interview panel.', 'Head of Recruitment', '2025/26', 'Not started'],
      ['Publish shortlisting outcomes by ethnicity each quarter.', 'Workforce Information Manager', '2026/27', 'Not started'],
    ];
    const report = read(values);
    expect(rows(report)).toEqual([2, 3, 4]);
    expect(dues(report)).toEqual(['2024/25', '2025/26', '2026/27']);
  });
});
