import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * ONE ACTION BROKEN INTO PARTS on the rows under it (holdout67 ashwellmoor, pellingbourne, yarrowford, gaddesby): its
 * steps ('– …' with a step date and owner), a small milestone table with its own labels, tasks beside the action's cells
 * merged down over them, milestones a level deeper in the sheet's outline. The parts are no actions and never give the
 * action its lead, timescale or status (`grid/find-action-parts.ts`).
 */
const AS_AT = new Date(Date.UTC(2025, 0, 15));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, sheetName: 'Plan', ...more }, { asAt: AS_AT });
const partRows = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside' && i.message.includes('part of the action above')).map((i) => i.row);
const why = (report: ReturnType<typeof read>, row: number) => report.issues.find((i) => i.rule === 'row-set-aside' && i.row === row)?.message ?? '';

describe('steps opening with a dash or bullet under a numbered, rated action', () => {
  it('reads the numbered rows as the actions and the steps under them as parts, with their own dates and owners', () => {
    const report = read([
      ['Equality plan 2024/25'],
      [],
      ['Ref', 'Metric', 'What we will do', 'Owner', 'By', 'Rating', 'Notes'],
      ['A1', '2', 'Anonymise shortlisting for every Band 5 post and above', 'Head of Recruitment', 'Dec 2024', 'Green', 'Live for Bands 5–7.'],
      [null, null, '- switch on the anonymised view in TRAC', null, 'Aug 2024'],
      [null, null, '- brief recruiting managers', 'Recruitment Partners', 'Oct 2024'],
      ['A2', '3', 'Review every disciplinary case by ethnicity before a hearing', 'Employee Relations Lead', 'Mar 2025', 'Amber', 'Pilot in two divisions.'],
      [null, null, '• agree the checklist with staff side', 'HR Business Partner', 'Nov 2024'],
      ['A3', '9', 'Publish Board ethnicity figures each year', 'Company Secretary', 'Jun 2024', 'Complete', 'Published in June.'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([4, 7, 9]);
    expect(report.actions.map((a) => a.lead)).toEqual(['Head of Recruitment', 'Employee Relations Lead', 'Company Secretary']);
    expect(report.actions.map((a) => a.due.text)).toEqual(['Dec 2024', 'Mar 2025', 'Jun 2024']);
    expect(partRows(report)).toEqual([5, 6, 8]);
    expect(why(report, 6)).toContain("opens with '-' under row 4's action and leaves blank the number, indicator and status that action fills: a step of that action");
  });

  it('reads a milestone a level deeper in the outline (folded away) as part of the action above it', () => {
    const values: CellValue[][] = [
      ['No.', 'Action / milestones', 'Lead', 'Due', 'Status'],
      ['1', 'Raise the declaration rate to 8%', 'Workforce Information Lead', '31/03/2025', 'On track'],
      [null, 'Declaration drive in every team meeting', null, '30/09/2024', '✓'],
      [null, 'Easy-read guide published', null, '31/12/2024'],
      ['2', 'Guarantee an interview to disabled applicants who meet the criteria', 'Recruitment Manager', '30/11/2024', 'Complete'],
      [null, 'Wording added to every advert', null, '30/11/2024', '✓'],
    ];
    const report = read(values, { rowOutline: { levels: [0, 1, 2, 2, 1, 2] }, hiddenRows: [2, 3, 5] });
    expect(report.actions.map((a) => a.row)).toEqual([2, 5]);
    expect(report.actions.map((a) => a.status)).toEqual(['On track', 'Complete']);
    expect(partRows(report)).toEqual([3, 4, 6]);
    expect(why(report, 6)).toContain("grouped a level deeper than row 5's action in the sheet's outline (folded away under it)");
  });
});

describe("a milestone table with its own labels under an action", () => {
  it('reads the labels and the milestones under them as parts of the action, up to the blank row', () => {
    const report = read([
      ['ID', 'WDES metric', 'Objective / action', 'Accountable', 'Deadline', 'Status'],
      ['D1', '4', 'Launch a reporting route for disability harassment', 'FTSU Guardian', 'Mar 2025', 'In progress'],
      [null, null, 'Step', 'Who', 'When'],
      [null, null, 'Design the online form', 'Digital Team', 'Oct 2024'],
      [null, null, 'Promote through the Ability Network', 'Network Chair', 'Mar 2025'],
      [],
      ['D2', '8', 'Set up a central adjustments budget', 'Director of Finance', 'Jan 2025', 'Complete'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 7]);
    expect(report.actions[0].lead).toBe('FTSU Guardian');
    expect(report.actions[0].due.text).toBe('Mar 2025');
    expect(partRows(report)).toEqual([3, 4, 5]);
    expect(why(report, 3)).toContain("it labels the steps listed under row 2's action ('Step | Who | When')");
    expect(why(report, 5)).toContain("never the action's lead, timescale or status");
  });
});

describe('tasks beside an action whose cells are merged down over them', () => {
  it('reads one action per merged block, the rows with only a task as its parts', () => {
    const down = (c: number, top: number, bottom: number) => ({ top, left: c, bottom, right: c });
    const values: CellValue[][] = [
      ['#', 'Indicator', 'Action', 'Lead', 'Target', 'RAG', 'Tasks'],
      ['1', '5', 'Train every receptionist to deal with abusive callers', 'Practice Manager', 'Sep 2024', 'Green', '☑ course booked'],
      [null, null, null, null, null, null, '☐ sessions in each practice'],
      ['2', '7', 'Hold a listening session with staff from ethnic minorities', 'HR Lead', 'Oct 2024', 'Amber', '☐ date agreed'],
    ];
    const merges = [0, 1, 2, 3, 4, 5].map((c) => down(c, 1, 2));
    const report = read(values, { merges });
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
    expect(partRows(report)).toEqual([3]);
    expect(why(report, 3)).toContain("a task listed beside row 2's action, whose cells are merged down over it: only column G is the row's own");
  });
});

describe('lookalikes that stay actions', () => {
  it('keeps a row with its own status under an action (a row per staff group) an action of its own', () => {
    const down = (c: number, top: number, bottom: number) => ({ top, left: c, bottom, right: c });
    const report = read([
      ['Ref', 'WRES', 'Action', 'Staff group', 'Lead', 'Deadline', 'Status'],
      ['1', '2', 'Put a trained assessor on every interview panel', 'Non-medical', 'Head of Resourcing', 'Dec 2024', 'On track'],
      [null, null, null, 'Medical', 'Medical Director', 'Mar 2025', 'Delayed'],
    ], { merges: [0, 1, 2].map((c) => down(c, 1, 2)) });
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
    expect(partRows(report)).toEqual([]);
  });

  it('keeps bulleted rows with their own measure under an indicator written once (no number or status on any row) actions', () => {
    const report = read([
      ['Indicator', 'Action', 'Lead', 'Target date', 'Measure of success'],
      ['Indicator 1', 'Analyse the workforce by band and publish it', 'Head of Workforce Information', 'Sept 2015', 'Report to the Board'],
      [null, '• Set an aspiration for each under-represented band', 'Director of Workforce', 'Q3 2015/16', 'Targets agreed'],
      ['Indicator 2', 'Audit recruitment at Band 6 and above', 'Recruitment Manager', 'Dec 2015', 'Audit report'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
  });

  it('keeps a bulleted row with only words under an action its further text, and a numbered sub-action an action', () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Due', 'Status'],
      ['1', 'Improve declaration rates through:', 'Head of HR', 'Mar 2025', 'Amber'],
      [null, '• a campaign in every directorate'],
      ['1a', '– a new self-service form', 'Digital Lead', 'Dec 2024', 'Green'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
    expect(partRows(report)).toEqual([]);
  });
});
