/**
 * A MULTI-YEAR PLAN'S MILESTONES BY YEAR WITH NO COMPLETION COLUMN (holdout87 marshcombe, saxby): one column a year,
 * each holding that year's step ('Year 1 – by March 2020 | Year 2 – by March 2021'; '2023/24 | 2024/25 | 2025/26' under
 * 'Milestones by year'). The action is due by the last year it has a step in, as the header writes that year: the
 * due was read from one year column's words ('Repeated trust-wide each autumn') or not at all. Where a column says
 * when the whole action is done ('Target completion'), that column stays the timescale (negative), and yearly figures
 * under 'Target by March 2023 | Target by March 2024' are no steps (negative).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2020, 0, 31));
const read = (grid: Omit<Grid, 'sheetName'>) => checkPlan({ ...grid, sheetName: 'Plan' }, { asAt: AS_AT });
const dues = (report: PlanReport) => report.actions.map((a) => a.due.text);

describe("a multi-year plan's milestones by year give the due", () => {
  it("reads the deadline of the last year holding a milestone ('Year 2 – by March 2021'), '—' being none", () => {
    const values: CellValue[][] = [
      ['Marshbrook Community NHS Trust – WDES two-year plan, August 2019'],
      [],
      ['WDES metric', 'Action', 'Lead', 'Year 1 – by March 2020', 'Year 2 – by March 2021', 'Measure of success'],
      ['Metric 1', 'Run a declaration campaign with the disability network.', 'Head of Workforce Information', 'Campaign run in two localities', 'Repeated trust-wide each autumn', 'Declaration rate of 6%'],
      ['Metric 2', 'Renew Disability Confident Employer status.', 'Recruitment Lead', 'Level 2 renewed', '—', 'Level 2 held'],
      ['Metric 5', 'Offer coaching to disabled staff applying for promotion.', 'OD Manager', '', 'Coaching offer published', 'Twelve staff coached'],
    ];
    const report = read({ values });
    expect(dues(report)).toEqual(['March 2021', 'March 2020', 'March 2021']);
    expect(report.actions[1].sources.due?.why).toMatch(/last year with a milestone/);
  });

  it("reads the year under 'Milestones by year' of the last milestone, 'Ongoing' counting as one", () => {
    const values: CellValue[][] = [
      ['Saxford Mental Health NHS Foundation Trust – WDES three-year action plan 2023 to 2026'],
      ['Ref', 'Action', 'Milestones by year', '', '', 'Delivery lead', 'Measure of success'],
      ['', '', '2023/24', '2024/25', '2025/26', '', ''],
      ['S1', 'Ask every member of staff to check their disability record at appraisal.', 'Prompt added to the appraisal form', 'Check in every appraisal', 'Ongoing', 'Head of Workforce Information', 'Declaration at 15%'],
      ['S2', 'Offer every disabled applicant who meets the criteria an interview.', 'Advert template changed', '', '', 'Recruitment Manager', 'Likelihood between 0.8 and 1.25'],
      ['S3', 'Pause formal capability on health grounds until occupational health has advised.', 'Policy wording agreed', 'First year of cases reviewed', '', 'Head of Employee Relations', 'Likelihood 1.25 or below'],
    ];
    const report = read({ values, merges: [{ top: 1, left: 2, bottom: 1, right: 4 }] });
    expect(dues(report)).toEqual(['2025/26', '2023/24', '2024/25']);
    // The steps are no progress: nothing has been reported yet.
    expect(report.actions.map((a) => a.progress ?? '')).toEqual(['', '', '']);
  });

  it("reads 'Milestone 2021/22 | Milestone 2022/23 | Milestone 2023/24' the same way", () => {
    const values: CellValue[][] = [
      ['Holmfield Ambulance Service NHS Trust – WRES plan 2021–2024'],
      ['No.', 'What we will do', 'Lead', 'Milestone 2021/22', 'Milestone 2022/23', 'Milestone 2023/24'],
      ['1', 'Put a BME assessor on every interview panel for band 7 and above.', 'Head of Recruitment', 'Assessor pool of 30 trained', 'Assessors on every panel', ''],
      ['2', 'Run a reverse mentoring scheme for the executive team.', 'Head of OD', 'First cohort matched', 'Second cohort', 'Scheme evaluated'],
    ];
    expect(dues(read({ values }))).toEqual(['2022/23', '2023/24']);
  });

  it("keeps 'Target completion' as the timescale beside yearly milestones (negative)", () => {
    const values: CellValue[][] = [
      ['Ref', 'Action', 'Lead', 'Year 1 (2016/17) milestone', 'Year 2 (2017/18) milestone', 'Target completion'],
      ['1', 'Train every recruiting manager in fair shortlisting.', 'Head of Resourcing', 'Half of managers trained', 'All managers trained', 'Mar 2018'],
      ['2', 'Publish the WRES report with the board papers.', 'EDI Lead', 'Report published', '—', 'Dec 2016'],
    ];
    expect(dues(read({ values }))).toEqual(['Mar 2018', 'Dec 2016']);
  });

  it("reads no due from yearly figures under 'Target by March 2023 | Target by March 2024' (negative)", () => {
    const values: CellValue[][] = [
      ['Action', 'Lead', 'Baseline', 'Target by March 2023', 'Target by March 2024'],
      ['Raise the share of BME staff at band 8a and above.', 'Director of People', '9%', '11%', '13%'],
      ['Close the gap in the likelihood of appointment from shortlisting.', 'Head of Resourcing', '1.74', '1.5', '1.25'],
    ];
    expect(dues(read({ values }))).not.toContain('March 2024');
  });
});
