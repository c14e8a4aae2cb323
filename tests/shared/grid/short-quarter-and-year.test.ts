import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A TIMESCALE TYPED WITH THE SHORT FORMS PEOPLE USE: a quarter as 'Qtr 4', 'Qtr. 2 2024/25', 'QTR3 24/25' (as 'Q4' and
 * 'Quarter 4' were read), a year cut to two digits after an apostrophe behind a day ("31st March '25", as "Mar '25"
 * was read). Before, each was "not a date we can track" and the action could never be shown overdue.
 */
const AS_AT = new Date(Date.UTC(2025, 0, 15));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, sheetName: 'Plan', ...more }, { asAt: AS_AT });
const windows = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.due.text, a.due.start, a.due.end]);
const unparsed = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'due-unparsed').map((i) => i.message);

describe("a quarter written 'Qtr', a year after an apostrophe", () => {
  it("places 'Qtr 4' in the plan's year and reads 'Qtr. 2 2024/25' in its own", () => {
    const report = read([
      ['WRES action plan 2024/25'],
      [],
      ['Action', 'Lead', 'Timescale', 'Status'],
      ['Review shortlisting to ensure diverse panels for band 7 and above', 'Head of Resourcing', 'Qtr 4', 'In progress'],
      ['Launch reverse mentoring for the executive team', 'Chief People Officer', 'Qtr. 2 2024/25', 'In progress'],
      ['Deliver bullying and harassment training to all line managers', 'OD Lead', 'QTR3 24/25', 'In progress'],
    ]);
    expect(windows(report)).toEqual([
      [4, 'Qtr 4', '2025-01-01', '2025-03-31'],
      [5, 'Qtr. 2 2024/25', '2024-07-01', '2024-09-30'],
      [6, 'QTR3 24/25', '2024-10-01', '2024-12-31'],
    ]);
    expect(report.actions.map((a) => a.overdue)).toEqual([false, true, true]);
    expect(unparsed(report)).toEqual([]);
  });

  it("reads a day and month with the year after an apostrophe, the timescale column first", () => {
    const report = read([
      ['By', 'What we will do', 'Owner'],
      ["31st March '25", 'Publish the WDES report on the website', 'Head of EDI'],
      ["30 Nov '24", 'Set up a disabled staff network steering group', 'Network Chair'],
    ]);
    expect(windows(report)).toEqual([
      [2, "31st March '25", '2025-03-31', '2025-03-31'],
      [3, "30 Nov '24", '2024-11-30', '2024-11-30'],
    ]);
    expect(unparsed(report)).toEqual([]);
  });
});

describe('short forms that name no quarter or day, read as before', () => {
  it("leaves 'Qtr 5' and 'Qtr TBC' unread, asking for a date, and keeps 'Quarterly' ongoing", () => {
    const report = read([
      ['WRES action plan 2024/25'],
      ['Action', 'Lead', 'Timescale'],
      ['Review shortlisting to ensure diverse panels for band 7 and above', 'Head of Resourcing', 'Qtr 5'],
      ['Launch reverse mentoring for the executive team', 'Chief People Officer', 'Qtr TBC'],
      ['Report progress to the People Committee', 'Director of People', 'Quarterly'],
    ]);
    expect(report.actions.map((a) => [a.row, a.due.start, a.due.end, a.due.ongoing])).toEqual([[3, null, null, false], [4, null, null, false], [5, null, null, true]]);
  });
});
