import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A column saying how often ('Annual', 'Quarterly', 'Six-monthly'): a plan's monitoring arrangements ('Reported to |
 * Frequency' under 'Monitoring', holdout69 brackenholt) or a review cycle. It says how often progress is reported or the
 * work recurs, never how far an action has got: no status, though 'Ongoing' beside status words may be one.
 */
const AS_AT = new Date(Date.UTC(2017, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Action plan' }, { asAt: AS_AT });
const statuses = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.status]);
const told = (report: ReturnType<typeof read>) => report.issues.map((i) => i.message).filter((m) => m.includes('how often'));

describe('a column of frequencies is no status', () => {
  it("'Reported to | Frequency' after the timescale", () => {
    const report = read([
      ['No.', 'Action', 'Responsible', 'End', 'Reported to', 'Frequency'],
      ['1', 'Publish the share of BME staff in each pay band in the workforce report', 'Head of Workforce Planning', 'Oct 2016', 'Workforce Committee', 'Annual'],
      ['2', 'Review why white shortlisted applicants are more likely to be appointed', 'Head of Recruitment', 'Mar 2017', 'Workforce Committee', 'Six-monthly'],
      ['3', 'Train all recruiting managers in fair selection', 'Learning and Development Manager', 'Mar 2017', 'Education Board', 'Quarterly'],
      ['4', 'Check every disciplinary case involving a BME colleague with HR', 'Deputy Director of HR', 'Ongoing', 'Workforce Committee', 'Quarterly'],
    ]);
    expect(statuses(report)).toEqual([[2, ''], [3, ''], [4, ''], [5, '']]);
    expect(report.actions.map((a) => a.due.text)).toEqual(['Oct 2016', 'Mar 2017', 'Mar 2017', 'Ongoing']);
    expect(told(report)).toEqual([expect.stringContaining("\"Frequency\" is kept but not checked: its cells say how often")]);
  });

  it("a 'Review cycle' column first, beside the lead, words written another way", () => {
    const report = read([
      ['Review cycle', 'What we will do', 'Lead', 'Target date'],
      ['Monthly', 'Hold listening events for disabled staff working from home', 'Network Chair', '31/12/2016'],
      ['Bi-monthly', 'Add the disability question to the exit interview form', 'Head of Workforce Information', '31/03/2017'],
      ['Twice a year', 'Report reasonable adjustment request times to the People Committee', 'Head of Health and Wellbeing', '30/06/2017'],
      ['Annually', 'Refresh the guaranteed interview scheme guidance for panels', 'Resourcing Manager', '31/03/2017'],
    ]);
    expect(statuses(report)).toEqual([[2, ''], [3, ''], [4, ''], [5, '']]);
    expect(report.actions.map((a) => a.action)).toContain('Add the disability question to the exit interview form');
  });

  it("NEGATIVE: a status column holding 'Ongoing' beside status words stays the status", () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Due', 'Progress'],
      ['1', 'Run a development programme for BME staff at Bands 5–7', 'Head of Learning and Development', 'Mar 2018', 'Ongoing'],
      ['2', 'Add ethnicity to the succession plans for posts at Band 8b and above', 'Deputy Director of HR', 'Jan 2018', 'Achieved'],
      ['3', 'Include a BME panel member for all interviews for Band 7 and above', 'Divisional HR Business Partners', 'Mar 2018', 'Ongoing'],
      ['4', 'Launch a BME Staff Network with protected time for the chair', 'Director of Workforce', 'Feb 2018', 'Completed'],
    ]);
    expect(statuses(report)).toEqual([[2, 'Ongoing'], [3, 'Achieved'], [4, 'Ongoing'], [5, 'Completed']]);
  });

  it("NEGATIVE: a timescale column of frequencies is still the timescale", () => {
    const report = read([
      ['Action', 'Lead', 'Timescale', 'Status'],
      ['Publish the WRES figures on the website', 'Head of EDI', 'Annually', 'On track'],
      ['Report progress to the People Committee', 'Director of People', 'Quarterly', 'Completed'],
      ['Hold a listening event with the BME network', 'Network Chair', 'Six-monthly', 'In progress'],
    ]);
    expect(report.actions.map((a) => [a.due.text, a.status])).toEqual([['Annually', 'On track'], ['Quarterly', 'Completed'], ['Six-monthly', 'In progress']]);
  });
});
