/**
 * A plan of two columns, the indicator's LABEL beside each action ('Metric | Action': 'Metric 9a' | 'Tell staff what
 * changed'), nothing else on the row. A label beside a short title heads its block ('Indicator 5' | 'Harassment from the
 * public' over the block's actions), so a short action whose first word the reader does not know as a verb was taken for
 * such a heading and dropped without a word. When the label heads no rows (the next row is labelled too) and a row of the
 * same run of labelled rows is plainly an action, the plan labels every action with its indicator: the short one is an
 * action too. Labels over the actions of their block, and a run of labelled titles with no action among them, stay headings.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2024, 5, 30));
const read = (rows: CellValue[][], sheetName = 'WDES'): PlanReport => checkPlan({ values: rows, sheetName }, { asAt: AS_AT });

describe('short actions labelled with their indicator, one a row', () => {
  it("reads every 'Metric n | action' row of a two-column plan as an action, the short ones too", () => {
    const r = read([
      ['Metric', 'Action'],
      ['Metric 1', 'Run a campaign to get colleagues to update their disability status on ESR.'],
      ['Metric 9a', 'Co-produce next year\'s plan with the Disability Network.'],
      ['Metric 9b', 'Tell staff what changed'],
      ['Metric 10', 'Ask Board members to declare'],
    ]);
    expect(r.actions.map((a) => [a.row, a.indicators, a.action])).toEqual([
      [2, ['1'], 'Run a campaign to get colleagues to update their disability status on ESR.'],
      [3, ['9a'], "Co-produce next year's plan with the Disability Network."],
      [4, ['9b'], 'Tell staff what changed'],
      [5, ['10'], 'Ask Board members to declare'],
    ]);
  });

  it("reads short noun-phrase actions beside 'Indicator n' labels in columns B and C, under a title, the first row short", () => {
    const r = read([
      ['', 'WRES action plan 2024/25'],
      [],
      ['', 'WRES indicator', 'What we will do'],
      ['', 'Indicator 8', 'Race equality listening circles'],
      ['', 'Indicator 2', 'Inclusive recruitment panels'],
      ['', 'Indicator 5', 'Publish a reporting route for racist abuse from patients and the public.'],
    ], 'WRES');
    expect(r.actions.map((a) => [a.row, a.indicators, a.action])).toEqual([
      [4, ['8'], 'Race equality listening circles'],
      [5, ['2'], 'Inclusive recruitment panels'],
      [6, ['5'], 'Publish a reporting route for racist abuse from patients and the public.'],
    ]);
  });

  it('NEGATIVE: labels over their block\'s actions, one with no action under it, stay headings', () => {
    const r = read([
      ['Indicator', 'Action', 'Lead', 'Timescale'],
      ['Indicator 5', 'Harassment from the public'],
      ['', 'Bring in a reporting route for racist abuse with a named manager for each report.', 'Head of Security', 'Nov 2024'],
      ['Indicator 6', 'Harassment from colleagues'],
      ['Indicator 7', 'Equal opportunities'],
      ['', 'Give every colleague at Bands 5 to 7 a career conversation.', 'Head of OD', 'Mar 2025'],
    ], 'WRES');
    expect(r.actions.map((a) => [a.row, a.indicators])).toEqual([
      [3, ['5']],
      [6, ['7']],
    ]);
  });
});
