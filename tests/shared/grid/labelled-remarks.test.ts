import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2021, 2, 31));
const read = (values: CellValue[][]) => checkPlan({ values, merges: [] }, { asAt: AS_AT });
const setAside = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.row);

// A remark on the action above on a row of its own, its action cell opening with a label naming what it is – a risk to
// delivery with its rating, an escalation, a benchmark – with none of the ref, lead and timescale the action fills
// (holdout74 tollerford, pebbleford, winterslade). No action, and nothing on it is the action's.
describe('a labelled remark under an action', () => {
  it("sets aside 'Risk to delivery: …' with its mitigation and rating, and leaves the action's progress and RAG alone", () => {
    const report = read([
      ['Metric', 'Action', 'Owner', 'Target date', 'Progress (Jan 2020)', 'RAG'],
      ['1', 'Run a declaration campaign asking staff to update their disability status.', 'Workforce Information Manager', 'Oct 2019', 'Campaign ran in October.', 'B'],
      ['4', 'Train team leaders to respond when a disabled colleague discloses.', 'Head of Nursing', 'Mar 2020', 'Session designed.', 'A'],
      [null, 'Risk to delivery: team leaders cannot be released during the winter pressures.', null, null, 'Mitigation: offer a 45-minute version at the team leader forum.', 'High'],
      ['5', 'Open the leadership programme to Band 4 and 5 staff.', 'Head of Learning & OD', 'Apr 2020', 'Two places taken.', 'G'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 5]);
    expect(report.actions[1].progress).toBe('Session designed.');
    expect(setAside(report)).toContain(4);
    expect(report.issues.find((i) => i.rule === 'row-set-aside' && i.row === 4)?.message).toMatch(/remarks on row 3's action under its label 'Risk to delivery'/);
  });

  it("sets aside an escalation and a benchmark carrying an indicator number", () => {
    const report = read([
      ['Ref', 'Indicator', 'Action', 'Lead', 'Due', 'Status', 'Update'],
      ['M8.1', '8', 'Set up a central reasonable adjustments fund.', 'Deputy Chief People Officer', 'Mar 2024', 'Behind', 'No budget yet.'],
      [null, null, 'ESCALATED to the People Committee, 14 November 2023: no budget has been found for the fund.', null, null, 'Escalated'],
      ['2', '1', 'Run a recruitment campaign for student paramedics.', 'Head of Resourcing', 'Mar 2021', 'Re-phased', 'Open days moved online.'],
      [null, '2', 'Benchmark (2020 WRES data): Trust 2.07 · ambulance trusts 1.61 · all NHS trusts 1.61.'],
      ['3', '2', 'Include a BME assessor at every paramedic assessment centre.', 'Head of Resourcing', 'Dec 2020', 'On track', '31 of 40 assessors trained.'],
    ]);
    expect(report.actions.map((a) => [a.row, a.status])).toEqual([[2, 'Behind'], [4, 'Re-phased'], [6, 'On track']]);
    expect(setAside(report)).toEqual(expect.arrayContaining([3, 5]));
  });

  it('keeps a labelled step that says what to do, and a row with a lead of its own', () => {
    const report = read([
      ['Ref', 'Indicator', 'Action', 'Lead', 'Due', 'Status'],
      ['1.1', '1', 'Publish the workforce profile by band.', 'Head of Workforce Information', 'Sep 2022', 'Complete'],
      [null, null, 'Phase 2: publish the profile for each division as well.'],
      ['1.2', '2', 'Review shortlisting in two divisions.', 'E&D Manager', 'Nov 2022', 'On track'],
      [null, null, 'Recruitment: a second review of shortlisting in the other divisions.', 'Recruitment Manager', null, 'Not started'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual(expect.arrayContaining([5]));
    expect(report.issues.filter((i) => i.rule === 'row-set-aside' && /remarks on row/.test(i.message))).toEqual([]);
  });
});
