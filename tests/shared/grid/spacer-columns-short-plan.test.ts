import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A short plan (a header and two or three actions) in a template with narrow empty spacer columns between its columns
 * ('Action | | Lead | | Due'). Blocks of columns parted by an empty column were one table only when they ran over four
 * rows or more, so a short plan was cut at its spacers: "No action plan found", or its actions lost their text. Blocks
 * filling exactly the same rows are now one table; a key beside the plan ('Key' over 'Red = late', 'Green = done')
 * filling the same rows stays a table of its own, and its meanings still colour the statuses.
 */
const AS_AT = new Date(Date.UTC(2024, 2, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });
const seen = (values: CellValue[][]) => read(values).actions.map((a) => [a.row, a.action.slice(0, 16), a.lead, a.due.text, a.status]);

describe('a short plan with spacer columns', () => {
  it('reads two actions under a header spaced by empty columns, with a status', () => {
    expect(
      seen([
        ['Action', null, 'Lead', null, 'Due', null, 'Status'],
        ['Review the shortlisting process', null, 'Head of Resourcing', null, 'Mar 2024', null, 'On track'],
        ['Launch reverse mentoring', null, 'Director of People', null, 'Jun 2024', null, 'Delayed'],
      ]),
    ).toEqual([
      [2, 'Review the short', 'Head of Resourcing', 'Mar 2024', 'On track'],
      [3, 'Launch reverse m', 'Director of People', 'Jun 2024', 'Delayed'],
    ]);
  });

  it('reads a plan under a title with one spacer column after the action', () => {
    expect(
      seen([
        ['WDES action plan 2024/25'],
        [],
        ['What we will do', null, 'Who', 'When'],
        ['Offer a reasonable adjustments passport to every disabled colleague', null, 'Head of OD', 'Sep 2024'],
        ['Train every recruiting manager in disability-confident recruitment', null, 'Head of Resourcing', 'Dec 2024'],
      ]),
    ).toEqual([
      [4, 'Offer a reasonab', 'Head of OD', 'Sep 2024', ''],
      [5, 'Train every recr', 'Head of Resourcing', 'Dec 2024', ''],
    ]);
  });

  it('keeps a key beside a short plan a table of its own, its meanings read', () => {
    const report = read([
      ['Action', 'Lead', 'Status', null, 'Key'],
      ['Review the shortlisting process', 'Head of Resourcing', 'Red', null, 'Red = late'],
      ['Launch reverse mentoring', 'Director of People', 'Green', null, 'Green = done'],
    ]);
    expect(report.columns).toEqual({ action: 'A', lead: 'B', status: 'C' });
    expect(report.actions.map((a) => [a.status, a.rag])).toEqual([
      ['Red', 'red'],
      ['Green', 'green'],
    ]);
  });
});
