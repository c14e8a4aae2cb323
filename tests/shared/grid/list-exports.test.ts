import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { headerKey } from '../../../shared/grid/cell-text';
import { cellKind } from '../../../shared/grid/cell-kind';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A plan kept as a list or a task tracker and exported to Excel (a SharePoint / Microsoft Lists 'Export to Excel',
 * Planner, Smartsheet, a Power Apps table): the header is the system's column names, written as a system writes them
 * ('AssignedTo', 'DueDate', 'RAGStatus', 'Title', 'Task Name', 'Bucket Name'), dates shown as the export formats them
 * ('2022-06-30'), people as a directory lists them ('Hart, Simon;Begum, Shahana'), a multi-choice as 'Indicator 2;#Indicator 7',
 * and the list's own columns beside the plan's ('Modified', 'Modified By', 'Item Type', 'Path', 'Created By'). Shown in
 * three exports laid out differently.
 */
const D = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const read = (grid: Grid) => checkPlan(grid, { asAt: D(2023, 1, 31) });
const reasons = (report: ReturnType<typeof read>) => Object.fromEntries(report.columnEvidence.map((e) => [e.field, e.reason]));
const keptBecause = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'header-unmapped').map((i) => i.message);

describe('a plan exported from a list or a task tracker', () => {
  it('reads a SharePoint list export: system column names, ISO dates as shown, people surname first, multi-choice indicators', () => {
    const iso = (v: Date) => v.toISOString().slice(0, 10);
    const rows: CellValue[][] = [
      ['ID', 'Title', 'WRESIndicator', 'AssignedTo', 'DueDate', 'Status', 'Modified', 'Modified By', 'Item Type', 'Path'],
      [4, 'Reciprocal mentoring for BME staff and executive directors', 'Indicator 7;#Indicator 9', 'Mensah, Kojo;Lund, Erica', D(2022, 12, 31), 'In Progress', D(2023, 1, 9), 'Lund, Erica', 'Item', 'sites/EDI/Lists/WRES'],
      [7, 'Publish shortlisting to appointment ratios by ethnicity', 'Indicator 2', 'Lund, Erica', D(2022, 9, 30), 'Completed', D(2022, 10, 3), 'Mensah, Kojo', 'Item', 'sites/EDI/Lists/WRES'],
      [9, 'Cultural ambassador on every disciplinary case involving BME staff', 'Indicator 3', 'Osei, Abena', D(2023, 3, 31), 'Not Started', D(2022, 11, 1), 'Osei, Abena', 'Item', 'sites/EDI/Lists/WRES'],
    ];
    // The export shows its dates as 'yyyy-mm-dd': the text a person sees is the value's ISO day.
    const display = rows.map((r) => r.map((v) => (v instanceof Date ? iso(v) : null)));
    const report = read({ values: rows, display, sheetName: 'owssvr' });
    expect(report.actions.map((a) => [a.row, a.action.split(' ')[0], a.lead, a.due.text, a.indicators])).toEqual([
      [2, 'Reciprocal', 'Mensah, Kojo;Lund, Erica', '2022-12-31', ['7', '9']],
      [3, 'Publish', 'Lund, Erica', '2022-09-30', ['2']],
      [4, 'Cultural', 'Osei, Abena', '2023-03-31', ['3']],
    ]);
    expect(reasons(report)).toMatchObject({
      action: expect.stringMatching(/^Action: header 'Title'/),
      lead: "Lead: header 'AssignedTo' — 3 of 3 cells name roles or people",
      due: expect.stringMatching(/^Timescale: header 'DueDate'/),
      indicator: expect.stringMatching(/^Indicator: header 'WRESIndicator'/),
    });
    // 'Modified' is no timescale and 'Modified By' no lead, and the user is told why.
    expect(keptBecause(report)).toEqual([
      expect.stringMatching(/"Modified" is kept but not checked: its dates say when the item was created or last changed in the list/),
      expect.stringMatching(/"Modified By" is kept but not checked: it names who created or last changed the item in the list, not who leads/),
      expect.stringMatching(/"Item Type" is kept but not checked: the list keeps it about its own items/),
      expect.stringMatching(/"Path" is kept but not checked/),
    ]);
  });

  it("reads a Planner export: 'Task Name', 'Bucket Name' as the theme, 'Progress' holding statuses as the status, Planner's priorities set aside", () => {
    const report = read({
      values: [
        ['Task ID', 'Task Name', 'Bucket Name', 'Progress', 'Priority', 'Assigned To', 'Created By', 'Created Date', 'Start Date', 'Due Date'],
        ['Ab3x', 'Run reverse mentoring cohort 3 with the race equality network', 'Senior representation', 'In progress', 'Medium', 'Priya Shah;Tom Reed', 'Priya Shah', D(2023, 4, 3), D(2023, 5, 1), D(2023, 12, 31)],
        ['Cd4y', 'Audit shortlisting outcomes by ethnicity every quarter', 'Fair recruitment', 'Not started', 'Important', 'Tom Reed', 'Priya Shah', D(2023, 4, 3), null, D(2023, 9, 30)],
        ['Ef5z', 'Train disciplinary investigators in cultural awareness', 'Fair processes', 'Completed', 'Urgent', 'Ama Owusu', 'Tom Reed', D(2023, 4, 5), D(2023, 4, 10), D(2023, 7, 31)],
      ],
    });
    expect(report.actions.map((a) => [a.theme, a.lead, a.status, a.statusRag, a.due.end])).toEqual([
      ['Senior representation', 'Priya Shah;Tom Reed', 'In progress', 'amber', '2023-12-31'],
      ['Fair recruitment', 'Tom Reed', 'Not started', 'red', '2023-09-30'],
      ['Fair processes', 'Ama Owusu', 'Completed', 'green', '2023-07-31'],
    ]);
    expect(reasons(report).status).toBe("Status: 3 of 3 cells are status words (header 'Progress')");
    expect(keptBecause(report)).toEqual(expect.arrayContaining([
      expect.stringMatching(/"Priority" is kept but not checked: its cells rate each action's priority/),
      expect.stringMatching(/"Created By" is kept but not checked: it names who created/),
      expect.stringMatching(/"Created Date" is kept but not checked: its dates say when the item was created/),
    ]));
  });

  it('reads header words run together (a Power Apps or database table: ActionOwner, TargetDate, RAGStatus)', () => {
    const report = read({
      values: [
        ['ActionID', 'ActionDescription', 'ActionOwner', 'TargetDate', 'RAGStatus', 'LastUpdatedBy', 'LastModified'],
        [1, 'Set divisional targets for BME representation at Band 8a and above', 'Okafor, Grace', D(2022, 9, 30), 'Green', 'Okafor, Grace', D(2022, 10, 2)],
        [2, 'Add an inclusion ambassador to every interview panel for Band 8a and above', 'Hart, Simon', D(2022, 10, 31), 'Amber', 'Begum, Shahana', D(2022, 11, 2)],
        [3, 'Zero tolerance campaign on racist abuse from patients and visitors', 'Begum, Shahana', D(2022, 11, 30), 'Red', 'Hart, Simon', D(2022, 12, 1)],
      ],
    });
    expect(report.columns).toMatchObject({ ref: 'A', action: 'B', lead: 'C', due: 'D', status: 'E' });
    expect(report.actions.map((a) => [a.lead, a.statusRag])).toEqual([['Okafor, Grace', 'green'], ['Hart, Simon', 'amber'], ['Begum, Shahana', 'red']]);
    expect(report.columnQuestions).toEqual([]);
  });

  it('splits words a system runs together, and keeps capitals that are one word', () => {
    expect(['AssignedTo', 'DueDate', 'RAGStatus', 'Due_x0020_Date', 'PercentComplete', 'KPIs', 'HIAs', 'WRES indicator', 'Lead/s'].map(headerKey))
      .toEqual(['assigned to', 'due date', 'rag status', 'due date', 'percent complete', 'kpis', 'hias', 'wres indicator', 'lead s']);
  });

  it('knows people as a list exports them, and not every comma as a name', () => {
    expect(['Okafor, Grace', 'Hart, Simon;Begum, Shahana', '12;#Hart, Simon', 'Priya Shah;Tom Reed'].map(cellKind)).toEqual(['role', 'role', 'role', 'role']);
    expect(['Recruitment, retention and progression', 'Indicator 2;#Indicator 7'].map(cellKind)).not.toContain('role');
  });
});
