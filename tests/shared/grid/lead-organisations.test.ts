import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A system plan (an ICB's, a partnership's) names the ORGANISATIONS that lead each action ('Lead organisation(s)',
 * 'Lead agency'), and may add a column of the director who answers for it ('Accountable director', 'SRO').
 * The organisations do the work: they stay the lead, as a people column headed as the lead would, though their cells
 * ('NHS Lunemouth and Dales ICB', 'Harrowgate Community Trust') are no person's role. Shown by holdout53's lunemouth
 * under the layout property's addAccountableColumn.
 */
const AS_AT = new Date(Date.UTC(2024, 11, 7));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });
const leadReason = (report: ReturnType<typeof read>) => report.columnEvidence.find((e) => e.field === 'lead')?.reason;

describe('organisations headed as the lead do the work; the director beside them answers for it', () => {
  it("reads 'Lead organisation(s)' before an 'Accountable director'", () => {
    const report = read([
      ['Actions', 'Lead organisation(s)', 'Accountable director', 'By', 'WRES link'],
      ['Set and publish an ethnicity target for Band 8a and above', 'NHS Eastmoor ICB', 'Chief People Officer', 'September 2024', '1'],
      ['Share one set of inclusive recruitment standards across the system', 'NHS Eastmoor ICB\nEastmoor Teaching Hospitals NHS Trust', 'Chief Nurse', 'January 2025', '2'],
      ['Publish a system WRES summary with each trust side by side', 'NHS Eastmoor ICB\nEastmoor Community Trust', 'Chief People Officer', 'November 2024', 'All'],
    ]);
    expect(report.actions.map((a) => a.lead)).toEqual(['NHS Eastmoor ICB', 'NHS Eastmoor ICB\nEastmoor Teaching Hospitals NHS Trust', 'NHS Eastmoor ICB\nEastmoor Community Trust']);
    expect(report.columns.lead).toBe('B');
    expect(leadReason(report)).toMatch(/the one who does the work, while 'Accountable director' \(C\) answers for it$/);
  });

  it("reads 'Lead agency' after an 'SRO', in another order of columns", () => {
    const report = read([
      ['Ref', 'SRO', 'What the partnership will do', 'Target date', 'Lead agency'],
      ['P1', 'Director of Workforce', 'Run a shared positive action programme for disabled staff in Bands 5 to 7', 'Mar 2025', 'Harrowgate Community Trust'],
      ['P2', 'Chief Executive', 'Agree one reasonable adjustments passport for every partner', 'Dec 2024', 'Harrowgate Hospitals NHS Foundation Trust; Citizens Advice Harrowgate'],
      ['P3', 'Director of Workforce', 'Report disability pay gaps across the partnership each year', 'Jun 2025', 'Harrowgate and Vale ICB'],
    ]);
    expect(report.actions.map((a) => a.lead)).toEqual(['Harrowgate Community Trust', 'Harrowgate Hospitals NHS Foundation Trust; Citizens Advice Harrowgate', 'Harrowgate and Vale ICB']);
    expect(report.columns.lead).toBe('E');
    expect(leadReason(report)).toMatch(/the one who does the work, while 'SRO' \(B\) answers for it$/);
  });

  it('keeps the director as the lead when the organisations column is not headed as the lead', () => {
    const report = read([
      ['Action', 'Accountable director', 'Organisations involved', 'Timescale'],
      ['Set a target for BME representation at Band 8a and above', 'Director of Workforce', 'NHS Eastmoor ICB', 'Sep 2024'],
      ['Launch reciprocal mentoring for every partner board', 'Chief Executive', 'NHS Eastmoor ICB; Eastmoor Community Trust', 'Jan 2025'],
    ]);
    expect(report.actions.map((a) => a.lead)).toEqual(['Director of Workforce', 'Chief Executive']);
    expect(report.columns.lead).toBe('B');
  });
});
