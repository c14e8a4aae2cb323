import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A row giving a metric's data, labelled so ('Indicator 2 data – relative likelihood … 2023 1.62, 2024 1.48',
 * 'Metric 8 figures – 71.8% of disabled staff …'), under a theme heading naming no indicator (holdout66 ravensholme):
 * the metric's finding. It gives the actions under it their indicator; their theme stays the theme heading.
 */
const AS_AT = new Date(Date.UTC(2025, 0, 31));
const read = (values: CellValue[][], sheetName = 'WRES plan') => checkPlan({ values, sheetName }, { asAt: AS_AT });
const themes = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.theme]);

describe("a metric's data row under a theme heading", () => {
  it("'Indicator 9 data – …' in the action column, no colon", () => {
    const report = read([
      ['Ref', 'Action', 'WRES indicator', 'Lead', 'Target date', 'RAG'],
      ['Theme 3: Board and senior leadership'],
      ['', 'Indicator 9 data – BME Board voting members 7.7% against 24.3% of the workforce (gap -16.6 points)'],
      ['3.1', 'Use a search firm with a diverse longlist for the next two non-executive posts', '9', 'Trust Secretary', 'Nov 2024', 'Green'],
      ['3.2', 'Set each executive director a measurable race equality objective', '9', 'Chief Executive', 'Apr 2024', 'Green'],
    ]);
    expect(themes(report)).toEqual([[4, 'Theme 3: Board and senior leadership'], [5, 'Theme 3: Board and senior leadership']]);
    expect(report.issues.map((i) => i.message)).toContainEqual(expect.stringContaining("names metric 9 and states how it stands"));
  });

  it("'Metric 8 figures:' first in the row, a long measure's name before the colon, no indicator column", () => {
    const report = read([
      ['Action', 'Lead', 'By', 'Status'],
      ['Objective B – Adjustments without a fight'],
      ['Metric 8 figures – disabled staff saying their employer has made adequate adjustments to enable them to carry out their work: 2023 71.8%, 2024 74.0%'],
      ['Introduce a reasonable adjustments passport', 'Head of Occupational Health', 'Mar 2025', 'On track'],
      ['Train managers to agree adjustments within four weeks', 'Head of Learning', 'Jun 2025', 'Not started'],
    ], 'WDES plan');
    expect(report.actions.map((a) => [a.row, a.theme, a.indicators])).toEqual([
      [4, 'Objective B – Adjustments without a fight', ['8']],
      [5, 'Objective B – Adjustments without a fight', ['8']],
    ]);
  });

  it('NEGATIVE: a bare indicator title under a theme still heads its block', () => {
    const report = read([
      ['Action', 'Lead', 'By', 'Status'],
      ['Theme 1: Fair recruitment'],
      ['Indicator 2 – Relative likelihood of appointment from shortlisting'],
      ['Put a trained inclusion adviser on every Band 8a and above panel', 'Head of Resourcing', 'Jun 2024', 'On track'],
    ]);
    expect(report.actions.map((a) => [a.theme, a.indicators])).toEqual([['Indicator 2 – Relative likelihood of appointment from shortlisting', ['2']]]);
  });
});
