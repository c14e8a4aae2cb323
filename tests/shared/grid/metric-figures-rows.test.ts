/**
 * A metric's heading row that gives the metric's figures for each group beside its title, under the plan's lead and
 * timescale columns ('Metric 4a – Harassment …' | 'Disabled 32.0%' | 'Non-disabled 24.6%'; holdout53 wendle): a heading
 * over the metric's actions, its title their theme, not an action — its figures are no lead and no timescale. An action
 * row whose lead and date are ordinary words stays an action, even if its text opens with a metric's name.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2025, 11, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });

describe("a metric's heading row with its groups' figures beside it", () => {
  it("reads 'Metric 4a – …' | 'Disabled 32.0%' | 'Non-disabled 24.6%' as the heading of the actions under it", () => {
    const report = read([
      ['Action', 'Lead', 'Due', 'Status'],
      ['Metric 4a – Harassment, bullying or abuse from managers', 'Disabled 32.0%', 'Non-disabled 24.6%', ''],
      ['Add disability to the conflict resolution training for every manager.', 'Head of OD', 'December 2025', 'On track'],
      ['Metric 9a – Staff engagement score', 'Disabled 6.7', 'Non-disabled 7.0', ''],
      ['Give the disability network chair two days a month of protected time.', 'Director of People', 'June 2025', 'Complete'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 5]);
    expect(report.actions.map((a) => a.theme)).toEqual(['Metric 4a – Harassment, bullying or abuse from managers', 'Metric 9a – Staff engagement score']);
    expect(report.actions.map((a) => a.indicator)).toEqual(['4a', '9a']);
    expect(report.issues.some((i) => /not a date we can track/.test(i.message))).toBe(false);
  });

  it("reads an 'Indicator 2:' row with BME / White figures under other columns, laid out otherwise", () => {
    const report = read([
      ['Ref', 'What we will do', 'Owner', 'By when', 'Progress'],
      ['', 'Indicator 2: Relative likelihood of appointment from shortlisting', 'BME 18%', 'White 27%', '1.50'],
      ['1', 'Put a trained diverse panel member on every Band 7 and above interview.', 'Recruitment Manager', 'Sep 2025', 'Panel pool of 40 trained'],
      ['2', 'Remove names from applications before shortlisting.', 'Head of Resourcing', 'Jun 2025', 'Live on TRAC'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4]);
    expect(report.actions.map((a) => a.indicator)).toEqual(['2', '2']);
  });

  it("keeps an action opening with a metric's name when its lead and date are words (negative)", () => {
    const report = read([
      ['Action', 'Lead', 'Due', 'Status'],
      ['Metric 4a – run listening events with disabled staff about harassment.', 'Head of EDI', 'March 2026', 'On track'],
      ['Publish the metric figures on the intranet.', 'Workforce Lead', 'Band 7 review 2025', 'Not started'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
  });
});
