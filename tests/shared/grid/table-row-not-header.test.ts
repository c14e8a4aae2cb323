/**
 * A ROW OF THE TABLE WHOSE WORDS HAPPEN TO HEAD COLUMNS (holdout56 fellbeck row 23): 'Actions' | 'Launch a disabled staff
 * network with an executive sponsor.' | 'Director of Workforce' | 'Oct 2019' names 'action' and 'lead' as a header does,
 * but it writes a date where the plan's header names its column ('By'): it gives an action's when, so it is a row of the
 * table, not a header repeated over the rows below (which were lost under it). A repeated header that writes no date
 * there stays a header (negative).
 *
 * And A BLOCK'S TITLE SPREAD ACROSS WHO AND WHEN: 'Metric 9' | 'Engagement and the voice of disabled staff' merged across
 * the lead's and the timescale's columns leaves no room for who or when: the block's heading, not an action, however
 * many words it has.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2020, 0, 1));
const read = (grid: Omit<Grid, 'sheetName'>) => checkPlan({ ...grid, sheetName: 'Plan' }, { asAt: AS_AT });
const rows = (report: PlanReport) => report.actions.map((a) => a.row);

describe('a row writing a date under the header\'s own label is a row of the table, not a header', () => {
  it('reads the action row whose lead and sentence hold header words, and the row under it (fellbeck-like blocks)', () => {
    const values: CellValue[][] = [
      ['Metric', 'Detail', 'Lead', 'By'],
      ['Metric 2', 'Shortlisting to appointment'],
      ['Actions', 'Add a disability briefing to the training for recruiting managers.', 'Recruitment Manager', 'Dec 2019'],
      ['', 'Review the nursing assessment day with two disabled nurses.', 'Deputy Director of Nursing', 'Feb 2020'],
      ['Metric 9', 'Engagement'],
      ['Actions', 'Launch a disabled staff network with an executive sponsor.', 'Director of Workforce', 'Oct 2019'],
      ['', 'Hold a listening event on the staff survey results with the new network.', 'Director of Workforce', 'Mar 2020'],
    ];
    const report = read({ values });
    expect(rows(report)).toEqual([3, 4, 6, 7]);
    const last = report.actions.find((a) => a.row === 7)!;
    expect(last.action).toMatch(/^Hold a listening event/);
    expect(last.due?.text).toBe('Mar 2020');
  });

  it('in another layout: a WRES plan, its labels worded otherwise, the executive a director of nursing', () => {
    const values: CellValue[][] = [
      ['Tarnside Community NHS Trust – WRES 2021/22'],
      [],
      ['Indicator', 'Summary', 'Lead', 'Date'],
      ['Indicator 5', 'Harassment from patients and the public'],
      ['Our findings', '31% of BME staff reported harassment from the public, against 24% of white staff.'],
      ['Our actions', 'Publicise how to report abuse from patients in every community base.', 'Health and Safety Manager', 'Nov 2021'],
      ['Indicator 7', 'Equal opportunities for career progression'],
      ['Our findings', 'BME nurses are less likely to believe the Trust offers equal opportunities.'],
      ['Our actions', 'Appoint an executive sponsor for the BME nurses\' development programme.', 'Director of Nursing', 'Sep 2021'],
      ['', 'Run two career clinics for BME nurses at Band 5 and 6.', 'Deputy Director of Nursing', 'Feb 2022'],
    ];
    // The headings are merged across the rest of the row, as a trust sets a block's title.
    const report = read({ values, merges: [{ top: 3, left: 1, bottom: 3, right: 3 }, { top: 6, left: 1, bottom: 6, right: 3 }] });
    expect(rows(report)).toEqual([6, 9, 10]);
    expect(report.actions.find((a) => a.row === 10)?.lead).toBe('Deputy Director of Nursing');
  });

  it('keeps a header repeated under a section (negative)', () => {
    const repeated = read({
      values: [
        ['Action', 'Lead', 'Timescale'],
        ['Recruitment'],
        ['Put a BME panel member on every Band 7 and above panel.', 'Head of Resourcing', 'Sep 2021'],
        ['Action', 'Lead', 'Timescale'],
        ['Audit disciplinary cases by ethnicity every quarter.', 'Employee Relations Lead', 'Dec 2021'],
      ],
    });
    expect(rows(repeated)).toEqual([3, 5]);
  });
});

describe("a block's title spread across the lead's and the timescale's columns is its heading", () => {
  it('reads a long metric title merged across lead and by as the block heading', () => {
    const values: CellValue[][] = [
      ['Metric', 'Detail', 'Lead', 'By'],
      ['Metric 4', 'Harassment, bullying or abuse'],
      ['Metric 4', 'Add disability to the respect and civility workshop for team leaders.', 'Head of OD', 'Jan 2020'],
      ['Metric 9', 'Engagement and the voice of disabled staff in the Trust'],
      ['Metric 9', 'Launch a disabled staff network with an executive sponsor.', 'Director of Workforce', 'Oct 2019'],
    ];
    const report = read({ values, merges: [{ top: 1, left: 1, bottom: 1, right: 3 }, { top: 3, left: 1, bottom: 3, right: 3 }] });
    expect(rows(report)).toEqual([3, 5]);
    expect(report.actions.find((a) => a.row === 5)?.indicators).toEqual(["9"]);
  });

  it('reads an indicator row written as an action, unmerged, as an action (negative)', () => {
    const values: CellValue[][] = [
      ['Indicator', 'Action', 'Lead', 'Due'],
      ['Indicator 2', 'Shortlisting panels to include a trained BME member', 'Head of Resourcing', 'Mar 2022'],
      ['Indicator 5', 'Managers trained in handling abuse from patients and the public', '', ''],
      ['Indicator 9', 'Board development programme on race equality for all members', 'Trust Secretary', 'Jun 2022'],
    ];
    expect(rows(read({ values }))).toEqual([2, 3, 4]);
  });
});
