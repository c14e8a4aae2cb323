/**
 * An audit or assurance committee paper closes each group of actions with the level of assurance it gives ('Assurance
 * level for this metric' with 'Substantial', 'Limited' under the status column; holdout66 northmoor): a judgement on
 * the actions, not an action, and its level is no status — set aside with why. An action about assurance, with a lead
 * and a date, stays an action (negative).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2025, 8, 30));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'WDES 2025-26' }, { asAt: AS_AT });
const setAside = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message).join('\n');

describe("a paper's assurance level beside its actions", () => {
  it("sets aside 'Assurance level for this metric' with its level under the status column", () => {
    const report = read([
      ['Action ID', 'Action', 'Owner', 'Deadline', 'Status', 'Evidence / update'],
      ['Metric 1 – Workforce representation', '', '', '', '', ''],
      ['NM-01', 'Ask every new starter to complete the disability question at the health check', 'Head of Workforce Planning', '31/07/2025', 'Complete', 'Live since June.'],
      ['NM-02', 'Hold a declaration week in each operational area', 'Disability Network Chair', '30/11/2025', 'On track', 'Four of six areas booked.'],
      ['', 'Assurance level for this metric', '', '', 'Substantial', ''],
      ['Metric 4 – Harassment, bullying and abuse', '', '', '', '', ''],
      ['NM-03', 'Add a briefing on abuse of disabled crew members to the statutory refresher', 'Head of Education', '31/12/2025', 'Behind', 'Content drafted.'],
      ['', 'Assurance level for this metric', '', '', 'Limited', ''],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 7]);
    expect(setAside(report)).toMatch(/Row 5: .*gives the paper's assurance level \('Substantial'\).*names no lead or timescale/);
    expect(setAside(report)).toMatch(/Row 8: .*assurance level \('Limited'\)/);
  });

  it("sets aside a 'Level of assurance' row with its level in a RAG column placed first, and one with none", () => {
    const report = read([
      ['RAG', 'Ref', 'What we will do', 'Lead', 'By'],
      ['Green', '1', 'Publish the WDES data and this plan on the website', 'EDI Lead', 'Oct 2025'],
      ['Amber', '2', 'Set up reasonable adjustments passports for all staff', 'OH Manager', 'Feb 2026'],
      ['Reasonable', '', 'Level of assurance:', '', ''],
      ['', '', 'Overall assurance', '', ''],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
    expect(setAside(report)).toMatch(/Row 4: .*assurance level \('Reasonable'\)/);
  });

  it('keeps actions about assurance that name a lead and a date (negative)', () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Due', 'Status'],
      ['1', 'Assurance report on the WDES plan to the Audit Committee twice a year', 'Trust Secretary', 'Mar 2026', 'On track'],
      ['2', 'Assure the Board that every panel has a trained adviser', 'Head of Resourcing', 'Dec 2025', 'Not started'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
  });
});
