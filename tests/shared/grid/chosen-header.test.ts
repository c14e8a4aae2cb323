import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, ColumnChoice } from '../../../shared/types';

/**
 * The user has the last word. A sheet whose header the reader does not know (a staff network's tracker headed in its
 * own words) gives no action; told which columns hold the action and the lead (by letter or by their labels), the
 * reader takes the first row naming and filling them, over an action's row, as the header, and reads the plan under it.
 */
const AS_AT = new Date(Date.UTC(2020, 2, 31));
const read = (values: CellValue[][], columns: ColumnChoice = {}) => checkPlan({ values, sheetName: 'Tracker' }, { asAt: AS_AT, columns });

const NETWORK_TRACKER: CellValue[][] = [
  ['BAME Staff Network – what the Trust agreed to do, 2019/20'],
  ['Kept by the network chair. Updated after each meeting.'],
  ['#', 'What we asked for (Network meeting, June 19)', 'What the Trust agreed', 'Who (Trust side)', 'By when', 'Network view'],
  ['1', 'BAME rep on every 8a+ interview panel', 'Train a pool of BAME panel members and use one on every 8a+ panel', 'Director of Workforce', 'October 2019', 'Done – partly'],
  ['2', 'Look at why BAME staff end up in disciplinaries more', 'Independent review of three years of disciplinary cases by ethnicity', 'Employee Relations lead', 'December 2019', 'Moving'],
  ['3', 'Stop acting-up jobs going to the same faces', 'Advertise every Band 6+ acting-up post on the intranet for ten days', 'HR Business Partners', 'September 2019', 'Done'],
];

const WARD_LIST: CellValue[][] = [
  ['Disability network asks and answers 2022/23'],
  [],
  ['Ask no.', 'The ask', 'What the Board said yes to', 'Answering for the Board', 'Looking for it'],
  ['A1', 'Quiet rooms on every site', 'Fit out a quiet room at each of the three main sites', 'Head of Estates', 'Mar 2023'],
  ['A2', 'Adjustments without a fight', 'Introduce a reasonable adjustments passport held by the staff member', 'Head of Occupational Health', 'Dec 2022'],
  ['A3', 'Managers who understand', 'Add disability awareness to the line manager essentials course', 'Head of Learning', 'Jan 2023'],
];

describe("the user's columns find a header the reader did not know", () => {
  it('reads the plan told the columns by letter as it reads it unasked', () => {
    // Since header15 the columns' contents find this header unasked (header-by-contents.test.ts); told the columns, the
    // reader reads the same rows, the action's column now the user's.
    expect(read(NETWORK_TRACKER).actions.map((a) => a.row)).toEqual([4, 5, 6]);
    const report = read(NETWORK_TRACKER, { action: 'C', lead: 'D', due: 'E' });
    expect(report.headerRows).toEqual([3]);
    expect(report.actions.map((a) => [a.row, a.lead, a.due.text])).toEqual([
      [4, 'Director of Workforce', 'October 2019'],
      [5, 'Employee Relations lead', 'December 2019'],
      [6, 'HR Business Partners', 'September 2019'],
    ]);
    expect(report.columnEvidence.find((e) => e.field === 'action')?.source).toBe('user');
  });

  it('reads the plan once told the columns by their labels', () => {
    expect(read(WARD_LIST).actions).toHaveLength(0);
    const report = read(WARD_LIST, { action: { label: 'What the Board said yes to' }, lead: { label: 'answering for the board' } });
    expect(report.headerRows).toEqual([3]);
    expect(report.actions.map((a) => a.action)).toEqual([
      'Fit out a quiet room at each of the three main sites',
      'Introduce a reasonable adjustments passport held by the staff member',
      'Add disability awareness to the line manager essentials course',
    ]);
    expect(report.actions.map((a) => a.lead)).toEqual(['Head of Estates', 'Head of Occupational Health', 'Head of Learning']);
  });

  it('takes no title row for the header when told one column only', () => {
    const merged: CellValue[][] = WARD_LIST.map((r, i) => (i < 2 ? [null, r[0] ?? null] : r));
    expect(read(merged, { action: 'B' }).headerRows).toEqual([]);
  });

  it("leaves a plan whose header the reader found as it was: the choice only sets the columns", () => {
    const plan: CellValue[][] = [
      ['WRES action plan 2019/20'],
      ['Reviewed by the People Committee', 'Quarterly', 'Chair'],
      ['Ref', 'Action', 'Lead', 'Timescale', 'Status'],
      ['1', 'Publish the workforce profile by ethnicity for every division', 'Head of Workforce Information', 'Sep 2019', 'Complete'],
      ['2', 'Put a trained BME assessor on every band 7+ interview panel', 'Head of Resourcing', 'Dec 2019', 'On track'],
    ];
    const report = read(plan, { action: 'B', lead: 'C' });
    expect(report.headerRows).toEqual([3]);
    expect(report.actions.map((a) => a.row)).toEqual([4, 5]);
  });
});
