import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { scoreHeaderWords } from '../../../shared/grid/header-words';
import type { CellValue } from '../../../shared/types';

/**
 * A numbering column headed '#': the sign is read as the word it stands for ('number'), so '#', 'Ref #' and 'Action #'
 * name the plan's ref column as 'No.' does. The header-word key keeps letters and digits only, so '#' had named nothing:
 * a header whose other words the reader knows for half its cells only (holdout36 wetherstone: '# | What we'll do | Which
 * practices | Lead | When | Done?') was lost as soon as a trust added a column the reader has no word for ('Budget':
 * 0 of 8 actions under the layout property's addUnrelatedColumn).
 */
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: new Date(Date.UTC(2025, 5, 30)) });

describe("a numbering column headed '#'", () => {
  it("finds '# | What we'll do | … | Done?' with a 'Budget' column put in front of it", () => {
    const report = read([
      ['Disability equality plan 2025-26'],
      ['Budget', '#', 'What we’ll do', 'Which practices', 'Lead', 'When', 'Done?'],
      [null, 'Getting in and getting on'],
      ['Nil', '1', 'Add a line to every practice job advert inviting applicants to ask for adjustments at interview', 'All 23', 'Workforce Lead', 'May 2025', 'Yes'],
      ['£5,000', '2', 'Offer shared training for practice managers on reasonable adjustments', 'All 23', 'Training Hub Manager', 'Sept 2025', 'Started'],
      [null, 'Feeling safe at work'],
      ['Within existing budget', '3', 'Run a session at each PCN on handling abuse from patients towards disabled staff', 'Six PCNs', 'Clinical Director', 'Jan 2026', 'Not yet'],
    ]);
    expect(report.headerRows).toEqual([2]);
    expect(report.columns.ref).toBe('B');
    expect(report.actions.map((a) => [a.row, a.lead, a.due.text, a.theme])).toEqual([
      [4, 'Workforce Lead', 'May 2025', 'Getting in and getting on'],
      [5, 'Training Hub Manager', 'Sept 2025', 'Getting in and getting on'],
      [7, 'Clinical Director', 'Jan 2026', 'Feeling safe at work'],
    ]);
  });

  it("finds 'Cost | # | What we will do | Which teams | Lead | By when | Done?', its sections in the '#' column", () => {
    const report = read([
      ['Race equality plan 2024/25'],
      [],
      ['Cost', '#', 'What we will do', 'Which teams', 'Lead', 'By when', 'Done?'],
      [null, 'Fair recruitment'],
      ['£2,000', '1', 'Every interview panel for Band 7 and above includes a trained inclusion panel member', 'Ward 4 and Ward 7', 'Head of Resourcing', 'Dec 2024', 'Yes'],
      ['Nil', '2', 'Publish the WRES figures by division on the intranet', 'All wards', 'Workforce Analyst', 'Oct 2024', 'Started'],
      [null, 'Being heard'],
      ['£8,500', '3', 'Run reverse mentoring for the board with ethnic minority colleagues', 'Theatres', 'Chief People Officer', 'Mar 2025', 'Started'],
      ['Nil', '4', 'Agree one way for staff to report racist abuse from patients', 'All wards', 'Head of Security', 'Jun 2025', 'Not yet'],
    ]);
    expect(report.columns.ref).toBe('B');
    expect(report.columns.action).toBe('C');
    expect(report.actions.map((a) => [a.row, a.lead, a.due.text, a.theme])).toEqual([
      [5, 'Head of Resourcing', 'Dec 2024', 'Fair recruitment'],
      [6, 'Workforce Analyst', 'Oct 2024', 'Fair recruitment'],
      [8, 'Chief People Officer', 'Mar 2025', 'Being heard'],
      [9, 'Head of Security', 'Jun 2025', 'Being heard'],
    ]);
  });

  it("finds 'Where | # | What we will do | Who | Done? | When | Money', '#' second", () => {
    const report = read([
      ['Race equality plan 2024/25'],
      [],
      ['Where', '#', 'What we will do', 'Who', 'Done?', 'When', 'Money'],
      [null, 'Fair recruitment'],
      ['Ward 4 and Ward 7', '1', 'Every interview panel for Band 7 and above includes a trained inclusion panel member', 'Head of Resourcing', 'Yes', 'Dec 2024', '£2,000'],
      ['All wards', '2', 'Publish the WRES figures by division on the intranet', 'Workforce Analyst', 'Started', 'Oct 2024', 'Nil'],
      [null, 'Being heard'],
      ['Theatres', '3', 'Run reverse mentoring for the board with ethnic minority colleagues', 'Chief People Officer', 'Started', 'Mar 2025', '£8,500'],
    ]);
    expect(report.columns.ref).toBe('B');
    expect(report.actions.map((a) => [a.row, a.lead, a.due.text])).toEqual([
      [5, 'Head of Resourcing', 'Dec 2024'],
      [6, 'Workforce Analyst', 'Oct 2024'],
      [8, 'Chief People Officer', 'Mar 2025'],
    ]);
  });

  it("reads '#' as 'number' in a header's words: 'Ref #' and 'Action #' are the ref", () => {
    expect(scoreHeaderWords('#')[0]).toMatchObject({ field: 'ref', phrase: 'number' });
    expect(scoreHeaderWords('Ref #')[0]).toMatchObject({ field: 'ref', phrase: 'ref number' });
    expect(scoreHeaderWords('Action #')[0].field).toBe('ref');
  });

  it("leaves a tally line with '#' in it ('# of actions | 3 | # complete | 1') above and under the plan as it was: no header", () => {
    const report = read([
      ['Race equality plan 2024/25'],
      ['# of actions', '3', '# complete', '1'],
      ['Action', 'Lead', 'Due'],
      ['Every interview panel for Band 7 and above includes a trained inclusion panel member', 'Head of Resourcing', 'Dec 2024'],
      ['Publish the WRES figures by division on the intranet', 'Workforce Analyst', 'Oct 2024'],
      ['Run reverse mentoring for the board with ethnic minority colleagues', 'Chief People Officer', 'Mar 2025'],
      [],
      ['Total #', '3'],
    ]);
    expect(report.headerRows).toEqual([3]);
    expect(report.columns).toEqual({ action: 'A', lead: 'B', due: 'C' });
    expect(report.actions.map((a) => a.row)).toEqual([4, 5, 6]);
  });
});
