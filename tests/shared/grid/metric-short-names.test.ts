import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A metric column holding each WDES metric's short name as a plan's own pages print it ('Engagement and staff voice',
 * 'Feeling valued by the organisation', 'Adequate adjustments': holdout69 staldric). 'Staff voice' is metric 9b's
 * subject, as 'voices' is: beside 'engagement' (9a's) it names all of metric 9, alone it names 9b.
 */
const AS_AT = new Date(Date.UTC(2020, 0, 15));
const read = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT });

describe("a WDES metric's short name: 'staff voice'", () => {
  it("reads 'Engagement and staff voice' as metric 9 in a 'Metric' column beside a repeated number column", () => {
    const report = read([
      ['Royal Tamar NHS Foundation Trust – WDES action plan 2019-20'],
      ['No.', 'Metric', 'What we will do', 'Executive lead', 'Complete'],
      ['7', 'Feeling valued by the organisation', 'Set up a disabled staff network with an executive sponsor.', 'Chief Executive', 'Dec 2019'],
      ['9', 'Engagement and staff voice', 'Report the engagement score for disabled staff to the People Committee twice a year.', 'Director of Workforce', 'Sep 2020'],
      ['8', 'Adequate adjustments', 'Produce a reasonable adjustments guide for managers.', 'Director of Workforce', 'Apr 2020'],
    ]);
    expect(report.actions.map((a) => a.indicators)).toEqual([['7'], ['9'], ['8']]);
  });

  it("reads 'Disabled staff voice' alone as 9b, in a metric column written after the action", () => {
    const report = read([
      ['Action', 'Lead', 'Due', 'WDES metric'],
      ['Give the disability network chair protected time each month.', 'Chief People Officer', 'Jun 2020', 'Disabled staff voice'],
      ['Run a reasonable adjustments passport for every new starter.', 'Head of Wellbeing', 'Sep 2020', 'Adequate adjustments'],
    ]);
    expect(report.actions.map((a) => a.indicators)).toEqual([['9b'], ['8']]);
  });

  it('leaves a WRES plan naming staff voice, and an action giving staff a voice beside a metric column, as before', () => {
    const wres = read([
      ['WRES action plan 2020/21'],
      ['Action', 'Lead', 'Due', 'Theme'],
      ['Hold listening events with the BME network on every site.', 'Head of OD', 'Mar 2021', 'Staff voice'],
      ['Add a BME panel member to every Band 8a interview.', 'Head of HR', 'Dec 2020', 'Recruitment'],
    ]);
    expect(wres.actions.map((a) => a.indicators)).toEqual([[], []]);
    const beside = read([
      ['WDES action plan 2020/21'],
      ['Metric', 'Action', 'Lead', 'Due'],
      ['Metric 3', 'Give staff a voice in every capability review panel.', 'Head of HR', 'Mar 2021'],
      ['Metric 8', 'Produce a reasonable adjustments guide.', 'Head of Wellbeing', 'Dec 2020'],
    ]);
    expect(beside.actions.map((a) => a.indicators)).toEqual([['3'], ['8']]);
  });
});
