/**
 * A board paper's figures row laid in the plan's own columns under each indicator: a label in the action column ('Our
 * figures', 'Position'), then the figures written with their years ('2022: 9.4%' under the lead column, '2023: 10.8%'
 * under the timescale) and the trend's arrow under the RAG column (holdout66 harrowdale). It looks like an action with a
 * lead and a date; it is the indicator's data — set aside with why. An action with a baseline and target written with
 * their years beside a lead stays an action (negative).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2024, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Annex A' }, { asAt: AS_AT });
const setAside = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message).join('\n');

describe('figures written with their years, in the plan\'s columns', () => {
  it("sets aside 'Our figures | 2022: 9.4% | 2023: 10.8% | ↑' under each indicator", () => {
    const report = read([
      ['WRES indicator', 'Action', 'Lead', 'By when', 'RAG'],
      ['Indicator 1: BME staff in Band 8a and above', '', '', '', ''],
      ['', 'Our figures', '2022: 9.4%', '2023: 10.8%', '↑'],
      ['', 'Set a target for BME representation at 8a and above for each directorate', 'Chief People Officer', 'Dec 2023', ''],
      ['Indicators 5 and 6: Harassment, bullying or abuse', '', '', '', ''],
      ['', 'Our figures', '2022: 24.9% / 21.0%', '2023: 26.3% / 19.4%', '↕'],
      ['', 'Introduce a civility and respect charter co-written with the Race Equality Network', 'Director of Corporate Affairs', 'Feb 2024', ''],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([4, 7]);
    expect(setAside(report)).toMatch(/Row 3: .*'Our figures' is followed only by figures \('2022: 9\.4%', '2023: 10\.8%', '↑'\)/);
    expect(setAside(report)).toMatch(/Row 6: .*followed only by figures/);
  });

  it('sets aside a position row with years = figures and an arrow, in another column order', () => {
    const report = read([
      ['Action', 'Owner', 'Deadline', 'Status', 'Metric'],
      ['Position this year', '2021/22 = 1.52', '2022/23 = 1.31', '↓', '2'],
      ['Remove names and personal details from applications at shortlisting', 'Recruitment Lead', 'Jan 2024', 'On track', '2'],
      ['Train every recruiting manager in inclusive shortlisting', 'Head of OD', 'Mar 2024', 'Not started', '2'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4]);
    expect(setAside(report)).toMatch(/Row 2: .*'Position this year' is followed only by figures/);
  });

  it('sets aside the figures row when the action column comes after the figures', () => {
    const report = read([
      ['Lead', 'By when', 'RAG', 'Action', 'WRES indicator'],
      ['2022: 1.74', '2023: 1.52', '↓', 'Our figures', ''],
      ['Recruitment Lead', 'Jan 2024', 'Green', 'Remove names and personal details from applications at shortlisting', '2'],
      ['Head of OD', 'Mar 2024', 'Amber', 'Train every recruiting manager in inclusive shortlisting', '2'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4]);
    expect(setAside(report)).toMatch(/Row 2: .*'Our figures' is followed only by figures \('2022: 1\.74', '2023: 1\.52', '↓'\)/);
  });

  it('keeps an action whose baseline and target carry their years, beside a lead (negative)', () => {
    const report = read([
      ['Action', 'Lead', 'Baseline', 'Target', 'Due'],
      ['Increase BME representation at Band 8a and above', 'Chief People Officer', '2022: 9.4%', '2025: 12%', 'Mar 2025'],
      ['Raise the share of BME staff on talent panels', 'Head of OD', '2022: 11%', '2024: 15%', 'Mar 2024'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
  });
});
