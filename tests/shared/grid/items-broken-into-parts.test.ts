import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A plan under heading rows of its own ('Priority 1 – Fair recruitment (WRES indicators 1 and 2)') that lists numbered
 * items, some carrying their own lead and date, others a bare parent line ('1.1 Make shortlisting fairer …') broken into
 * indented parts ('1.1a', '1.1b') that carry them. The parent line reads as a summary task (its parts indented deeper,
 * it names no one where they do), but an action stands beside it at its own level ('1.2'): it is one of the plan's
 * items, not a heading, so every item and part keeps the heading row's theme and indicators (holdout67 stallingmere).
 * A summary task with no action beside it at its level stays the heading of its tasks (a project plan's workstream).
 */
const D = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const read = (grid: Grid) => checkPlan(grid, { asAt: D(2022, 1, 31) });

/** The cells' indents: the action column's cell indented once where its row is a part. */
const indented = (rows: CellValue[][], column: number, parts: readonly number[]) =>
  rows.map((r, i) => r.map((_, c) => (c === column && parts.includes(i) ? 1 : null)));

describe('items broken into parts under the plan’s own heading rows', () => {
  it('keeps the priority band as the theme and its indicators for the parts of an item, as for the items beside it', () => {
    const rows: CellValue[][] = [
      ['Ref', 'Action', 'Lead', 'Target date', 'Status', 'Update'],
      ['Priority 1 – Fair recruitment and progression (WRES indicators 1 and 2)', null, null, null, null, null],
      ['1.1', 'Make shortlisting fairer for applicants from ethnic minority backgrounds', null, null, null, null],
      ['1.1a', 'Remove names and places of education from shortlisting packs', 'Recruitment Lead', 'Jul-21', 'Achieved', 'Live on TRAC.'],
      ['1.1b', 'Check the shortlisting ratio for every Band 6+ vacancy each quarter', 'Workforce Analyst', 'Quarterly', 'On track', null],
      ['1.2', 'Launch a Stepping Up cohort of 15 places for Band 4–6 staff', 'Head of Learning and OD', 'Oct-21', 'Achieved', null],
      ['Priority 2 – Just culture (WRES indicator 3)', null, null, null, null, null],
      ['2.1', 'Bring in a pre-formal review for every proposed disciplinary case', null, null, null, null],
      ['2.1a', 'Train employee relations advisers to run the review', 'Employee Relations Manager', 'Aug-21', 'Achieved', null],
      ['2.1b', 'Have a senior manager outside the service sign off every case that goes ahead', 'Deputy Director of People', 'Oct-21', 'On track', null],
    ];
    const report = read({ values: rows, indents: indented(rows, 1, [3, 4, 8, 9]), sheetName: 'Action plan' });
    expect(report.actions.map((a) => [a.row, a.ref, a.theme, a.indicators.join(',')])).toEqual([
      [4, '1.1a', 'Priority 1 – Fair recruitment and progression (WRES indicators 1 and 2)', '1,2'],
      [5, '1.1b', 'Priority 1 – Fair recruitment and progression (WRES indicators 1 and 2)', '1,2'],
      [6, '1.2', 'Priority 1 – Fair recruitment and progression (WRES indicators 1 and 2)', '1,2'],
      [9, '2.1a', 'Priority 2 – Just culture (WRES indicator 3)', '3'],
      [10, '2.1b', 'Priority 2 – Just culture (WRES indicator 3)', '3'],
    ]);
    // The user is told why the parent line is no action and gives no theme.
    const why = report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);
    expect(why).toContainEqual(expect.stringMatching(/^Row 3: .*one of the plan's items broken into parts \(row 6 is an action at its level\), not a heading: its parts keep the theme of the heading above, 'Priority 1 – Fair recruitment/));
  });

  it('reads a WDES plan with objective bands and parts shown by leading spaces the same way', () => {
    const rows: CellValue[][] = [
      ['No.', 'What we will do', 'Metric', 'Owner', 'By when'],
      ['Objective A: Disabled staff get the adjustments they need', null, null, null, null],
      ['A1', 'Introduce a reasonable adjustments passport', null, null, null],
      ['A1.1', '   Agree the passport with the Disability Staff Network', 'Metric 9a', 'Head of Wellbeing', 'June 2024'],
      ['A1.2', '   Train line managers in using the passport', 'Metric 9a', 'OD Lead', 'September 2024'],
      ['A2', 'Set up a central adjustments budget', 'Metric 9a', 'Director of Finance', 'April 2024'],
      ['Objective B: Fair treatment in formal processes', null, null, null, null],
      ['B1', 'Review capability cases by disability each year', 'Metric 5', 'Head of Employee Relations', 'March 2025'],
      ['B2', 'Add an adjustments check to the capability procedure', null, null, null],
      ['B2.1', '   Redraft the procedure with the network', 'Metric 5', 'Head of Employee Relations', 'December 2024'],
      ['B2.2', '   Consult on it at the partnership forum', 'Metric 5', 'HR Policy Lead', 'February 2025'],
    ];
    const report = read({ values: rows, sheetName: 'WDES 2024-25' });
    expect(report.actions.map((a) => [a.row, a.ref, a.theme])).toEqual([
      [4, 'A1.1', 'Objective A: Disabled staff get the adjustments they need'],
      [5, 'A1.2', 'Objective A: Disabled staff get the adjustments they need'],
      [6, 'A2', 'Objective A: Disabled staff get the adjustments they need'],
      [8, 'B1', 'Objective B: Fair treatment in formal processes'],
      [10, 'B2.1', 'Objective B: Fair treatment in formal processes'],
      [11, 'B2.2', 'Objective B: Fair treatment in formal processes'],
    ]);
  });

  it('leaves summary tasks with no action beside them at their level as the headings of their tasks', () => {
    const rows: CellValue[][] = [
      ['Ref', 'Action', 'Lead', 'Target date', 'Status'],
      ['Priority 1 – Fair recruitment and progression', null, null, null, null],
      ['1', 'Workstream: shortlisting', null, null, null],
      ['1.1', 'Remove names and places of education from shortlisting packs', 'Recruitment Lead', 'Jul-21', 'Achieved'],
      ['1.2', 'Check the shortlisting ratio for every Band 6+ vacancy each quarter', 'Workforce Analyst', 'Quarterly', 'On track'],
      ['2', 'Workstream: development', null, null, null],
      ['2.1', 'Launch a Stepping Up cohort of 15 places for Band 4–6 staff', 'Head of Learning and OD', 'Oct-21', 'Achieved'],
      ['2.2', 'Offer every Band 5 nurse from an ethnic minority a career conversation', 'Deputy Chief Nurse', 'Dec-21', 'On track'],
    ];
    const report = read({ values: rows, indents: indented(rows, 1, [3, 4, 6, 7]), sheetName: 'Action plan' });
    expect(report.actions.map((a) => [a.row, a.theme])).toEqual([
      [4, 'Workstream: shortlisting'],
      [5, 'Workstream: shortlisting'],
      [7, 'Workstream: development'],
      [8, 'Workstream: development'],
    ]);
  });
});
