import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A plan with no status column whose updates open with the status in plain words before a dash or colon: a colour word
 * ('Blue – published in February', 'Amber: half trained') or a status of the usual words ('Complete – …', 'Delayed –
 * …'). Those words are each action's status, their colour the words', and a complete one is not overdue. An update that
 * merely starts with such a word now and then, or the same word down the whole column, gives no status.
 */
const AS_AT = new Date(Date.UTC(2025, 9, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });
const statuses = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.status, a.statusRag]);

const ACTIONS: CellValue[][] = [
  ['1', 'Publish the ethnicity pay gap by band', 'Head of Reward', 'Mar 2025'],
  ['2', 'Train all recruiting managers in inclusive recruitment', 'Head of Resourcing', 'Sep 2025'],
  ['3', 'Review disciplinary referrals by ethnicity', 'HR Director', 'Jun 2025'],
  ['4', 'Set up a race equality network with protected time for its chair', 'EDI Lead', 'Dec 2025'],
];
const withUpdates = (header: string, updates: string[]) => read([['Ref', 'Action', 'Lead', 'Due', header], ...ACTIONS.map((a, i) => [...a, updates[i]])]);

describe('updates opening with a status in plain words', () => {
  it('reads colour words before a dash or colon as each action status and its colour, saying where', () => {
    const report = withUpdates('Progress update', ['Blue – published in February with the annual report.', 'Amber: half the managers trained, the rest booked.', 'Red – data not yet shared by the ER team.', 'Green - chair appointed, first meeting in November.']);
    expect(statuses(report)).toEqual([['Blue', 'blue'], ['Amber', 'amber'], ['Red', 'red'], ['Green', 'green']]);
    expect(report.actions[0].sources.status).toMatchObject({ kind: 'label', cell: 'E2' });
    expect(report.columnEvidence.find((e) => e.field === 'progress')?.reason).toContain("its updates open with their status set off by a dash or colon (E2: 'Blue', 4 of 4)");
  });

  it('reads the usual status words the same way: a complete action is not overdue', () => {
    const report = withUpdates('Update', ['Complete – published in February with the annual report.', 'On track: half the managers trained.', 'Delayed – data not yet shared by the ER team.', 'Not started: chair to be appointed.']);
    expect(statuses(report)).toEqual([['Complete', 'green'], ['On track', 'green'], ['Delayed', 'amber'], ['Not started', 'red']]);
    expect(report.issues.filter((i) => i.rule === 'overdue').map((i) => i.row)).toEqual([3, 4]);
  });

  it('negative: an update starting with a status word once, or the same word on every row, gives no status', () => {
    const once = withUpdates('Update', ['Complete – published in February.', 'Half the managers trained, the rest booked.', 'The ER team has not shared the data yet.', 'A chair has been appointed.']);
    expect(statuses(once)).toEqual([['', null], ['', null], ['', null], ['', null]]);
    const same = withUpdates('Update', ['Update: published in February.', 'Update: half trained.', 'Update: data not shared.', 'Update: chair appointed.']);
    expect(same.actions.map((a) => a.status)).toEqual(['', '', '', '']);
  });

  it("reads the status from the latest filled period's update in a tracker of quarterly boxes", () => {
    const report = read([
      ['Action', 'Who', 'By when', 'Q1 (Apr–Jun 25)', 'Q2 (Jul–Sep 25)', 'Q3 (Oct–Dec 25)'],
      ['Publish the ethnicity pay gap by band', 'Head of Reward', 'Mar 2026', 'GREEN – data pulled.', 'BLUE – published with the annual report.', ''],
      ['Train all recruiting managers in inclusive recruitment', 'Head of Resourcing', 'Dec 2025', 'AMBER: trainer not yet booked.', 'GREEN – trainer booked.', 'RED – half the sessions cancelled.'],
      ['Review disciplinary referrals by ethnicity', 'HR Director', 'Jan 2026', '', 'AMBER – data requested.', 'AMBER – data partly shared.'],
    ]);
    expect(statuses(report)).toEqual([['BLUE', 'blue'], ['RED', 'red'], ['AMBER', 'amber']]);
    expect(report.actions[1].sources.status?.cell).toBe('F3');
    expect(report.actions[0].progress).toBe('BLUE – published with the annual report.');
  });
});
