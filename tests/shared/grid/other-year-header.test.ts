/**
 * Last year's plan kept below this year's under its own header, the header's action column naming that year ('2022/23
 * action'), with no plan title over it: a caption '+ 2022/23 actions and final outcomes (click + to expand)' over a
 * collapsed, hidden group (holdout68 lydford), or no caption at all. The block is another year's plan, set aside with
 * why: its rows (and their 'Achieved' outcomes) are no actions of this plan, hidden or shown. A second header naming
 * the plan's own year ('2023/24 action') is this plan's, its rows actions (negative).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2023, 10, 30));
const read = (grid: Grid) => checkPlan({ sheetName: 'Plan', ...grid }, { asAt: AS_AT });
const skipped = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'other-plan-skipped').map((i) => i.message);

describe("last year's plan below this year's, its header naming last year over the action", () => {
  it("sets aside a hidden group captioned '+ 2022/23 actions and final outcomes' under a 2023/24 plan", () => {
    const report = read({
      values: [
        ['Tarnbrook Orthopaedic NHS Trust'],
        ['WRES Action Plan 2023/24'],
        [],
        ['#', 'Indicator', 'Action', 'Lead', 'Target', 'RAG'],
        ['1', 'WRES 1', 'Build a BME talent pool for Band 6 posts and review it monthly.', 'Chief Nurse', 'Dec 2023', 'Amber'],
        ['2', 'WRES 2', 'Add an inclusion adviser to every consultant appointment panel.', 'Medical Director', 'Sep 2023', 'Green'],
        [],
        ['+ 2022/23 actions and final outcomes (click + at the left to expand)'],
        ['#', 'Indicator', '2022/23 action', 'Lead', 'Target', 'Outcome'],
        ['1', 'WRES 1', 'Publish workforce ethnicity by band each quarter.', 'Head of Workforce Information', 'Jun 2022', 'Achieved'],
        ['2', 'WRES 2', 'Hide names on applications for Band 7 posts.', 'Recruitment Manager', 'Sep 2022', 'Not achieved'],
      ],
      hiddenRows: [8, 9, 10],
    });
    expect(report.actions.map((a) => a.row)).toEqual([5, 6]);
    expect(skipped(report).join('\n')).toMatch(/^Rows 8–11 hold another plan \("\+ 2022\/23 actions and final outcomes.*its header names 2022\/23 over the action \('2022\/23 action'\), another year than this plan's 2023\/24$/);
  });

  it('sets aside a block with no caption whose header reads \'Action 2021-22 | Owner | Result\' under a 2022-23 plan', () => {
    const report = read({
      values: [
        ['Hexley Community NHS Trust – WDES action plan 2022-23'],
        ['Metric', 'What we will do', 'Owner', 'When', 'Status'],
        ['Metric 1', 'Run a declaration week on every site.', 'Workforce Systems Manager', 'Oct 2022', 'Complete'],
        ['Metric 8', 'Fund adjustments centrally.', 'Deputy Director of Finance', 'Jan 2023', 'On track'],
        [],
        ['Metric', 'Action 2021-22', 'Owner', 'When', 'Result'],
        ['Metric 2', 'Offer every disabled applicant who meets the criteria an interview.', 'Recruitment Manager', 'Sep 2021', 'Done'],
        ['Metric 4a', 'Share the zero-tolerance poster with every team.', 'Communications Lead', 'Jun 2021', 'Done'],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([3, 4]);
    expect(skipped(report).join('\n')).toMatch(/^Rows 6–8 hold another plan \("Action 2021-22"\).*another year than this plan's 2022\/23$/);
  });

  it("reads the rows under a second header naming the plan's own year as actions (negative)", () => {
    const report = read({
      values: [
        ['Hexley Community NHS Trust – WDES action plan 2022-23'],
        ['Metric', 'What we will do', 'Owner', 'When', 'Status'],
        ['Metric 1', 'Run a declaration week on every site.', 'Workforce Systems Manager', 'Oct 2022', 'Complete'],
        [],
        ['Metric', 'Action 2022-23 (added mid-year)', 'Owner', 'When', 'Status'],
        ['Metric 2', 'Offer every disabled applicant who meets the criteria an interview.', 'Recruitment Manager', 'Mar 2023', 'On track'],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([3, 6]);
    expect(skipped(report)).toEqual([]);
  });
});
