import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid } from '../../../shared/types';

/**
 * A header of two rows whose group label stands over a start and an end ('Timescale' over 'Start | Complete', 'Target
 * date' over 'From | To', 'Dates' over 'Start | Finish'). The label may be merged across both columns, or typed in the
 * first cell with the next left empty (Excel's "centre across selection", or a merge lost when a PDF or Word table was
 * pasted in: holdout88 yarcombe). Either way the lower row is the header's second row, not a row of the plan or a key
 * ('Start' and 'Complete' are status words on their own), and an action is due at the end, never the start: a user
 * would otherwise see every action overdue from the day it starts.
 */
const asAt = new Date(Date.UTC(2022, 0, 15));
const plan = (label: string, sub: [string, string], merged: boolean): Grid => ({
  values: [
    ['Yarbridge Hospital NHS Trust – WRES action plan 2021/22'],
    ['Action', 'Lead', label, null, 'RAG'],
    [null, null, ...sub, null],
    ['Set a target for each division for BME staff at Band 7 and above.', 'Deputy Director of Workforce', 'Apr 2021', 'Sep 2021', 'G'],
    ['Run a "Ready for 7" programme for BME nurses at Band 6.', 'Head of Nursing Education', 'Jun 2021', 'Mar 2022', 'A'],
    ['Put a trained inclusion ambassador on every Band 7+ panel.', 'Head of Resourcing', 'May 2021', 'Dec 2021', 'G'],
  ],
  merges: merged ? [{ top: 1, left: 2, bottom: 1, right: 3 }] : [],
});
const cases: [string, [string, string]][] = [
  ['Timescale', ['Start', 'Complete']],
  ['Timescale', ['Start', 'End']],
  ['Target date', ['From', 'To']],
  ['Dates', ['Start', 'Finish']],
  ['TIMESCALE', ['Start date', 'End date']],
];

describe.each([true, false])('a start and an end under one group label (merged: %s)', (merged) => {
  it.each(cases)("'%s' over %j: each action is due at its end, and the sub-header row is no action", (label, sub) => {
    const report = checkPlan(plan(label, sub, merged), { asAt });
    expect(report.actions.map((a) => a.row)).toEqual([4, 5, 6]);
    expect(report.actions.map((a) => a.due.text)).toEqual(['Sep 2021', 'Mar 2022', 'Dec 2021']);
    expect(report.actions.filter((a) => a.overdue).map((a) => a.row)).toEqual([4, 6]);
    expect(report.columnEvidence.find((e) => e.field === 'due')?.reason).toMatch(/^Timescale: header '.*(Complete|End|To|Finish|End date)'/);
  });

  it("reads no key from the sub-labels: 'Start' and 'Complete' are no status words there", () => {
    const report = checkPlan(plan('Timescale', ['Start', 'Complete'], merged), { asAt });
    expect(report.ragKey.entries.map((e) => e.label.toLowerCase())).not.toContain('start');
  });
});

describe('a label typed over one column only', () => {
  it("'Timescale' over its own date with a status column beside it is not widened: the status stays a status", () => {
    const g: Grid = {
      values: [
        ['WRES action plan 2021/22'],
        ['Action', 'Lead', 'Timescale', 'Status'],
        ['Set a target for each division for BME staff at Band 7 and above.', 'Deputy Director of Workforce', 'Sep 2021', 'Complete'],
        ['Run a "Ready for 7" programme for BME nurses at Band 6.', 'Head of Nursing Education', 'Mar 2022', 'On track'],
      ],
    };
    const report = checkPlan(g, { asAt });
    expect(report.actions.map((a) => [a.due.text, a.status])).toEqual([['Sep 2021', 'Complete'], ['Mar 2022', 'On track']]);
  });
});
