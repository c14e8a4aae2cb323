import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid } from '../../../shared/types';

/**
 * Metrics as a plan typed in a hurry writes them (holdout94 drayfield, blewbury, cranmere, sennerton): the metric's 'M'
 * with a space before its number ('M 4', 'm 9a', 'M 4b'), a part in brackets ('Metric 4 (a)'), and a WDES plan whose
 * cross-reference column is headed by the other standard ('WRES link'). A user would see each action counted under its
 * metric in the coverage, and metric 10 (Board) covered — not "metric 10 has no action" on a plan whose last row is one.
 */
const asAt = new Date(Date.UTC(2026, 5, 1));
const rows: [string, string, string][] = [
  ['metric 1', '1', 'Add disability questions to the new starter app so staff can declare on day one.'],
  ['M 3', '3', 'Review the last three years of capability cases for disabled staff.'],
  ['Metric 4 (a)', '5', 'Add a disability option to the abuse from patients reporting form.'],
  ['M 4b', '6', 'Offer disability-aware mediation for disputes between colleagues.'],
  ['m 9a', '', 'Run a quarterly pulse for disabled staff and share what changed.'],
  ['Metric 10', '9', 'Name a Board member with lived experience as disability champion.'],
];
const plan = (linkHeader: string): Grid => ({
  values: [
    ['Cranwell Health and Care NHS Trust'],
    ['WDES plan 2026-27 – agreed at People & Culture Committee, May 2026'],
    ['Metric', linkHeader, 'Acton', 'Acton lead', 'Timescle', 'Status'],
    ...rows.map(([metric, link, action], i) => [metric, link, action, 'Head of Inclusion', `Q${(i % 4) + 1} 26/27`, 'planned']),
  ],
  sheetName: 'WDES',
});

describe('metrics typed in a hurry, in a WDES plan with a WRES link column', () => {
  it('is read as the WDES plan its title says, not as a WRES plan because a header mentions WRES', () => {
    expect(checkPlan(plan('WRES link'), { asAt }).standard).toBe('WDES');
  });

  it("reads 'M 3', 'Metric 4 (a)', 'M 4b', 'm 9a' and 'Metric 10' as the metrics they name, never the WRES link's numbers", () => {
    for (const header of ['WRES link', 'Link to WRES indicator', 'Also supports (WRES)']) {
      const report = checkPlan(plan(header), { asAt });
      expect(report.actions.map((a) => a.indicators), header).toEqual([['1'], ['3'], ['4a'], ['4b'], ['9a'], ['10']]);
    }
  });

  it('counts metric 10 as covered', () => {
    const report = checkPlan(plan('WRES link'), { asAt });
    expect(report.issues.filter((i) => /metric 10 has no action/i.test(i.message))).toEqual([]);
  });
});
