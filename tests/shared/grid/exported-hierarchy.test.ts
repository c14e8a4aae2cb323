import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A plan kept in a work-management tool and exported keeps the tool's hierarchy: a parent row (a Jira epic, a Smartsheet
 * priority row, an Azure DevOps feature) over its children, the actions. The parent is a heading and their theme, never
 * an action, even where it carries an owner, a status, dates and labels of its own — told by its children naming it in a
 * parent column ('Parent summary'), or, indented over them, by leaving empty the status or indicator each of them gives.
 * The tool's baseline date is the date first set: the plan's own date beside it ('Target Date') is the due.
 */
const D = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const read = (grid: Grid) => checkPlan(grid, { asAt: D(2023, 1, 31) });
const setAside = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe('a parent row in an exported hierarchy is a heading, its children the actions', () => {
  it("sets aside Jira epics sorted among their tasks, each named by its tasks' 'Parent summary', and reads the labels' indicators", () => {
    const report = read({ values: [
      ['Issue Type', 'Key', 'Summary', 'Assignee', 'Status', 'Due date', 'Labels', 'Parent summary'],
      ['Epic', 'EDI-101', 'Priority 1: Fair recruitment and progression', 'Oduya, Samuel', 'In Progress', '31/Mar/23', 'WRES_Ind2 WRES_Ind7', null],
      ['Task', 'EDI-102', 'Introduce inclusive recruitment champions on all Band 7+ interview panels', 'Khatun, Rehana', 'In Progress', '31/Jan/23', 'WRES_Ind2', 'Priority 1: Fair recruitment and progression'],
      ['Task', 'EDI-103', 'Publish shortlisting-to-appointment likelihood by division every six months', 'Pemberton, Lucy', 'Done', '30/Sep/22', 'WRES_Ind2', 'Priority 1: Fair recruitment and progression'],
      ['Epic', 'EDI-104', 'Priority 2: Fair treatment and safety at work', 'Marchetti, Paul', 'In Progress', '31/Mar/23', 'WRES_Ind5 WRES_Ind6', null],
      ['Task', 'EDI-105', 'Train all ward managers in bystander intervention', 'Ellison, Grace', 'In Progress', '31/Mar/23', 'WRES_Ind5 WRES_Ind6', 'Priority 2: Fair treatment and safety at work'],
      ['Task', 'EDI-106', 'Open the development programme to BME staff at Bands 5 and 6', 'Oduya, Samuel', 'To Do', '28/Feb/23', 'WRES_Ind7', 'Priority 1: Fair recruitment and progression'],
    ], sheetName: 'Jira' });
    expect(report.actions.map((a) => [a.row, a.theme, a.indicators, a.due.end])).toEqual([
      [3, 'Priority 1: Fair recruitment and progression', ['2'], '2023-01-31'],
      [4, 'Priority 1: Fair recruitment and progression', ['2'], '2022-09-30'],
      [6, 'Priority 2: Fair treatment and safety at work', ['5', '6'], '2023-03-31'],
      [7, 'Priority 1: Fair recruitment and progression', ['7'], '2023-02-28'],
    ]);
    expect(setAside(report)).toEqual([
      expect.stringMatching(/^Row 2: .*rows 3–7 name it as their parent in column H \('Parent summary'\): it is the heading they sit under, their theme, not an action$/),
      expect.stringMatching(/^Row 5: .*row 6 name it as their parent in column H/),
    ]);
  });

  it("sets aside an Azure DevOps feature named by its items' 'Parent Title', and keeps rows when the column names no row", () => {
    const rows: CellValue[][] = [
      ['ID', 'Work Item Type', 'Title', 'Assigned To', 'State', 'Target Date', 'Parent Title'],
      [3101, 'Feature', 'Inclusive recruitment', 'Director of People', 'Active', D(2023, 3, 31), null],
      [3102, 'User Story', 'Put a trained inclusion adviser on every Band 8a+ panel', 'Head of Resourcing', 'Active', D(2022, 12, 16), 'Inclusive recruitment'],
      [3103, 'User Story', 'Audit shortlisting outcomes by ethnicity every quarter', 'Recruitment Manager', 'New', D(2023, 3, 31), 'Inclusive recruitment'],
      [3104, 'User Story', 'Publish the WRES data pack for every division', 'Workforce Information Lead', 'Closed', D(2022, 10, 28), 'Inclusive recruitment'],
    ];
    const report = read({ values: rows });
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    expect(report.actions.every((a) => a.theme === 'Inclusive recruitment')).toBe(true);
    // The same export with a parent column naming an area no row is: every row an action.
    const areas = rows.map((r, i) => (i === 0 ? r : [...r.slice(0, 6), 'Workforce']));
    expect(read({ values: areas }).actions.map((a) => a.row)).toEqual([2, 3, 4, 5]);
  });

  it("sets aside a Smartsheet parent row indented over its children that rolls up their dates but gives no status or indicator", () => {
    // The children's names indented one level (Grid.indents, row by row, aligned with values).
    const indents = [[], [null, 0], [null, 1], [null, 1], [null, 0], [null, 1], [null, 1]];
    const report = read({
      values: [
        ['Ref', 'Action', 'WRES ind.', 'Owner', 'Baseline Finish', 'Target Date', 'Status'],
        ['KWR-001', 'Priority 1: Fair access to jobs and promotion', null, 'Ellwood, Marcus', D(2022, 6, 30), D(2023, 3, 31), null],
        ['KWR-002', 'Move all Band 8a+ shortlisting to anonymised applications', '2', 'Sandhu, Kiran', D(2022, 9, 30), D(2022, 12, 16), 'In Progress'],
        ['KWR-003', 'Track the careers of everyone on the Stepping Up programme', '7', 'Ng, Adrian', D(2023, 3, 31), D(2023, 3, 31), 'In Progress'],
        ['KWR-004', 'Priority 2: Fair treatment', null, 'Ellwood, Marcus', D(2022, 5, 27), D(2023, 1, 27), null],
        ['KWR-005', 'Check every proposed formal disciplinary with an independent reviewer', '3', 'Farah, Idris', D(2022, 5, 27), D(2022, 5, 27), 'Complete'],
        ['KWR-006', 'Publish CPD spend by ethnicity for each care group', '4', 'Whitcombe, Alison', D(2022, 10, 28), D(2023, 1, 27), 'In Progress'],
      ],
      indents,
    });
    expect(report.actions.map((a) => [a.row, a.theme, a.due.end])).toEqual([
      [3, 'Priority 1: Fair access to jobs and promotion', '2022-12-16'],
      [4, 'Priority 1: Fair access to jobs and promotion', '2023-03-31'],
      [6, 'Priority 2: Fair treatment', '2022-05-27'],
      [7, 'Priority 2: Fair treatment', '2023-01-27'],
    ]);
    expect(setAside(report)[0]).toMatch(/^Row 2: .*it gives no (status|indicator) where each of them gives one/);
    expect(report.columnEvidence.find((e) => e.field === 'due')?.reason).toContain("column F ('Target Date') where a row gives a revised date, else column E ('Baseline Finish')");
  });

  it("reads Asana's empty 'Parent task' as the parent's column, not the action: its 'Name' column holds the tasks, 'Due Date' the due", () => {
    const report = read({ values: [
      ['Task ID', 'Created At', 'Name', 'Section/Column', 'Assignee', 'Due Date', 'Tags', 'Parent task'],
      ['1200981123456701', D(2021, 8, 16), 'Add disability declaration prompts to the onboarding checklist and the ESR form', 'Done', 'Bethan Pryce', D(2021, 10, 31), 'Metric 1', null],
      ['1200981123456702', D(2021, 8, 16), 'Offer disabled applicants the chance to ask for adjustments at every stage', 'Doing', 'Tariq Aslam', D(2022, 1, 31), 'Metric 2', null],
      ['1200981123456703', D(2021, 8, 17), 'Change the capability policy so that disability-related absence triggers a review', 'To do', 'Mairead Quill', D(2022, 3, 31), 'Metric 3', null],
    ] });
    expect(report.actions.map((a) => [a.row, a.due.text, a.lead, a.theme])).toEqual([
      [2, '31/10/2021', 'Bethan Pryce', null],
      [3, '31/01/2022', 'Tariq Aslam', null],
      [4, '31/03/2022', 'Mairead Quill', null],
    ]);
    expect(report.actions[0].action).toMatch(/^Add disability declaration prompts/);
  });
});
