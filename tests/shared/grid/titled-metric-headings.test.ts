import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { findDueInText } from '../../../shared/grid/find-due-in-text';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A metric's heading row that carries its own title ('Metric 1 – Representation across pay bands') is the theme of the
 * actions under it and names their metric, whatever else the row holds:
 *
 * - beside the heading, the metric's figures ('2020: 4.1% of staff declare a disability (3.3%)', holdout42 tarrowby) or
 *   a count of its actions in the status column ('2 actions', holdout44 thorncombe);
 * - in a plan kept as a document, a small table of the metric's figures ('' | 2023 | 2024 | Change) between the heading
 *   and 'What we will do next' (holdout43 caldermoor, after an ambulance trust's data report page).
 *
 * A bare label beside the metric's wording ('Indicator 1' | 'Percentage of staff …', samples/kmpt) still gives no theme,
 * and a subtotal's label ('Metric 1 Count' | 2) is no heading. A date after 'from' in an action's words says when the
 * work starts, not when it is due (caldermoor: 'Fund adjustments centrally from April 2024 so that …').
 */
const AS_AT = new Date(Date.UTC(2024, 11, 31));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });
const rows = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.theme, a.indicators]);

describe("a metric's titled heading beside its figures or its count", () => {
  it("reads 'Metric n – title' merged A:C beside its figures merged D:F as the theme and the metric", () => {
    const m = (top: number) => [{ top, left: 0, bottom: top, right: 2 }, { top, left: 3, bottom: top, right: 5 }];
    const report = read(
      [
        ['Tarnside Mental Health NHS Trust – WDES action plan 2021/22'],
        ['No.', 'Action', 'Evidence of impact', 'Lead', 'Target date', 'Progress'],
        ['Metric 2 – Appointment from shortlisting', '', '', '2021: non-disabled applicants 1.31 times more likely (1.29)'],
        ['1', 'Guarantee an interview to disabled applicants who meet the essential criteria.', 'Likelihood below 1.2.', 'Recruitment Manager', '30/11/2021', ''],
        ['Metric 8 – Reasonable adjustments', '', '', '2021: 71.0% say adequate adjustments were made (72.6%)'],
        ['2', 'Introduce a health passport with a central equipment fund.', 'Passports agreed.', 'Occupational Health Lead', '31/01/2022', 'Drafted'],
        ['3', 'Train managers in the adjustments policy.', 'Managers trained.', 'Head of OD', '31/03/2022', ''],
      ],
      { merges: [...m(2), ...m(4)] },
    );
    expect(rows(report)).toEqual([
      [4, 'Metric 2 – Appointment from shortlisting', ['2']],
      [6, 'Metric 8 – Reasonable adjustments', ['8']],
      [7, 'Metric 8 – Reasonable adjustments', ['8']],
    ]);
  });

  it("reads 'Indicators 5 and 6 – …' with '2 actions' in the status column as the theme and both indicators", () => {
    const report = read([
      ['No.', 'Action', 'Lead', 'Timescale', 'Status'],
      ['Indicator 2: Relative likelihood of white applicants being appointed from shortlisting', '', '', '', '1 action'],
      ['2.1', 'Put a recruitment inclusion guardian on Band 7 and above panels.', 'Head of Recruitment', 'Q3 2018/19', 'Slipped'],
      ['Indicators 5 and 6 – Harassment, bullying or abuse from patients, the public and staff', '', '', '', '2 actions'],
      ['5.1', 'Train ward staff to support colleagues after racist abuse from patients.', 'Associate Director of Nursing', 'Ongoing', 'On schedule'],
      ['6.1', 'Launch a respect campaign with staff side.', 'Head of OD', 'Q4 2018/19', 'Not started'],
    ]);
    const themed = 'Indicators 5 and 6 – Harassment, bullying or abuse from patients, the public and staff';
    expect(rows(report)).toEqual([
      [3, 'Indicator 2: Relative likelihood of white applicants being appointed from shortlisting', ['2']],
      [5, themed, ['5', '6']],
      [6, themed, ['5', '6']],
    ]);
    expect(report.actions.map((a) => a.status)).toEqual(['Slipped', 'On schedule', 'Not started']);
  });

  it("keeps a bare label beside the metric's wording as the indicator only, and a subtotal's 'Metric 1 Count' as no heading", () => {
    const report = read([
      ['Metric', 'No.', 'Action', 'Lead', 'Due', 'Status'],
      ['Indicator 1', '', 'Percentage of staff in each of the AfC bands 1-9 and VSM compared with the overall workforce'],
      ['Metric 1', '1', 'Add a disability question to the new-starter pack.', 'Workforce Information Manager', '31/07/2023', 'Complete'],
      ['Metric 1 Count', '', '1'],
      ['Metric 2', '2', 'Join the Disability Confident Leader scheme.', 'Head of Recruitment', '31/03/2024', 'On track'],
    ]);
    expect(report.actions.map((a) => [a.row, a.theme])).toEqual([[3, null], [5, null]]);
    expect(report.actions.map((a) => a.indicators)).toEqual([['1'], ['2']]);
  });
});

describe("a metric's heading over a small table of its figures, in a plan kept as a document", () => {
  it("gives the bullets under 'What we will do next' the heading above the figures as theme and metric", () => {
    const report = read([
      ['Harrowdale Ambulance Service NHS Trust – WDES data report 2023/24'],
      [],
      ['Metric 2: Relative likelihood of non-disabled applicants being appointed from shortlisting'],
      ['', '2023', '2024', 'Change'],
      ['Relative likelihood', '1.27', '1.19', '-0.08'],
      ['What we will do next'],
      ['• Make the guaranteed interview scheme part of every call handler recruitment day (by July 2024).'],
      ['• Name a contact for adjustments at interview in each area.'],
      [],
      ['Metric 6: Disabled colleagues feeling pressure from their manager to come to work when unwell'],
      ['', '2023', '2024', 'Change'],
      ['Disabled', '31.5%', '28.8%', '-2.7'],
      ['Non-disabled', '21.3%', '20.6%', '-0.7'],
      ['What we will do next'],
      ['• Review the attendance policy so that disability-related absence is recorded separately.'],
      ['• Fund adjustments centrally from April 2024 so that no station budget decides who gets equipment.'],
    ]);
    const m2 = 'Metric 2: Relative likelihood of non-disabled applicants being appointed from shortlisting';
    const m6 = 'Metric 6: Disabled colleagues feeling pressure from their manager to come to work when unwell';
    expect(rows(report)).toEqual([[7, m2, ['2']], [8, m2, ['2']], [15, m6, ['6']], [16, m6, ['6']]]);
    expect(report.actions.map((a) => a.due?.text ?? '')).toEqual(['July 2024', '', '', '']);
  });

  it('reads numbered actions under an indicator heading, its figures table laid out with the years first', () => {
    const report = read([
      ['Indicator 3 – Entry into the formal disciplinary process'],
      ['Year', 'BME', 'White'],
      ['2022', '2.40', '1.00'],
      ['2023', '1.65', '1.00'],
      ['Our actions'],
      ['1. Require a second manager to review every case before a formal investigation.'],
      ['2. Audit the year’s disciplinary cases with staff side colleagues.'],
    ]);
    const theme = 'Indicator 3 – Entry into the formal disciplinary process';
    expect(rows(report)).toEqual([[6, theme, ['3']], [7, theme, ['3']]]);
  });

  it('gives no theme where a paragraph parts the heading from the figures and the list', () => {
    const report = read([
      ['Our workforce'],
      ['We employ 4,200 people across the county, and this report sets out what our data shows and what we will do about it this year.'],
      ['', '2023', '2024'],
      ['Disabled staff', '5.2%', '6.4%'],
      ['Next steps'],
      ['• Run a declaration campaign with the staff network.'],
      ['• Publish the figures for each area twice a year.'],
    ]);
    expect(report.actions.map((a) => [a.row, a.theme ?? ''])).toEqual([[6, ''], [7, '']]);
  });
});

describe("a table of the year's measures under 'Key findings'", () => {
  it('gives the next steps no theme: the heading names no block of a metric (holdout25 ouseleigh)', () => {
    const report = read([
      ['Key findings'],
      ['Measure', 'BME', 'White'],
      ['Staff in the workforce', '9.6%', '86.1%'],
      ['Believe the trust provides equal opportunities for career progression', '79.5%', '88.2%'],
      ['Key next steps'],
      ['• Bring in de-biased shortlisting for all posts at Band 7 and above.'],
      ['• Publish the ethnicity pay gap for the first time.'],
    ]);
    expect(report.actions.map((a) => [a.row, a.theme ?? ''])).toEqual([[6, ''], [7, '']]);
  });
});

describe("findDueInText: a date after 'from' starts the work", () => {
  it.each([
    ['Fund adjustments centrally from April 2024 so that no budget decides', null],
    ['Run the sessions monthly starting October 2024', null],
    ['Fund adjustments centrally by April 2024', 'April 2024'],
  ])('%s → %s', (text, due) => {
    expect(findDueInText(text)).toBe(due);
  });
});
