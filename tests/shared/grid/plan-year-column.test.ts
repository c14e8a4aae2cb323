/**
 * Last year's actions kept among this year's, row by row, told apart by a column of years ('Plan year': '2023-24' on
 * last year's rows, '2024-25' on this year's) beside the column that gives each action's timescale (holdout68
 * fernhill). A row of a year before the plan's is last year's action and its result ('Achieved', 'Not achieved –
 * carried forward'): set aside with why, even when carried forward. A three-year plan whose 'Year' column is the
 * timescale ('2024/25', '2025/26', '2026/27') keeps every row (negative).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2024, 11, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });
const setAside = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe("last year's rows among this year's, told apart by a column of years", () => {
  it("sets aside the '2023-24' rows of a 2024-25 plan under each metric, carried forward or not", () => {
    const report = read([
      ['Brookfield Primary Care Network – WDES action plan 2024-25, with last year\'s actions kept under each metric'],
      [],
      ['WDES metric', 'Plan year', 'Action', 'Who', 'When', 'Result / status'],
      ['Metric 1 – declaration', '2023-24', 'Add disability to every practice starter form.', 'Practice managers', 'Jun 2023', 'Achieved'],
      [null, '2024-25', 'Run a declaration week in every practice.', 'Network workforce lead', 'Oct 2024', 'Complete'],
      ['Metric 2 – shortlisting', '2023-24', 'Offer an interview to every disabled applicant meeting the criteria.', 'Practice managers', 'Sep 2023', 'Not achieved – carried forward'],
      [null, '2024-25', 'Put the guaranteed interview into the shared recruitment template.', 'HR adviser', 'Jul 2024', 'In progress'],
      ['Metric 7 – feeling valued', '2024-25', 'Hold a listening session for disabled staff.', 'Clinical director', 'Nov 2024', 'Not started'],
    ]);
    expect(report.actions.map((a) => [a.row, a.status])).toEqual([
      [5, 'Complete'],
      [7, 'In progress'],
      [8, 'Not started'],
    ]);
    expect(setAside(report).join('\n')).toMatch(/Row 6: .*is read as last year's action, not an action — B6 under 'Plan year' says 2023-24, a year before this plan's 2024\/25/);
  });

  it("sets aside the '2022/23' rows of a 2023/24 plan, the years in a column headed 'Year' beside a 'Target date' column", () => {
    const report = read([
      ['Kelmscott Community NHS Trust', null, null, null, null],
      ['WRES action plan 2023/24', null, null, null, null],
      ['Action', 'Lead', 'Target date', 'Year', 'Update'],
      ['Publish ethnicity by band each quarter.', 'Head of Workforce Information', '30/06/2022', '2022/23', 'Done – in the quarterly report.'],
      ['Add an inclusion adviser to every consultant panel.', 'Medical Director', '30/09/2023', '2023/24', 'In place since July.'],
      ['Offer career coaching to Band 5 BME staff.', 'Head of OD', '31/03/2024', '2023/24', '28 requests; 11 coached.'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([5, 6]);
    expect(setAside(report).join('\n')).toMatch(/Row 4: .*D4 under 'Year' says 2022\/23, a year before this plan's 2023\/24/);
  });

  it("keeps every row of a three-year plan whose 'Year' column is its timescale (negative)", () => {
    const report = read([
      ['Hollowmere NHS Trust – WRES action plan 2024/25 to 2026/27'],
      ['Action', 'Lead', 'Year', 'Status'],
      ['Publish ethnicity by band each quarter.', 'Head of Workforce Information', '2024/25', 'On track'],
      ['Add an inclusion adviser to every panel.', 'Medical Director', '2025/26', 'Not started'],
      ['Open a reverse mentoring scheme.', 'Director of People', '2026/27', 'Not started'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    expect(report.columns.due).toBe('C');
  });
});
