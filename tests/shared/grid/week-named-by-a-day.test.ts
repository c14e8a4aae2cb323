import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A TIMESCALE GIVEN AS A WEEK NAMED BY ITS FIRST OR LAST DAY, as rotas and project plans write it: 'w/c 3 June 2024',
 * 'W/B 03/06/24', 'week commencing 3rd June 2024', 'w/e 14/06/24', 'week ending 14 June 2024'. Before, the
 * abbreviation made the whole cell "not a date we can track", and the action could never be shown overdue. The week
 * is the window: the seven days from the day it commences, or to the day it ends.
 */
const AS_AT = new Date(Date.UTC(2024, 5, 12));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, sheetName: 'Plan', ...more }, { asAt: AS_AT });
const windows = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.due.text, a.due.start, a.due.end, a.overdue]);
const unparsed = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'due-unparsed').map((i) => i.message);

describe('a week named by the day it starts or ends', () => {
  it("reads 'w/c' and 'w/b' weeks as the seven days from that day, overdue only once the week is over", () => {
    const report = read([
      ['Action', 'Lead', 'By when', 'Status'],
      ['Launch the reverse mentoring scheme at the leadership forum', 'Chief People Officer', 'w/c 3 June 2024', 'In progress'],
      ['Brief every recruiting manager on diverse interview panels', 'Head of Resourcing', 'W/B 10/06/24', 'In progress'],
      ['Publish the WRES report on the website', 'Head of EDI', 'week commencing 27th May 2024', 'In progress'],
    ]);
    expect(windows(report)).toEqual([
      [2, 'w/c 3 June 2024', '2024-06-03', '2024-06-09', true],
      [3, 'W/B 10/06/24', '2024-06-10', '2024-06-16', false],
      [4, 'week commencing 27th May 2024', '2024-05-27', '2024-06-02', true],
    ]);
    expect(unparsed(report)).toEqual([]);
  });

  it("reads 'w/e' and 'week ending' weeks as the seven days to that day, in a plan whose timescale is its last column", () => {
    const report = read([
      ['Workforce Race Equality Standard – action plan 2024/25'],
      [],
      ['Ref', 'WRES indicator', 'What we will do', 'Owner', 'Target week'],
      ['1', 'Indicator 2', 'Add an independent panel member to every band 8a interview', 'Head of Resourcing', 'w/e 14/06/24'],
      ['2', 'Indicator 5', 'Report abuse from patients by ethnicity to the People Committee', 'Head of Security', 'Week ending 7 June 2024'],
    ]);
    expect(windows(report)).toEqual([
      [4, 'w/e 14/06/24', '2024-06-08', '2024-06-14', false],
      [5, 'Week ending 7 June 2024', '2024-06-01', '2024-06-07', true],
    ]);
    expect(unparsed(report)).toEqual([]);
  });
});

describe('text that only looks so, read as before', () => {
  it("leaves a week with no day ('w/c TBC'), a sentence starting 'We' and a numbered week unread, asking for a date", () => {
    const report = read([
      ['Action', 'Lead', 'Due'],
      ['Launch the reverse mentoring scheme at the leadership forum', 'Chief People Officer', 'w/c TBC'],
      ['Brief every recruiting manager on diverse interview panels', 'Head of Resourcing', 'we aim for 3 June 2024'],
      ['Publish the WRES report on the website', 'Head of EDI', 'week 3'],
    ]);
    expect(report.actions.map((a) => [a.row, a.due.start, a.due.end])).toEqual([[2, null, null], [3, null, null], [4, null, null]]);
    expect(unparsed(report).map((m) => m.slice(0, 7))).toEqual(['Row 2: ', 'Row 3: ', 'Row 4: ']);
  });
});
