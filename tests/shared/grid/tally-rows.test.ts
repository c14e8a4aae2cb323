/**
 * A tally line under a tracker: labels each followed by a count across the row ('count | 10 | complete | 2 | overdue | 1 |
 * avg % | 44%', holdout32 marshbrook's grey formula line), in whichever columns. It summarises the plan's actions and is
 * never one: set aside with the counts it gives. A row of figures that is no tally (an action's label and numbers) stays.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2023, 10, 30));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Tracker' }, { asAt: AS_AT });
const setAside = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

const ACTIONS: CellValue[][] = [
  ['W-01', '2', 'Put a trained inclusion panel member on every interview panel for Band 7 and above.', 'Head of Resourcing', '29/09/2023', 'Complete', '100%', '', 'Q2 23/24', 'All Band 7+ panels had a trained member.'],
  ['W-02', '1', 'Publish ethnicity representation goals for Bands 8a to VSM.', 'Director of People', '15/12/2023', 'In progress', '60%', 31, 'Q3 23/24', 'Goals drafted.'],
  ['W-03', '5', 'Launch a speak-up route for racist abuse from patients.', 'Head of Patient Experience', '31/10/2023', 'Overdue', '0%', -14, 'Q3 23/24', ''],
];

describe('a tally line of labels and counts', () => {
  it("sets aside 'count | 3 | complete | 1 | overdue | 1 | avg % | 53%' under the action and lead columns", () => {
    const report = read([
      ['WRES action tracker 2023/24'],
      ['ID', 'Ind', 'Action', 'Owner', 'Due', 'Status', '% done', 'Days left', 'Due qtr', 'Latest update'],
      ...ACTIONS,
      [],
      ['', '', 'count', '3', 'complete', '1', 'overdue', '1', 'avg %', '53%'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    expect(setAside(report).join('\n')).toMatch(/Row 7: .*tallies the plan's actions, a count beside each label \('count' 3, 'complete' 1, 'overdue' 1, 'avg %' 53%\)/);
  });

  it("sets aside 'Open | 2 | Closed | 1' starting in the first column", () => {
    const report = read([
      ['WRES action tracker 2023/24'],
      ['ID', 'Ind', 'Action', 'Owner', 'Due', 'Status', '% done', 'Days left', 'Due qtr', 'Latest update'],
      ...ACTIONS,
      ['Open', '2', 'Closed', '1'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    expect(setAside(report).join('\n')).toMatch(/Row 6: .*tallies the plan's actions/);
  });

  it('keeps an action whose cells alternate words and numbers but are no counts as an action (negative)', () => {
    const report = read([
      ['WRES action tracker 2023/24'],
      ['ID', 'Ind', 'Action', 'Owner', 'Due', 'Status', '% done', 'Days left', 'Due qtr', 'Latest update'],
      ...ACTIONS,
      ['W-04', '4', 'Fund CPD for BME nurses at Band 5', 'Head of Education', '31/01/2024', 'Not started', '0%', 62, 'Q4 23/24', ''],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5, 6]);
  });
});
