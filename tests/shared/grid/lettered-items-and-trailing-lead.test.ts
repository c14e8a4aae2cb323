import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * Plans typed in Word and pasted into a sheet: a list lettered as Word letters it ('a) …', '(b) …', 'c. …'), or
 * written with no marks at all, one short line a row that says what is done; and each item closing on who leads it and
 * by when, set off by dashes ('… – Head of Resourcing – March 2024') or in a bracket ('… (EDI Lead, Q3 2023/24)').
 * Before, a lettered or unmarked short line read as a heading (no full stop), so such a list gave "No action plan
 * found", and its leads and dates were not read. (Found trying small plans of shapes the corpus lacks.)
 */
const AS_AT = new Date(Date.UTC(2024, 2, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });
const seen = (values: CellValue[][]) => read(values).actions.map((a) => [a.row, a.action.slice(0, 12), a.lead, a.due.text]);

describe('lettered and unmarked items', () => {
  it("reads a list lettered 'a)' … 'd)' under 'Our actions', each with who and when after dashes", () => {
    expect(
      seen([
        ['Anytown NHS Trust – WRES action plan 2023/24'],
        [],
        ['Our actions'],
        ['a) Review the shortlisting process with the staff network – Head of Resourcing – March 2024'],
        ['b) Launch reverse mentoring – Director of People – June 2024'],
        ['c) Publish the WRES data to every division – EDI Lead – Q3 2023/24'],
        ['d) Hold a listening event for BME nurses – Q2 2024/25 – Chief Nurse'],
      ]),
    ).toEqual([
      [4, 'a) Review th', 'Head of Resourcing', 'March 2024'],
      [5, 'b) Launch re', 'Director of People', 'June 2024'],
      [6, 'c) Publish t', 'EDI Lead', 'Q3 2023/24'],
      [7, 'd) Hold a li', 'Chief Nurse', 'Q2 2024/25'],
    ]);
  });

  it("reads a WDES list lettered '(a)' with who and when in a closing bracket", () => {
    expect(
      seen([
        ['What we will do in 2024/25'],
        ['(a) Run a campaign on recording disability on ESR (Head of Workforce Information, December 2024)'],
        ['(b) Train managers in reasonable adjustments (Head of OD; March 2025).'],
        ['(c) Offer every disabled applicant a guaranteed interview (see appendix 2)'],
      ]),
    ).toEqual([
      [2, '(a) Run a ca', 'Head of Workforce Information', 'December 2024'],
      [3, '(b) Train ma', 'Head of OD', 'March 2025'],
      [4, '(c) Offer ev', '', ''],
    ]);
  });

  it('reads short unmarked lines that say what is done as items, a subject line over them as their theme', () => {
    const report = read([
      ['WRES action plan 2022/23'],
      ['Our actions'],
      ['Recruitment'],
      ['Review the shortlisting process'],
      ['Publish the interview panel data'],
      ['Launch reverse mentoring'],
    ]);
    expect(report.actions.map((a) => [a.row, a.action, a.theme])).toEqual([
      [4, 'Review the shortlisting process', 'Recruitment'],
      [5, 'Publish the interview panel data', 'Recruitment'],
      [6, 'Launch reverse mentoring', 'Recruitment'],
    ]);
  });

  it("leaves a dash inside the action's sentence, and a plan's own lead column, as they are", () => {
    expect(
      seen([
        ['Action', 'Lead', 'By'],
        ['Culture – a zero-tolerance approach to racism – Director of People – March 2024', 'Chief Executive', 'Jun 2024'],
        ['Recruitment – inclusive panels for every post at Band 7 and above', 'Head of Resourcing', 'Sep 2024'],
      ]),
    ).toEqual([
      [2, 'Culture – a ', 'Chief Executive', 'Jun 2024'],
      [3, 'Recruitment ', 'Head of Resourcing', 'Sep 2024'],
    ]);
    expect(
      seen([
        ['Action', 'Progress'],
        ['Culture – a zero-tolerance approach to racism across every ward', 'Posters up in 12 wards'],
        ['Recruitment – inclusive panels for every post at Band 7 and above', 'Panel pool of 40 trained'],
      ]),
    ).toEqual([
      [2, 'Culture – a ', '', ''],
      [3, 'Recruitment ', '', ''],
    ]);
  });
});
