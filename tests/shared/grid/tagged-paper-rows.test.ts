/**
 * Rows a board or committee paper tags, in the ref or indicator column, with what kind of row they are — 'DATA' over the
 * indicator's figures, 'Data' beside a sentence of them, 'NOTE', 'APPX' pointing to an appendix, 'Recommendation' — among
 * the actions (holdout66 ashbyvale, stourmere, harrowdale): no lead, timescale or status, no work — set aside with why.
 * A tagged row saying what to do, or naming a lead and date, stays an action (negative).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2025, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'WRES plan' }, { asAt: AS_AT });
const setAside = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message).join('\n');

describe('rows a paper tags as data, notes, appendices or recommendations', () => {
  it("sets aside rows tagged 'DATA', 'NOTE' and 'APPX' in the ref column, figures beside them", () => {
    const report = read([
      ['Ref', 'Action', 'Indicator', 'Responsible', 'Due', 'Status'],
      ['DATA', 'Relative likelihood of entering the formal disciplinary process (BME : white)', 1.41, '', '', ''],
      ['A1', 'Introduce a pre-formal check by a trained panel for every proposed disciplinary case', '3', 'Head of Employee Relations', 'Sep 2025', 'Complete'],
      ['A2', 'Report disciplinary entry rates by ethnicity to the EDI Committee each quarter', '3', 'Workforce Intelligence Lead', 'Oct 2025', 'On track'],
      ['NOTE', 'A3 (bank staff data) is reported through the Temporary Staffing Board and is not repeated here.', '', '', '', ''],
      ['A4', 'Deliver the Active Bystander course to every inpatient ward team', '6', 'Associate Director of Nursing', 'Mar 2026', 'Delayed'],
      ['APPX', 'Appendix D: comments from the Race Equality Network on the mid-year position (separate paper).', '', '', '', ''],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 6]);
    expect(setAside(report)).toMatch(/Row 2: .*Ref cell A2 'DATA' says what the row is \(data\).*names no lead, timescale or status/);
    expect(setAside(report)).toMatch(/Row 5: .*'NOTE' says what the row is \(note\)/);
    expect(setAside(report)).toMatch(/Row 7: .*'APPX' says what the row is \(appx\)/);
  });

  it("sets aside 'Data' and 'Recommendation' rows labelled in the indicator column, in another layout", () => {
    const report = read([
      ['Indicator', 'Action', 'Lead officer', 'Completion', 'Status'],
      ['Indicator 2 – Appointment from shortlisting', '', '', '', ''],
      ['Data', 'White applicants were 1.83 times more likely to be appointed from shortlisting than BME applicants.', '', '', ''],
      ['', 'Require recruiting managers to complete fair recruitment training', 'Recruitment Manager', 'Mar 2018', 'Ongoing'],
      ['', 'Include a BME panel member for all interviews for Band 7 and above', 'HR Business Partners', 'Mar 2018', 'Ongoing'],
      ['Recommendation', 'The Board is asked to receive the WRES data and approve the action plan for publication.', '', '', ''],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([4, 5]);
    expect(setAside(report)).toMatch(/Row 3: .*Indicator cell A3 'Data' says what the row is \(data\)/);
    expect(setAside(report)).toMatch(/Row 6: .*'Recommendation' says what the row is \(recommendation\)/);
  });

  it('keeps a tagged row saying what to do, or naming a lead and a date (negative)', () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Due', 'Status'],
      ['1', 'Publish the WRES data and this plan on the website', 'EDI Lead', 'Oct 2024', 'Complete'],
      ['Evidence', 'Agree the baseline figures with the Race Equality Network', '', '', ''],
      ['Data', 'Quarterly dashboard of appointments by ethnicity for each division', 'Workforce Information Manager', 'Dec 2024', 'On track'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
    expect(setAside(report)).not.toMatch(/says what the row is/);
  });
});
