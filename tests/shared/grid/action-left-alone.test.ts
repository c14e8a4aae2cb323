/**
 * A further action of a group, its lead and timescale not yet filled in, alone on its row in the action column
 * ('Make one central budget for adjustments so it doesnt come out of team budgets', holdout52 yelverton, a half-filled
 * draft): near it the plan writes its groups' further actions so — an action with its lead or date, the group's metric
 * and issue left blank — so a sentence of what to do there is one of them, not the heading of the rows under it. A short
 * subject and a sentence typed at the table's left edge stay headings (negatives).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2020, 2, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Sheet1' }, { asAt: AS_AT });

describe('an action left alone on its row', () => {
  it('reads a further action of a metric written alone in the action column, third from the left', () => {
    const report = read([
      ['Which metric?', "What's the issue?", 'What will we do?', 'Who?', 'When by?'],
      ['Metric 1 - disabled staff in each band', 'Only 2.9% have told us on ESR', 'Campaign to get staff to update their disability status on ESR', 'Hayley Brooks', 'Nov 2019'],
      ['', '', 'Add a question about disability status to the annual appraisal paperwork', '', 'April 2020'],
      ['Metric 8 - reasonable adjustments', 'only 69% said adequate adjustments were made', 'Write a reasonable adjustments guide for managers and a passport', 'OH / HR', 'Jan 2020'],
      ['', '', 'Make one central budget for adjustments so it doesnt come out of team budgets', '', ''],
      ['Metric 9 - engagement', 'Engagement 6.6 v 7.0', "Use the new network to co-produce next year's plan", 'Network chair', 'March 2020'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4, 5, 6]);
    expect(report.actions[4].theme ?? null).toBeNull();
    expect(report.issues.filter((i) => i.row === 5).map((i) => i.rule)).toEqual(expect.arrayContaining(['lead-missing', 'due-missing']));
  });

  it('reads an action left alone beside a column of findings, in another wording and with a status column', () => {
    const report = read([
      ['Our data', 'Action', 'Lead', 'Target date', 'Status'],
      ['White applicants 1.6 times as likely to be appointed', 'Audit shortlisting decisions in every directorate each quarter', 'Head of Resourcing', 'Dec 2019', 'On track'],
      ['', 'Review any gap in appointment rates with each directorate at the Workforce Committee', '', '', ''],
      ['', 'Publish appointment rates by ethnicity on the intranet', 'Workforce Information', 'Jan 2020', 'Not started'],
      ['BME staff 1.4 times as likely to enter a formal process', 'Run a reverse mentoring scheme for the executive team', 'Director of OD', 'Mar 2020', 'Not started'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4, 5]);
  });

  it('keeps a short subject in the action column and a sentence at the left edge as headings (negatives)', () => {
    const report = read([
      ['Metric', 'Action', 'Lead', 'When'],
      ['', 'Improve recruitment', '', ''],
      ['2', 'Audit shortlisting decisions in every directorate each quarter', 'Head of Resourcing', 'Dec 2019'],
      ['Make sure every colleague can speak up safely about bullying and harassment at work', '', '', ''],
      ['4', 'Train all managers in handling disclosures of harassment', 'Head of OD', 'Mar 2020'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 5]);
    expect(report.actions.map((a) => a.theme)).toEqual(['Improve recruitment', 'Make sure every colleague can speak up safely about bullying and harassment at work']);
  });
});
