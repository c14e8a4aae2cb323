/**
 * A ROLLING plan kept on one sheet year after year under one header: its rows fall into year bands ('2020-21', '2021-22',
 * '2022-23 (current year)'), earlier years' actions kept (greyed, 'Closed' or 'C/F to 2022-23') under their own year's
 * band, and an action carried forward entered again in the current band (holdout36 thornwick). The plan is the current
 * year's: the bands of earlier years are set aside as earlier plans, each with why, and the plan's period is the current
 * band's, not the year its title says it began. A plan whose bands are the years of one multi-year plan (none calls
 * itself current), or whose band of an earlier year holds the actions carried into this one, is read whole as before.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2023, 2, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Rolling plan' }, { asAt: AS_AT });
const skipped = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'other-plan-skipped').map((i) => i.message);

describe('a rolling plan kept in year bands', () => {
  it("reads only the current year's band, sets the earlier years aside and takes the plan's period from the current band", () => {
    const report = read([
      ['Esk Vale Hospitals NHS Trust'],
      ['WRES rolling action plan (2020-21 onwards)'],
      ['Ref', 'WRES indicator', 'Action', 'Lead', 'Due', 'Status', 'Year-end note'],
      ['2020-21'],
      ['20.1', '2', 'Introduce a structured interview question bank for Band 5 and 6 posts.', 'Head of Resourcing', 'Dec-20', 'Closed', 'In use since November.'],
      ['20.2', '6', 'Run bystander sessions on two surgical wards.', 'Deputy Chief Nurse', 'Mar-21', 'C/F to 2021-22', 'One ward done.'],
      ['2021-22'],
      ['21.1', '6', 'Run bystander sessions on the remaining wards.', 'Deputy Chief Nurse', 'Dec-21', 'Closed', '64 staff attended.'],
      ['21.2', '7', 'Open the Aspiring Leaders programme to Band 4–6 staff.', 'Head of Leadership and OD', 'Mar-22', 'C/F to 2022-23', 'First cohort started.'],
      ['2022-23 (current year)'],
      ['CF 21.2', '7', 'Evaluate the first Aspiring Leaders cohort and run a second.', 'Head of Leadership and OD', new Date(Date.UTC(2023, 2, 31)), 'On track', 'Evaluation written up.'],
      ['22.1', '2', 'Put a trained inclusion ambassador on every Band 7+ panel.', 'Head of Resourcing', new Date(Date.UTC(2022, 11, 31)), 'At risk', '41 ambassadors trained.'],
      ['22.2', '4', 'Track uptake of non-mandatory training by ethnicity each quarter.', 'Head of Education', new Date(Date.UTC(2022, 9, 31)), 'Complete', 'First report in October.'],
      [],
      ['Status key (current year): On track = green; At risk = amber; Complete = blue'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([11, 12, 13]);
    expect(report.actions.every((a) => !a.theme)).toBe(true);
    expect(report.identity.period).toEqual({ value: '2022-23', source: "row 10's band '2022-23 (current year)', the current year of this rolling plan" });
    expect(skipped(report)).toEqual([
      "Rows 4–6 hold another plan (\"2020-21\") — set aside, not checked as this plan's actions: its rows are the actions of 2020-21, an earlier year of this rolling plan (the current year is 2022-23: row 10's band '2022-23 (current year)')",
      "Rows 7–9 hold another plan (\"2021-22\") — set aside, not checked as this plan's actions: its rows are the actions of 2021-22, an earlier year of this rolling plan (the current year is 2022-23: row 10's band '2022-23 (current year)')",
    ]);
  });

  it('sets aside earlier years kept under the current one, in a plan whose action comes first and whose bands say the year in other words', () => {
    const report = read([
      ['Action', 'Metric', 'Owner', 'By when', 'RAG'],
      ['Current year – 2023/24'],
      ['Guarantee an interview to disabled applicants who meet the essential criteria.', '2', 'Head of Resourcing', 'Sep-23', 'Green'],
      ['Set up a central reasonable adjustments budget.', '7', 'Director of Finance', 'Mar-24', 'Amber'],
      ['2022/23'],
      ['Run a declaration campaign on ESR.', '1', 'Workforce Information Lead', 'Dec-22', 'Complete'],
      ['Write a reasonable adjustments passport.', '6', 'Head of HR Operations', 'Mar-23', 'Complete'],
      ['2021/22'],
      ['Train Speak Up champions from the disability network.', '4', 'Freedom to Speak Up Guardian', 'Mar-22', 'Complete'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4]);
    expect(report.identity.period.value).toBe('2023-24');
    expect(skipped(report)).toEqual([
      expect.stringMatching(/^Rows 5–7 hold another plan \("2022\/23"\) — .*: its rows are the actions of 2022-23, an earlier year of this rolling plan \(the current year is 2023-24: row 2's band 'Current year – 2023\/24'\)$/),
      expect.stringMatching(/^Rows 8–9 hold another plan \("2021\/22"\) — .*actions of 2021-22, an earlier year/),
    ]);
  });

  it('reads every band of a multi-year plan whose bands are its years and none is called current (negative)', () => {
    const report = read([
      ['WRES action plan 2022-25'],
      ['Action', 'Indicator', 'Lead', 'Due', 'Status'],
      ['2022-23'],
      ['Publish shortlisting ratios by ethnicity every quarter.', '2', 'Head of Resourcing', 'Mar-23', 'Complete'],
      ['2023-24'],
      ['Open the leadership programme to Bands 4 to 6.', '7', 'Head of Leadership', 'Mar-24', 'In progress'],
      ['2024-25'],
      ['Set representation goals for Band 8a and above.', '1', 'Director of People', 'Mar-25', 'Not started'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([4, 6, 8]);
    expect(skipped(report)).toEqual([]);
    expect(report.identity.period.value).toBe('2022-25');
  });

  it("reads a band of actions carried forward from an earlier year beside the current year's (negative)", () => {
    const report = read([
      ['WRES action plan 2022-23'],
      ['Action', 'Indicator', 'Lead', 'Due', 'Status'],
      ['Carried forward from 2021-22'],
      ['Complete the review of disciplinary cases for consistency by ethnicity.', '3', 'Employee Relations Lead', 'Sep-22', 'Complete'],
      ['2022-23 (current year)'],
      ['Put a trained inclusion ambassador on every Band 7+ panel.', '2', 'Head of Resourcing', 'Dec-22', 'On track'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([4, 6]);
    expect(skipped(report)).toEqual([]);
  });
});
