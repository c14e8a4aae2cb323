/**
 * A REMARK ON THE ACTIONS LEFT STRAIGHT OVER THE HEADER PRINTED AGAIN at a page's top: 'Discussed at E&D Steering Group
 * 12/1/17 – BME staff network to be invited …' under an action, then the page's header. Between actions such a row is a
 * remark, no heading (remarks-on-actions.ts); over a header it had been taken for the heading of the block below, and a
 * second block with a heading made the line over the first header a heading too ('Submitted to E&D Steering Group,
 * September 2016' became every first action's theme: holdout41 elmstow under the stray-rows property). A remark heads no
 * block wherever it stands; a heading naming a subject over a header printed again still does.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2017, 2, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });

describe('a remark over a header printed again', () => {
  it("reads no theme from 'Discussed at … 12/1/17' over the header printed again, nor from the line over the first", () => {
    const header = ['WRES indicator', 'Issue identified', 'Action', 'Lead', 'Timescale', 'Comments'];
    const report = read([
      ['Elmside Mental Health NHS Foundation Trust'],
      ['Workforce Race Equality Standard – Action Plan 2016/17'],
      ['Submitted to E&D Steering Group, September 2016'],
      [],
      header,
      ['Indicator 2', 'White applicants more likely to be appointed from shortlisting.', 'Review shortlisting for Band 5 nursing posts with the recruitment team.', 'HR', 'Mar-17', 'Started'],
      ['Indicator 3', 'BME staff more likely to enter the disciplinary process.', 'Have a second HR adviser review every case before a formal investigation.', 'HR', 'End of year', null],
      ['Discussed at E&D Steering Group 12/1/17 – BME staff network to be invited to the next meeting.'],
      header,
      ['Indicator 4', 'Training records do not hold ethnicity.', 'Add ethnicity to the training records system.', 'L&D', 'Jun-17', null],
      ['Indicator 7', 'Fewer BME staff believe the trust gives equal opportunities.', 'Run a career development workshop for BME staff in each locality.', 'E&D lead', 'Mar-17', null],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([6, 7, 10, 11]);
    expect(report.actions.map((a) => a.theme)).toEqual([null, null, null, null]);
  });

  it("reads no theme from a signed comment ('Network chair (Sept 19): …') over the header of the next page", () => {
    const header = ['Action', 'Owner', 'By when', 'RAG'];
    const report = read([
      ['Barchester Ambulance Service – WDES plan 2019/20'],
      ['Agreed at the People Committee, July 2019'],
      header,
      ['Offer every disabled applicant who meets the essential criteria an interview.', 'Head of Resourcing', 'Sep 2019', 'Green'],
      ['Publish the reasonable adjustments passport on the intranet.', 'OH Manager', 'Oct 2019', 'Amber'],
      ['Network chair (Sept 19): members are willing to be assessors at recruitment days.'],
      header,
      ['Train recruiting managers in making adjustments at interview.', 'Head of OD', 'Dec 2019', 'Green'],
      ['Report disability declaration rates to the Board each quarter.', 'Workforce Information Manager', 'Mar 2020', 'Amber'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([4, 5, 8, 9]);
    expect(report.actions.map((a) => a.theme)).toEqual([null, null, null, null]);
  });

  it('still reads a heading naming a subject over a header as its block\'s theme', () => {
    const header = ['Action', 'Owner', 'By when', 'RAG'];
    const report = read([
      ['Barchester Ambulance Service – WDES plan 2019/20'],
      ['Theme A: Getting in and getting on'],
      header,
      ['Offer every disabled applicant who meets the essential criteria an interview.', 'Head of Resourcing', 'Sep 2019', 'Green'],
      ['Publish the reasonable adjustments passport on the intranet.', 'OH Manager', 'Oct 2019', 'Amber'],
      ['Theme B: Fair treatment at work'],
      header,
      ['Train recruiting managers in making adjustments at interview.', 'Head of OD', 'Dec 2019', 'Green'],
    ]);
    expect(report.actions.map((a) => a.theme)).toEqual(['Theme A: Getting in and getting on', 'Theme A: Getting in and getting on', 'Theme B: Fair treatment at work']);
  });
});
