import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { findKeyEntry } from '../../../shared/rag';
import type { CellValue, Grid, RagKey } from '../../../shared/types';

/**
 * Statuses written shorter than the plan's key labels (holdout12 lowther: 'Started' for 'Started but not complete',
 * 'Not started' for 'Not yet started', 'New' for 'New action added September 2019'): a status whose words stand in one
 * label in order, from its first word, is that label's — and the action says which label it was read as — unless two
 * entries fit it equally.
 */
const AS_AT = new Date(Date.UTC(2020, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values } as Grid, { asAt: AS_AT });
const ragsOf = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.status, a.statusRag]);
const unknownStatuses = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'status-not-in-key').map((i) => i.message);

describe("a status written shorter than the plan's key label", () => {
  it('reads each short status as the one label it shortens, with a reason, under a key above the plan', () => {
    const report = read([
      ['WDES ACTION PLAN 2019 - 2020'],
      ['Red', 'Not yet started'],
      ['Amber', 'Started but not complete'],
      ['Green', 'Complete'],
      ['Blue', 'New action added September 2019'],
      [],
      ['Metric', 'Action', 'Lead', 'Date', 'RAG rating'],
      ['Metric 1', 'Encourage staff to update their disability status on ESR.', 'Head of Workforce', 'Oct 2019', 'Started'],
      ['Metric 2', 'Review shortlisting for disabled applicants.', 'Head of Recruitment', 'Dec 2019', 'Not started'],
      ['Metric 9', 'Set up a disabled staff network.', 'EDI Lead', 'Mar 2020', 'New'],
      ['Metric 10', 'Report the Board’s declared disability.', 'Trust Secretary', 'Mar 2020', 'Complete'],
    ]);
    expect(report.ragKey.source).toBe('legend');
    expect(ragsOf(report)).toEqual([['Started', 'amber'], ['Not started', 'red'], ['New', 'blue'], ['Complete', 'green']]);
    expect(report.actions[0].statusRagWhy).toBe("RAG: 'Started' read as 'Started but not complete' (amber) in the plan's key");
    expect(report.actions[3].statusRagWhy).toBeUndefined();
    expect(unknownStatuses(report)).toEqual([]);
  });

  it('reads a shortened status under a key line below the plan, in a status column first', () => {
    const report = read([
      ['Status', 'Ref', 'Action', 'Lead', 'Deadline'],
      ['Not started', 'A1', 'Publish the WDES data on the website.', 'EDI Lead', 'Q3 23/24'],
      ['Some slippage', 'A2', 'Run disability awareness training for managers.', 'Head of OD', 'Q4 23/24'],
      ['Complete', 'A3', 'Add adjustments passports to onboarding.', 'Head of HR', 'Q2 23/24'],
      [],
      ['Key: Complete = blue; On track = green; Some slippage but recoverable = amber; Not started / off track = red'],
    ]);
    expect(ragsOf(report)).toEqual([['Not started', 'red'], ['Some slippage', 'amber'], ['Complete', 'blue']]);
    expect(unknownStatuses(report)).toEqual([]);
  });

  it('negative: a status two entries fit equally is no match, and a status that ends a label is not it', () => {
    const key: RagKey = {
      source: 'legend',
      entries: [
        { rag: 'amber', label: 'Delayed – funding', aliases: [] },
        { rag: 'red', label: 'Delayed – no lead', aliases: [] },
        { rag: 'red', label: 'Not yet started', aliases: [] },
      ],
    };
    expect(findKeyEntry('Delayed', key)).toBeNull();
    expect(findKeyEntry('Started', key)).toBeNull();
    expect(findKeyEntry('Not started', key)?.label).toBe('Not yet started');
    // The default vocabulary lists its spellings: it is not guessed at ('Not yet' is no shortened 'Not yet started'). ('Partially'
    // alone is an answer, partly done: `answerMeaning`.)
    const report = read([
      ['Ref', 'Action', 'Lead', 'Deadline', 'Status'],
      ['1', 'Publish the WRES data on the website.', 'EDI Lead', 'Sep 2023', 'Not yet'],
    ]);
    expect(unknownStatuses(report)).toHaveLength(1);
  });
});
