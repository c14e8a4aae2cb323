/**
 * A half-filled plan leaves an action's lead and date blank: the row holds only the action's words, alone in the action
 * column ('Make one central budget for adjustments so it doesnt come out of team budgets' under an action of the same
 * metric; holdout52 yelverton, a first WDES plan drafted by an HR adviser). A lone line used to be read as a heading — and
 * the action vanished, its words becoming the theme of the rows under it. A line that opens with what to do, eight words
 * or more, unmerged and handing over to nothing, is an action; a short subject, an aim opening 'To …', a line merged
 * across and a lead-in ending on a colon still head their block.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2020, 5, 30));
const read = (rows: CellValue[][], sheetName = 'Sheet1', merges?: { top: number; left: number; bottom: number; right: number }[]): PlanReport =>
  checkPlan({ values: rows, sheetName, ...(merges ? { merges } : {}) }, { asAt: AS_AT });

describe("an action written with its words only, its lead and date left blank", () => {
  it("reads a metric group's second action with no lead or date as an action of the same metric", () => {
    const r = read([
      ['WDES action plan 2019-20'],
      [],
      ['Which metric?', 'What will we do?', 'Who?', 'When by?'],
      ['Metric 8 - reasonable adjustments', 'Write a reasonable adjustments guide for managers and a passport staff can take with them', 'OH / HR', 'Jan 2020'],
      ['', 'Make one central budget for adjustments so it doesnt come out of team budgets'],
      ['Metric 9 - engagement', 'Use the new network to co-produce next year\'s plan', 'Network chair', 'March 2020'],
      ['Metric 10 - Board', 'Ask Board members to complete the declaration on ESR', 'Company Secretary', 'Dec 2019'],
    ]);
    // (Its indicator, the group's metric carried down over the blank cell, is read as for any such row: a field's matter.)
    expect(r.actions.map((a) => [a.row, a.action.slice(0, 25), a.theme ?? ''])).toEqual([
      [4, 'Write a reasonable adjust', ''],
      [5, 'Make one central budget f', ''],
      [6, 'Use the new network to co', ''],
      [7, 'Ask Board members to comp', ''],
    ]);
    expect(r.issues.some((i) => i.message.startsWith('Row 5: no lead named'))).toBe(true);
  });

  it('reads a lone action in column A, under merged section headings, with a full stop, as its section\'s action', () => {
    const r = read(
      [
        ['Action', 'Owner', 'Deadline', 'Status'],
        ['Recruitment and progression'],
        ['Publish shortlisting ratios by ethnicity to the People Committee.', 'Head of Resourcing', 'Sep 2024', 'On track'],
        ['Review the exit interview questions so that leavers can say whether race played a part.'],
        ['Bullying and harassment'],
        ['Train every line manager in responding to racism raised by their team.', 'Head of OD', 'Mar 2025', 'Not started'],
      ],
      'WRES',
      [{ top: 1, left: 0, bottom: 1, right: 3 }, { top: 4, left: 0, bottom: 4, right: 3 }],
    );
    expect(r.actions.map((a) => [a.row, a.theme])).toEqual([
      [3, 'Recruitment and progression'],
      [4, 'Recruitment and progression'],
      [6, 'Bullying and harassment'],
    ]);
  });

  it("NEGATIVE: a short subject, an aim opening 'To …' and a lead-in ending on a colon, alone in the action column, head their block", () => {
    const r = read([
      ['Ref', 'Action', 'Lead', 'Due'],
      ['', 'To increase the share of ethnic minority staff at Band 8a and above'],
      ['1', 'Publish representation goals for every band from 8a upwards.', 'Director of People', 'Sep 2024'],
      ['', 'Fair recruitment'],
      ['2', 'Put an inclusion adviser on every interview panel for Band 7 and above.', 'Head of Resourcing', 'Dec 2024'],
      ['', 'Improve how we listen to our ethnic minority colleagues through the following:'],
      ['3', 'Meet the Race Equality Network every quarter with an executive in the chair.', 'Chief Executive', 'Mar 2025'],
    ], 'WRES');
    expect(r.actions.map((a) => [a.row, a.theme])).toEqual([
      [3, 'To increase the share of ethnic minority staff at Band 8a and above'],
      [5, 'Fair recruitment'],
      [7, 'Improve how we listen to our ethnic minority colleagues through the following:'],
    ]);
  });
});
