import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * The figures' trend arrows beside the plan (holdout96 ravenstow, pennimoor): a 'Trend' column of '▲' / '▼' / '►' on a
 * one-page dashboard whose figures share the plan's rows, and a key to those arrows under the plan ('Trend arrows: red =
 * moved against BME staff, green = …'). The arrows are no status and their key is no key to the plan's statuses.
 */
const AS_AT = new Date(Date.UTC(2025, 2, 31));
const RED = '#FF0000';
const BLUE = '#0070C0';
const GREEN = '#00B050';

describe("the figures' trend arrows are no status, and their key no RAG key", () => {
  it("reads a dashboard's 'Trend' column beside the plan as no status: the plan has none", () => {
    const values: CellValue[][] = [
      ['Indicator', '2024', '2025', 'Trend', null, 'No.', 'What we will do', 'Lead', 'By'],
      ['1. BME staff at Band 8a and above', '11.0%', '12.4%', '▲', null, '1a', 'Set an 8a+ representation goal for each clinical group.', 'Chief People Officer', 'Jun 2025'],
      [null, null, null, null, null, '1b', 'Fund 20 places on the regional leadership programme for BME staff.', 'Head of Leadership', 'Nov 2025'],
      ['2. Relative likelihood of appointment from shortlisting', '1.44', '1.52', '▼', null, '2a', 'Make the panel’s scoring sheet mandatory on every appointment.', 'Head of Recruitment', 'Aug 2025'],
      ['5. Harassment from patients / public (BME)', '31.0%', '33.4%', '▼', null, '5a', 'Issue body-worn cameras to security officers.', 'Head of Security', 'Dec 2025'],
      ['7. Equal opportunities for career progression (BME)', '47.5%', '49.0%', '►', null, '7a', 'Publish every secondment opportunity on the intranet.', 'Director of Workforce', 'Jul 2025'],
      [],
      ['Trend: ▲ better for BME staff (green), ▼ worse (red), ► little change'],
    ];
    const report = checkPlan({ values }, { asAt: AS_AT });
    expect(report.actions.map((a) => a.ref)).toEqual(['1a', '1b', '2a', '5a', '7a']);
    expect(report.actions.map((a) => a.status)).toEqual(['', '', '', '', '']);
    expect(report.columns.status).toBeUndefined();
  });

  it("reads the plan's statuses by their own fills under a key to the figures' arrows ('Trend arrows: red = moved against …')", () => {
    const values: CellValue[][] = [
      ['No.', 'Action', 'Lead', 'Target date', 'Position at 30 Sep'],
      ['18/1', 'Extend diverse interview panels to community teams.', 'Head of Recruitment', 'Sep 2018', 'Complete'],
      ['18/2', 'Appoint a matron to lead post-incident support.', 'Head of Nursing', 'Dec 2018', 'At risk'],
      ['18/3', 'Review shortlisting data for Band 6 posts each quarter.', 'Workforce Information Manager', 'Quarterly', 'On track'],
      [],
      ['Trend arrows: red = moved against BME staff, green = moved in their favour, grey = little change.'],
    ];
    const fills = values.map((row, i) => row.map((_, c) => (c === 4 && i >= 1 && i <= 3 ? [BLUE, RED, GREEN][i - 1] : null)));
    const grid: Grid = { values, fills };
    const report = checkPlan(grid, { asAt: AS_AT });
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'red', 'green']);
  });
});
