import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A plan kept as a project plan (a Microsoft Project export's task table, a WBS typed in Excel): each row carries an
 * outline level — shown by the indent of the task's name (the cell's indent, or leading spaces), or by an 'Outline
 * Level' / 'WBS' column — and a row is a SUMMARY TASK when the row below it is deeper. A summary task rolls up its tasks
 * (its Start / Finish span theirs, it names no resource): it is a heading, its name the theme of the tasks directly
 * under it, and the project's own summary task over every task is the plan's title (naming the trust). Resource Names
 * carry Project's units ('Name[50%]') and join resources with a bare comma. Shown in three plans laid out differently,
 * and two ordinary plans it must leave alone.
 */
const D = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const read = (grid: Grid) => checkPlan(grid, { asAt: D(2023, 1, 31) });
const setAside = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe('a project plan with summary tasks', () => {
  it('reads a task list indented with leading spaces: summary tasks are themes, the project summary names the trust, units leave the lead', () => {
    const rows: CellValue[][] = [
      ['Task Name', 'Duration', 'Start', 'Finish', 'Resource Names'],
      ['Harwood Community Healthcare NHS Trust WDES Plan 2022/23', '250 days', D(2022, 4, 4), D(2023, 3, 24), null],
      ['   Phase A – Data and declaration', '120 days', D(2022, 4, 4), D(2022, 9, 16), null],
      ['      Run a disability declaration campaign on ESR self-service', '60 days', D(2022, 4, 4), D(2022, 6, 24), 'Workforce Information Lead[50%]'],
      ['      Publish metric 1 by division to the People Committee', '40 days', D(2022, 7, 25), D(2022, 9, 16), 'Head of People Analytics,Disability Network Chair'],
      ['   Phase B – Reasonable adjustments', '200 days', D(2022, 6, 6), D(2023, 3, 24), null],
      ['      Launch a reasonable adjustments passport for all staff', '90 days', D(2022, 6, 6), D(2022, 10, 7), 'Head of Wellbeing [25%]'],
      ['      Train line managers in agreeing adjustments', '120 days', D(2022, 10, 10), D(2023, 3, 24), 'OD Lead'],
    ];
    const report = read({ values: rows, sheetName: 'Task_Table1' });
    expect(report.actions.map((a) => [a.row, a.theme, a.lead, a.due.text])).toEqual([
      [4, 'Phase A – Data and declaration', 'Workforce Information Lead', '24/06/2022'],
      [5, 'Phase A – Data and declaration', 'Head of People Analytics, Disability Network Chair', '16/09/2022'],
      [7, 'Phase B – Reasonable adjustments', 'Head of Wellbeing', '07/10/2022'],
      [8, 'Phase B – Reasonable adjustments', 'OD Lead', '24/03/2023'],
    ]);
    expect(report.identity.trust).toEqual({ value: 'Harwood Community Healthcare NHS Trust', source: "the project's summary task (row 2)" });
    expect(setAside(report)).toEqual([
      expect.stringMatching(/^Row 2: .* is read as a project plan's summary task, not an action — the tasks below it \(rows 3–8\) are indented deeper \(column A\) and its dates span theirs.*the plan's title, no theme$/),
      expect.stringMatching(/^Row 3: "Phase A – Data and declaration" is read as a project plan's summary task, not an action — the tasks below it \(rows 4–5\) are indented deeper .*its name is their theme$/),
      expect.stringMatching(/^Row 6: "Phase B – Reasonable adjustments" is read as a project plan's summary task/),
    ]);
    // Each lead read from Resource Names says what was left off, and why.
    expect(report.actions[0].sources.lead?.why).toMatch(/read as 'Workforce Information Lead', without '\[50%\]' \(a project plan's resource units/);
    expect(report.actions[1].sources.lead?.why).toMatch(/resources joined by a bare comma set apart/);
    expect(report.actions[3].sources.lead?.why).toBeUndefined();
  });

  it("reads an 'Outline Level' column over cell indents, three levels deep: the middle level is the theme, a task back under the project has none", () => {
    const rows: CellValue[][] = [
      ['Outline Level', 'Task Name', 'WRES', 'Start', 'Finish', 'Resource Names', '% Complete'],
      [1, 'Saltmarsh University Hospitals NHS Foundation Trust – WRES action plan 2023/24', null, D(2023, 4, 3), D(2024, 3, 28), null, 0.4],
      [2, 'Recruitment', null, D(2023, 4, 3), D(2023, 12, 22), null, 0.6],
      [3, 'Put a trained panel member on every Band 8a+ interview', 'WRES 2', D(2023, 4, 3), D(2023, 9, 29), 'Head of Resourcing', 1],
      [3, 'Audit shortlisting by ethnicity each quarter', 'WRES 2', D(2023, 6, 1), D(2023, 12, 22), 'Recruitment Manager', 0.25],
      [2, 'Culture', null, D(2023, 5, 2), D(2024, 3, 28), null, 0.3],
      [3, 'Listening events', null, D(2023, 5, 2), D(2023, 11, 30), null, 0.5],
      [4, 'Hold a quarterly listening event with an executive present', 'WRES 8', D(2023, 5, 2), D(2023, 11, 30), 'Chief People Officer', 0.5],
      [3, 'Train Freedom to Speak Up champions on racist abuse', 'WRES 5, 6', D(2023, 9, 4), D(2024, 3, 28), 'FTSU Guardian', 0],
      [2, 'Report progress on the plan to the Board', 'All', D(2023, 10, 26), D(2023, 10, 26), 'Director of Workforce', 1],
    ];
    // The names are indented as Project indents them too: the column decides where both are given.
    const indents = rows.map((r, i) => r.map((_, c) => (c === 1 && i > 0 ? Number(r[0]) - 1 : null)));
    const report = read({ values: rows, indents, sheetName: 'Tasks' });
    expect(report.actions.map((a) => [a.row, a.theme ?? '', a.lead])).toEqual([
      [4, 'Recruitment', 'Head of Resourcing'],
      [5, 'Recruitment', 'Recruitment Manager'],
      [8, 'Listening events', 'Chief People Officer'],
      [9, 'Culture', 'FTSU Guardian'],
      [10, '', 'Director of Workforce'],
    ]);
    expect(report.identity.trust.value).toBe('Saltmarsh University Hospitals NHS Foundation Trust');
    expect(setAside(report).map((m) => m.slice(0, 7))).toEqual(['Row 2: ', 'Row 3: ', 'Row 6: ', 'Row 7: ']);
    expect(setAside(report)[1]).toMatch(/sit deeper in its 'Outline Level' \(column A\)/);
    // The level repeats down the rows: it names no task, so it is no ref, and the user is told why.
    expect(report.actions.every((a) => !a.ref)).toBe(true);
    expect(report.issues.filter((i) => i.rule === 'header-unmapped').map((i) => i.message)).toContainEqual(expect.stringMatching(/"Outline Level" is kept but not checked: its numbers give each task's outline level/));
  });

  it('reads a WBS typed in Excel with the cell indent only in the add-in: workstreams with no resource over their tasks', () => {
    const rows: CellValue[][] = [
      ['WBS', 'Task', 'Due', 'Owner', 'RAG'],
      ['1', 'Workstream 1: Data', null, null, null],
      ['1.1', 'Cleanse ethnicity records on ESR', 'Jun 2021', 'Workforce Information Manager', 'Green'],
      ['1.2', 'Publish band-by-ethnicity reports', 'Oct 2021', 'Workforce Information Manager', 'Amber'],
      ['2', 'Workstream 2: Progression', null, null, null],
      ['2.1', 'Run a second Stepping Up cohort', 'Mar 2022', 'OD Manager', 'Amber'],
      ['2.2', 'Reverse mentoring for executives', 'Feb 2022', 'Trust Secretary', 'Red'],
    ];
    const report = read({ values: rows });
    expect(report.actions.map((a) => [a.row, a.ref, a.theme])).toEqual([
      [3, '1.1', 'Workstream 1: Data'],
      [4, '1.2', 'Workstream 1: Data'],
      [6, '2.1', 'Workstream 2: Progression'],
      [7, '2.2', 'Workstream 2: Progression'],
    ]);
  });

  it('reads on under the header printed again at a page break: the tasks there keep their summary task', () => {
    const rows: CellValue[][] = [
      ['ID', 'Task Name', 'Finish', 'Resource Names'],
      [0, 'Brackwell Mental Health NHS Trust – WDES action plan 2021/22', D(2022, 3, 31), null],
      [1, 'Workstream 1: Declaration', D(2022, 3, 31), null],
      [2, 'Run a declaration campaign on ESR', D(2021, 9, 30), 'Workforce Information Lead'],
      [3, 'Workstream 2: Reasonable adjustments', D(2022, 3, 31), null],
      ['ID', 'Task Name', 'Finish', 'Resource Names'],
      [4, 'Launch a reasonable adjustments passport', D(2022, 3, 31), 'Head of Wellbeing'],
    ];
    const levels = [null, 0, 1, 2, 1, null, 2];
    const indents = rows.map((r, i) => r.map((_, c) => (c === 1 ? levels[i] : null)));
    const report = read({ values: rows, indents });
    expect(report.actions.map((a) => [a.row, a.theme])).toEqual([
      [4, 'Workstream 1: Declaration'],
      [7, 'Workstream 2: Reasonable adjustments'],
    ]);
    expect(report.identity.trust.value).toBe('Brackwell Mental Health NHS Trust');
  });

  it('leaves alone an ordinary plan whose actions happen to start with spaces', () => {
    const rows: CellValue[][] = [
      ['Action', 'Lead', 'Start', 'Due', 'Status'],
      [' Review the recruitment policy for bias', 'Head of HR', D(2021, 4, 1), D(2021, 9, 30), 'Complete'],
      ['    Run reverse mentoring for the executive team', 'Chief People Officer', D(2021, 6, 1), D(2022, 3, 31), 'On track'],
      ['  Publish the WRES data on the website', 'EDI Lead', D(2021, 7, 1), D(2021, 8, 31), 'Complete'],
      ['      Set up a BME staff network with protected time', 'EDI Lead', D(2021, 9, 1), D(2022, 1, 31), 'On track'],
    ];
    const report = read({ values: rows });
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4, 5]);
    expect(setAside(report)).toEqual([]);
    // Timescales in months are a plan's, not a project plan's days: 'Dec 2021' being the latest below is no roll-up.
    const months: CellValue[][] = [
      ['Action', 'Lead', 'Date', 'RAG Rating'],
      ['Although based on small numbers, the culture programme will look into early resolution', 'Culture Change Programme', 'Dec 2021', 'Amber'],
      ['   Report disciplinary cases by ethnicity through ESR', 'Head of Employee Relations', 'Dec 2021', 'Green'],
      ['   Train managers in difficult conversations', 'OD Lead', 'Sep 2021', 'Green'],
    ];
    expect(read({ values: months }).actions.map((a) => a.row)).toEqual([2, 3, 4]);
  });

  it("leaves alone a plan whose 'Ref' numbers its sub-actions 1, 1.1, 1.2, each an action of its own", () => {
    const rows: CellValue[][] = [
      ['Ref', 'Action', 'Lead', 'Due', 'RAG'],
      ['1', 'Publish the WRES report and action plan', 'EDI Lead', 'Sep 2022', 'Green'],
      ['1.1', '  Present the report to the People Committee', 'Director of Workforce', 'Jul 2022', 'Green'],
      ['1.2', '  Publish the report on the website', 'Communications Lead', 'Aug 2022', 'Amber'],
      ['2', 'Reverse mentoring for the Board', 'Chief Executive', 'Mar 2023', 'Amber'],
    ];
    const report = read({ values: rows });
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4, 5]);
  });
});
