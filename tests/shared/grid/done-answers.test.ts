import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A plan that records progress by answering whether each action is done: a 'Completed?' / 'Done?' / 'Achieved? (Yes /
 * No / Partly)' column of Y, No, Partly, ticks or crosses, often with no status column at all; or a 'Date completed'
 * column filled in once the work is finished. The answers are each action's status, a yes (or a completion date that
 * has come) marks it complete, and it is never called overdue. A yes / no column asking anything else stays context.
 */
const AS_AT = new Date(Date.UTC(2025, 9, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });
const overdueRows = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'overdue').map((i) => i.row);

describe('progress recorded as answers to whether each action is done', () => {
  it("reads a 'Completed?' column of Yes / No as the status: a yes is complete and not overdue", () => {
    const report = read([
      ['Westbrook NHS Trust – WRES action plan 2024-25'],
      ['Indicator', 'Action', 'Lead', 'Target date', 'Completed?'],
      ['1', 'Publish workforce ethnicity data by band to each care group', 'Head of Workforce Information', 'Jun 2025', 'Yes'],
      ['2', 'Add a diverse panel member to every band 8a and above interview', 'Head of Resourcing', 'Mar 2025', 'Yes'],
      ['5', 'Launch a zero-tolerance campaign on racist abuse by patients', 'Director of Nursing', 'Sep 2025', 'No'],
      ['7', 'Run a reciprocal mentoring cohort for the executive team', 'Head of OD', 'Jul 2025', 'No'],
      ['9', 'Set a board-level target for BME representation', 'Chief People Officer', 'Mar 2026', 'No'],
    ]);
    expect(report.actions.map((a) => a.status)).toEqual(['Yes', 'Yes', 'No', 'No', 'No']);
    expect(report.columns.status).toBe('E');
    expect(report.columnEvidence.find((e) => e.field === 'status')?.reason).toBe("Status: header 'Completed?' — 5 of 5 cells answer whether it is done (yes, no, partly, a tick or a cross)");
    expect(overdueRows(report)).toEqual([5, 6]);
    expect(report.issues.filter((i) => i.rule === 'status-not-in-key')).toEqual([]);
  });

  it("reads 'Done?' answered Y, N and part under a title and a note, the column first, as the keeper typed it", () => {
    const report = read([
      ['Eastfield Community Health – WDES actions 2024/25'],
      ['Kept by the HR manager; updated monthly'],
      [],
      ['Done?', 'Metric', 'What we will do', 'Owner', 'By'],
      ['Y', 'Metric 1', 'Encourage staff to update their disability status on ESR', 'Workforce Systems Lead', 'May 2025'],
      ['part', 'Metric 4', 'Train managers in reasonable adjustments conversations', 'HR Business Partner', 'Jun 2025'],
      ['N', 'Metric 7', 'Set up a disabled staff network with protected time', 'EDI Lead', 'Aug 2025'],
      ['Y', 'Metric 9', 'Use the staff survey to ask what would help disabled staff', 'Head of OD', 'Dec 2025'],
    ]);
    expect(report.actions.map((a) => [a.row, a.status])).toEqual([[5, 'Y'], [6, 'part'], [7, 'N'], [8, 'Y']]);
    expect(overdueRows(report)).toEqual([6, 7]);
    const part = report.actions.find((a) => a.row === 6)!;
    expect(part.statusRag).toBeNull();
    expect(part.statusRagWhy).toBe("Status 'part' reads as partly done and has no colour: the plan has no key of its own, and a yes or no gives none");
  });

  it("reads ticks and crosses under 'Achieved? (Yes / No / Partly)' in a plan with a status word column elsewhere named otherwise", () => {
    const report = read([
      ['Ashgrove Hospitals NHS FT', '', '', '', ''],
      ['Ref', 'Action', 'Responsible', 'Deadline', 'Achieved? (Yes / No / Partly)'],
      ['A1', 'Refresh the recruitment toolkit to remove biased wording', 'Head of Recruitment', 'Jan 2025', '✓'],
      ['A2', 'Report disciplinary cases by ethnicity to the people committee', 'Head of Employee Relations', 'Feb 2025', '✗'],
      ['A3', 'Design a positive action programme for band 6 nurses', 'Chief Nurse', 'Apr 2025', '✓'],
    ]);
    expect(report.columns.status).toBe('E');
    expect(overdueRows(report)).toEqual([4]);
  });

  it("keeps a 'Status' column as the status beside a yes / no column asking something else ('Funding agreed?')", () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Due', 'Funding agreed?', 'Status'],
      ['1', 'Commission an external review of the disciplinary process', 'Head of ER', 'Jun 2025', 'Yes', 'In progress'],
      ['2', 'Fund a leadership programme for BME band 7 staff', 'Head of OD', 'Sep 2025', 'No', 'Not started'],
      ['3', 'Publish the WRES report on the public website', 'EDI Lead', 'Sep 2025', 'Yes', 'Complete'],
    ]);
    expect(report.columns.status).toBe('F');
    expect(report.actions.map((a) => a.status)).toEqual(['In progress', 'Not started', 'Complete']);
    expect(overdueRows(report)).toEqual([2, 3]);
  });

  it("keeps the 'Status' column beside a 'Completed? (Y/N)' column, and a yes there still means done", () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Due', 'Status', 'Completed? (Y/N)'],
      ['1', 'Commission an external review of the disciplinary process', 'Head of ER', 'Jun 2025', 'On track', 'Y'],
      ['2', 'Fund a leadership programme for BME band 7 staff', 'Head of OD', 'Sep 2025', 'On track', 'N'],
    ]);
    expect(report.columns.status).toBe('E');
    expect(report.actions.map((a) => a.status)).toEqual(['On track', 'On track']);
    expect(overdueRows(report)).toEqual([3]);
  });
});

describe('a completion date filled in once the work is finished', () => {
  it("takes an action with a 'Date completed' on or before the check date as done, with no status column", () => {
    const report = read([
      ['Northmarsh Ambulance Service – WRES actions 2024/25'],
      ['No.', 'Action', 'Lead', 'Target date', 'Date completed'],
      ['1', 'Add ethnicity to the exit interview form', 'Head of Workforce', 'Mar 2025', '14/02/2025'],
      ['2', 'Run race equality training for station managers', 'Training Lead', 'Jun 2025', ''],
      ['3', 'Review shortlisting for paramedic posts by ethnicity', 'Head of Recruitment', 'Jul 2025', 'Aug 2025'],
    ]);
    expect(report.columns.completed).toBe('E');
    expect(overdueRows(report)).toEqual([4]);
    expect(report.actions.find((a) => a.row === 4)!.rag).toBe('red');
    expect(report.actions.find((a) => a.row === 3)!.overdue).toBe(false);
  });
});
