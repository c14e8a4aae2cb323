import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { namesPercentComplete } from '../../../shared/grid/find-percent-complete';
import { isCompleteStatus, percentComplete, DEFAULT_RAG_KEY } from '../../../shared/rag';
import { formatPercentCell } from '../../../shared/xlsx/format-percent-cell';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * PROGRESS GIVEN AS A PERCENTAGE COMPLETE: a column headed '% complete', 'Percent Complete' (Microsoft Project),
 * 'PercentComplete' (a SharePoint list), 'Progress %' or '% Done' whose cells say how far each action has got — numbers
 * 0–1 shown as per cent, numbers 0–100, or '75%' typed as text. The golds (tanfield, harewood, pennington, foxdenton,
 * kestonbury; linthorpe's status column) read it, with no status column, as the status as shown ('50%') with no colour;
 * beside a status column (rydalmere, cotterwell, westerlode, hollinsbrook, ravensholt, kilnsey) it has no field.
 */
const D = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const read = (grid: Grid, asAt = D(2022, 1, 31)) => checkPlan(grid, { asAt });
const reasonOf = (report: ReturnType<typeof read>, field: string) => report.columnEvidence.find((e) => e.field === field)?.reason;
const findings = (report: ReturnType<typeof read>, rule: string) => report.issues.filter((i) => i.rule === rule).map((i) => i.message);

describe('a percentage complete with no status column', () => {
  // A WRES plan: '% Complete' in the middle, real numbers 0–1 (the grid gives no shown text, as the add-in reads it).
  const rows: CellValue[][] = [
    ['Ashdown Community NHS Trust – WRES action plan 2021/22'],
    [],
    ['Ref', 'WRES indicator', 'Action', 'Lead', 'Timescale', '% Complete', 'Comments'],
    ['A1', 'Indicator 1', 'Publish a band-by-ethnicity profile for each division.', 'Head of Workforce Information', D(2021, 9, 30), 1, 'Published in September.'],
    ['A2', 'Indicator 2', 'Put a trained inclusion panel member on every Band 7+ panel.', 'Head of Resourcing', D(2021, 12, 31), 0.5, '60 of 120 panel members trained.'],
    ['A3', 'Indicator 5', 'Relaunch the zero-tolerance campaign with the BME network.', 'Head of Security', D(2022, 3, 31), 0, ''],
    ['A4', 'Indicator 9', 'Report progress on the plan to the Board twice a year.', 'Director of People', D(2021, 10, 31), 0.25, 'First report taken in October.'],
  ];
  const report = read({ values: rows, sheetName: 'WRES 21-22' });

  it('reads the percentages as each action\'s status, as Excel shows them, with no colour the plan does not give', () => {
    expect(report.columns.status).toBe('F');
    expect(report.actions.map((a) => [a.ref, a.status, a.statusRag])).toEqual([['A1', '100%', null], ['A2', '50%', null], ['A3', '0%', null], ['A4', '25%', null]]);
    expect(reasonOf(report, 'status')).toBe("Status: from '% Complete' (100% = complete, 0% = not started, between = in progress) — the plan has no status column, and its percentages (row 4: '100%') say how far each action is");
    expect(report.actions[1].sources.status).toEqual({ kind: 'column', cell: 'F5', why: "from '% Complete' (100% = complete, 0% = not started, between = in progress)" });
    expect(report.actions[1].statusRagWhy).toBe("Status '50%' is how far the action is (in progress): no colour is shown, since the plan gives none to a percentage");
  });

  it('takes 100% as complete: a complete action past its date is not overdue, one at 25% is', () => {
    expect(report.actions.map((a) => [a.ref, a.overdue, a.rag])).toEqual([['A1', false, null], ['A2', true, 'red'], ['A3', false, null], ['A4', true, 'red']]);
    expect(findings(report, 'overdue').map((m) => m.slice(0, 7))).toEqual(['Row 5: ', 'Row 7: ']);
  });

  it("raises no 'status not in the key' finding for a percentage, and reads the other columns as before", () => {
    expect(findings(report, 'status-not-in-key')).toEqual([]);
    expect(findings(report, 'header-unmapped')).toEqual([]);
    expect(report.columns).toMatchObject({ ref: 'A', indicator: 'B', action: 'C', lead: 'D', due: 'E', progress: 'G' });
  });

  it("reads a Project-style export's 'Percent Complete' written 0–100 as the status, never as a ref, indicator or timescale", () => {
    // The percentage first, then the task list; numbers 0–100 as Microsoft Project exports them.
    const project = read({
      values: [
        ['Percent Complete', 'Task Name', 'WDES Metric', 'Finish', 'Resource Names'],
        [100, 'Run a disability declaration campaign with the network', 'Metric 1', D(2021, 6, 30), 'Workforce Information Manager'],
        [60, 'Audit shortlisting of disabled applicants', 'Metric 2', D(2022, 3, 31), 'Recruitment Lead'],
        [5, 'Publish a reasonable adjustments passport', 'Metric 4a', D(2022, 2, 28), 'Head of Occupational Health'],
        [0, 'Hold a Board development session on disability', 'Metric 10', D(2022, 3, 31), 'Director of People'],
      ],
      sheetName: 'Task_Table1',
    });
    expect(project.columns).toMatchObject({ status: 'A', action: 'B', indicator: 'C', due: 'D', lead: 'E' });
    expect(project.columns.ref).toBeUndefined();
    expect(project.actions.map((a) => [a.status, a.indicator, a.overdue])).toEqual([['100%', '1', false], ['60%', '2', false], ['5%', '4a', false], ['0%', '10', false]]);
  });
});

describe('a percentage complete whose numbers could pass for another field', () => {
  it("never reads a '% Done' of 1, 0.5 and 0 as indicator 1, nor 'Progress %' as the progress narrative", () => {
    const done = read({ values: [
      ['Ref', 'Action', 'Lead', 'Due', '% Done'],
      [1, 'Publish the profile.', 'EDI Lead', 'Mar 2021', 1],
      [2, 'Audit shortlisting.', 'EDI Lead', 'Mar 2021', 0.5],
      [3, 'Launch the campaign.', 'EDI Lead', 'Mar 2021', 0],
    ] });
    expect(done.columns).toEqual({ ref: 'A', action: 'B', lead: 'C', due: 'D', status: 'E' });
    expect(done.actions.map((a) => [a.status, a.indicator, a.overdue])).toEqual([['100%', null, false], ['50%', null, true], ['0%', null, true]]);
    const progress = read({ values: [
      ['Action', 'Lead', 'Indicator', 'Progress %'],
      ['Publish the profile.', 'EDI Lead', 1, '100%'],
      ['Audit shortlisting.', 'EDI Lead', 2, '50%'],
      ['Launch the campaign.', 'EDI Lead', 5, 'n/a'],
    ] });
    expect(progress.columns).toEqual({ action: 'A', lead: 'B', indicator: 'C', status: 'D' });
    expect(progress.actions.map((a) => [a.status, a.progress])).toEqual([['100%', ''], ['50%', ''], ['n/a', '']]);
  });
});

describe('a percentage complete beside a status column', () => {
  // A WDES Project-style export: 'Status' and 'Percent Complete' 0–100, last; the status wins, the percentage is context.
  const report = read({
    values: [
      ['ID', 'Task Name', 'WDES Metric', 'Start', 'Finish', 'Resource Names', 'Status', 'Percent Complete'],
      [2, 'Ask all staff to update their disability status on ESR', 'Metric 1', D(2021, 4, 1), D(2021, 9, 30), 'Head of Workforce Systems', 'Completed', 100],
      [3, 'Guarantee an interview to disabled applicants who meet the criteria', 'Metric 2', D(2021, 5, 1), D(2022, 3, 31), 'Recruitment Lead', 'In Progress', 40],
      [5, 'Check capability cases for disability factors at the informal stage', 'Metric 3', D(2021, 6, 1), D(2021, 12, 31), 'Employee Relations Manager', 'In Progress', 75],
      [6, 'Set up a disabled staff network steering group', 'Metric 9', D(2021, 7, 1), D(2022, 3, 31), 'Network Chair', 'Not Started', 0],
    ],
    sheetName: 'Task_Table1',
  });

  it('reads the status from the status column and keeps the percentage as context, saying why', () => {
    expect(report.columns).toMatchObject({ ref: 'A', action: 'B', indicator: 'C', due: 'E', lead: 'F', status: 'G' });
    expect(Object.values(report.columns)).not.toContain('H');
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([['Completed', 'green'], ['In Progress', 'amber'], ['In Progress', 'amber'], ['Not Started', 'red']]);
    expect(findings(report, 'header-unmapped')).toContain(
      "Column H header \"Percent Complete\" is kept but not checked: it gives how far each action is as a percentage (row 2: '100%'); the status is read from column G ('Status'), so the percentage is kept as context",
    );
    // The status column's word decides: 75% complete 'In Progress' past its date is overdue, as its status says.
    expect(report.actions[2].overdue).toBe(true);
  });
});

describe('a percentage written in a status column', () => {
  const rows = (statuses: CellValue[]): CellValue[][] => [
    ['Ref', 'Action', 'Lead', 'Due', 'Status'],
    ...statuses.map((s, i): CellValue[] => [i + 1, ['Publish the profile.', 'Audit shortlisting.', 'Launch the campaign.'][i], 'EDI Lead', 'Mar 2022', s]),
  ];

  it('accepts a percentage beside status words when the plan has no key, and takes 100% as complete', () => {
    const report = read({ values: rows(['75%', 'Not started', '100%']) });
    expect(findings(report, 'status-not-in-key')).toEqual([]);
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([['75%', null], ['Not started', 'red'], ['100%', null]]);
    expect(report.actions[0].statusRagWhy).toMatch(/^Status '75%' is how far the action is \(in progress\)/);
  });

  it("says what to do when the plan's own key gives a percentage no colour", () => {
    const report = read({ values: [['Key: Complete = blue; On track = green; At risk = amber; Off track = red'], ...rows(['75%', 'On track', 'Complete'])] });
    expect(findings(report, 'status-not-in-key')).toEqual([
      "Row 3: status \"75%\" says how far the action is, but the plan's key (Complete, On track, At risk, Off track) gives a percentage no colour — write one of those words as the status and keep the percentage under Progress",
    ]);
  });
});

describe('percentages that are not progress', () => {
  it("leaves a 'Target %' measure and percentages in the action text as they were read", () => {
    const report = read({
      values: [
        ['Brookvale NHS Trust – WRES action plan 2021/22'],
        ['Indicator', 'Action', 'Baseline %', 'Target %', 'Lead', 'Timescale', 'Progress'],
        ['Indicator 1', 'Increase BME staff in bands 8a+ from 9% to 12% through a talent pipeline.', 0.09, 0.12, 'Head of OD', 'Mar 2022', '10% reached in Q3.'],
        ['Indicator 2', 'Raise the shortlisting-to-appointment rate for BME applicants by 5%.', 0.18, 0.23, 'Head of Resourcing', 'Mar 2022', '62% of managers trained.'],
        ['Indicator 5', 'Cut harassment from patients reported by BME staff from 31% to 25%.', 0.31, 0.25, 'Head of Security', 'Sep 2022', 'Not started.'],
      ],
    });
    // No column is a percentage complete: the columns are read as before this pattern was learnt, and no measure is a status.
    expect(report.columns).toEqual({ indicator: 'A', action: 'B', objective: 'C', lead: 'E', due: 'F', progress: 'G' });
    expect(report.actions.map((a) => [a.action.slice(0, 20), a.status, a.indicator])).toEqual([['Increase BME staff i', '', '1'], ['Raise the shortlisti', '', '2'], ['Cut harassment from ', '', '5']]);
    expect(report.columnEvidence.some((e) => /how far each action is/.test(e.reason))).toBe(false);
    expect(findings(report, 'header-unmapped').join(' ')).not.toMatch(/percentage/);
  });

  it('names a percentage complete only in a header that says how far the work has got', () => {
    expect(['% complete', '% Complete (Q3)', 'Percent Complete', 'PercentComplete', 'Progress %', '% Done', 'Percentage complete'].map(namesPercentComplete)).toEqual([true, true, true, true, true, true, true]);
    expect(['Target %', 'Baseline %', '% of staff completing training', 'Progress', 'Complete', 'Date completed'].map(namesPercentComplete)).toEqual([false, false, false, false, false, false]);
  });

  it('reads a status as a percentage complete only when it is one alone', () => {
    expect(['75%', '100 %', '100% complete', '96% of staff trained', '50-99%', '120%'].map(percentComplete)).toEqual([75, 100, 100, null, null, null]);
    expect(isCompleteStatus('100%', null, DEFAULT_RAG_KEY)).toBe(true);
    expect(isCompleteStatus('99%', null, DEFAULT_RAG_KEY)).toBe(false);
  });

  it('shows a percentage-formatted number as Excel does', () => {
    expect([formatPercentCell(0.5, '0%'), formatPercentCell(0.125, '0.0%'), formatPercentCell(0.013, '+0.0%;-0.0%;0.0%'), formatPercentCell(0.5, 'General')]).toEqual(['50%', '12.5%', '+1.3%', null]);
  });
});
