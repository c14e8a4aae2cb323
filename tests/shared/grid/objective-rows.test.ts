import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * Objective rows in the action column over numbered sub-actions ("1 | Objective 1 – …" over 1.1, 1.2; "A | Objective
 * A – …" over A1…A4): the objective is no action, its text is the theme of the actions under it, and an action with
 * an empty indicator cell serves the objective's indicators. Each shape in small plans laid out differently.
 */
const AS_AT = new Date(Date.UTC(2021, 2, 31));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });
const setAside = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside');

describe('a numbered objective row over its numbered actions', () => {
  it('reads "1 | Objective 1 – …" over 1.1, 1.2 as their theme, with its indicators for an action that names none', () => {
    const report = read([
      ['Ashby NHS Trust – WRES action plan 2019/20'],
      [],
      ['No.', 'Objective / action', 'WRES indicator', 'Lead', 'Timescale', 'Status'],
      [1, 'Objective 1 – A Board and senior team that look like our workforce', '1, 9', null, null, null],
      ['1.1', 'Set a target for BME staff at Band 8a and above.', '1', 'Director of Workforce', 'Sep 2019', 'Complete'],
      ['1.2', 'Publish the ethnicity of each directorate by band every quarter.', null, 'Workforce Information Manager', 'Quarterly', 'Ongoing'],
      [2, 'Objective 2 – Fair treatment', '2, 3', null, null, null],
      ['2.1', 'Review every disciplinary case involving a BME member of staff before it goes to a hearing.', '3', 'Head of Employee Relations', 'From Oct 2019', 'Ongoing'],
      ['2.2', 'Hold career clinics for BME staff in Bands 2 to 6.', null, null, 'Spring 2020', null],
    ]);
    expect(report.actions.map((a) => [a.row, a.theme, a.indicators])).toEqual([
      [5, 'Objective 1 – A Board and senior team that look like our workforce', ['1']],
      [6, 'Objective 1 – A Board and senior team that look like our workforce', ['1', '9']],
      [8, 'Objective 2 – Fair treatment', ['3']],
      // '2.2' counts objectives, not indicators: the empty cell takes the objective's indicators, not indicator 2 alone.
      [9, 'Objective 2 – Fair treatment', ['2', '3']],
    ]);
    expect(setAside(report).map((i) => i.row)).toEqual([4, 7]);
    expect(setAside(report)[0].message).toMatch(/^Row 4: "Objective 1 – .*" is read as an objective, not an action — its number '1' heads .*'1\.1'/);
  });

  it('reads lettered objectives ("A" over A1…A3) whose row names an accountable director, with metrics by title', () => {
    const report = read([
      ['Lowfield Community NHS Trust – WDES action plan 2021/22'],
      ['Ref', 'Objective / Action', 'Metric', 'Accountable', 'Responsible', 'Deadline', 'Status'],
      ['A', 'Know our workforce: better declaration and data', 'Declaration and representation', 'Director of Workforce', null, null, null],
      ['A1', 'Run a declaration campaign through the staff bulletin.', null, 'Director of Workforce', 'Workforce Information Lead', '31-Oct-21', 'Complete'],
      ['A2', 'Collect disability information from Board members each year.', 'Board representation', 'Director of Workforce', 'Trust Secretary', '31-Mar-22', 'Not started'],
      ['B', 'Fair processes', 'Capability', 'Director of Workforce', null, null, null],
      ['B1', 'Record whether each capability case is about health or performance.', null, 'Director of Workforce', 'Employee Relations Adviser', '31-Dec-21', 'In progress'],
    ]);
    expect(report.actions.map((a) => [a.row, a.theme, a.indicators, a.lead])).toEqual([
      [4, 'Know our workforce: better declaration and data', ['1'], 'Workforce Information Lead'],
      [5, 'Know our workforce: better declaration and data', ['10'], 'Trust Secretary'],
      [7, 'Fair processes', ['3'], 'Employee Relations Adviser'],
    ]);
  });

  it('reads "Aim 1:" objectives naming their director and indicators, with no ref column, over actions that give their timescale', () => {
    const report = read([
      ['Action', 'Indicator', 'Lead', 'By when', 'Progress'],
      ['Aim 1: representation at senior levels', '1 & 9', 'Director of Workforce', null, null],
      ['Set a representation target for Bands 8a and above', null, 'Director of HR', 'Q3 2020/21', 'Agreed'],
      ['Report Board diversity in the annual report', '9', 'Trust Secretary', 'Jun 2021', null],
      ['Aim 2: a safe place to work', '5', 'Chief Nurse', null, null],
      ['Launch the zero tolerance pathway for racist abuse from patients', null, 'Head of Security', 'Q4 2020/21', 'Drafted'],
    ]);
    expect(report.actions.map((a) => [a.row, a.theme, a.indicators])).toEqual([
      [3, 'Aim 1: representation at senior levels', ['1', '9']],
      [4, 'Aim 1: representation at senior levels', ['9']],
      [6, 'Aim 2: a safe place to work', ['5']],
    ]);
    expect(setAside(report)[0].message).toMatch(/^Row 2: .* is read as an objective, not an action — it names itself an objective/);
  });
});

describe('rows that look like objectives but are actions', () => {
  it('keeps a numbered action that has its own timescale, and one whose number heads nothing', () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Due', 'Status'],
      ['1', 'Refresh the recruitment policy', 'Head of Resourcing', 'Mar 2021', 'Ongoing'],
      ['1.1', 'Consult the staff networks on the draft', 'EDI Lead', 'Dec 2020', 'Complete'],
      ['2', 'Set up a reverse mentoring scheme for the Executive Team', 'Chief People Officer', null, null],
      ['3', 'Report the WRES data to the Board', 'Director of Workforce', 'Sep 2021', null],
      ['10', 'Publish the plan on the website', 'Head of Communications', 'Oct 2021', null],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4, 5, 6]);
    expect(setAside(report)).toEqual([]);
  });
});
