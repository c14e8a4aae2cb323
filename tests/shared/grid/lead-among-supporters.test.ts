import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A lead cell naming the accountable lead beside those supporting it: one name marked '(L)' / '(lead)' among several,
 * or the lead on a first line with a 'supported by …' line under it. The lead is the marked name / the first line;
 * the lead's source says why. A cell naming several with none marked, or one line 'X, with support from Y', is kept.
 */
const AS_AT = new Date(Date.UTC(2025, 0, 31));
const read = (values: CellValue[][], sheetName = 'Plan') => checkPlan({ values, sheetName }, { asAt: AS_AT });

describe('a lead cell naming the lead among those supporting it', () => {
  it("reads the name marked '(L)' among initials", () => {
    const report = read([
      ['Fairholme NHS Trust – WDES action plan 2024/25 (the person marked (L) leads; the others support)'],
      ['Ref', 'Metric', 'Action', 'Owners', 'Deadline', 'Status'],
      ['F1', '1', 'Run a declaration campaign with the disability network across all sites.', 'AB, CD (L)', 'Sep 2024', 'Complete'],
      ['F2', '4a', 'Publish a route for reporting harassment by patients and the public.', 'EF (L)', 'Dec 2024', 'On track'],
      ['F3', '8', 'Make reasonable adjustments a standing item in every one-to-one.', 'GH (L); AB; EF', 'Mar 2025', 'Behind'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    expect(report.actions.map((a) => a.lead)).toEqual(['CD', 'EF', 'GH']);
    expect(report.actions[0].sources?.lead?.why).toBe("Lead: 'CD', the name marked '(L)' in 'AB, CD (L)' — the others support it");
  });

  it("reads the first line above a 'supported by' line, lead column before the action", () => {
    const report = read([
      ['Lead / support', 'Action', 'WRES indicator', 'By when', 'RAG'],
      ['Head of Recruitment\nsupported by Race Equality Network Chair', 'Put an ethnic minority panel member on every band 8a+ interview panel.', '2', 'Dec 2024', 'Green'],
      ['Director of People', 'Audit disciplinary cases by ethnicity and report the findings to the People Committee.', '3', 'Nov 2024', 'Amber'],
      ['Chief Nurse\nSupported by: Security Manager', 'Give ward staff a script for challenging racist abuse from patients.', '5', 'Mar 2025', 'Red'],
    ]);
    expect(report.actions.map((a) => a.lead)).toEqual(['Head of Recruitment', 'Director of People', 'Chief Nurse']);
    expect(report.actions[0].sources?.lead?.why).toBe("Lead: 'Head of Recruitment', the first line of the cell; 'supported by Race Equality Network Chair' names who supports the lead");
  });

  it('keeps a cell naming several with none marked, or support on the same line, as written (negative)', () => {
    const report = read([
      ['Action', 'Indicator', 'Lead', 'Due'],
      ['Put an ethnic minority panel member on every band 8a+ interview panel.', '2', 'Head of OD, Chief Nurse', 'Dec 2024'],
      ['Publish the ethnicity pay gap with an action for each division.', '1', 'Company Secretary, with support from Workforce Colleagues', 'Mar 2025'],
      ['Train managers in fair investigation of formal cases.', '3', 'Head of ER (L), HRBP (L)', 'Jun 2025'],
    ]);
    expect(report.actions.map((a) => a.lead)).toEqual(['Head of OD, Chief Nurse', 'Company Secretary, with support from Workforce Colleagues', 'Head of ER (L), HRBP (L)']);
  });
});
