import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A PLAN HEADED BY THE QUESTIONS ITS COLUMNS ANSWER: 'What | Who | When', 'What? | Why? | How will we know? | Who? |
 * By when?'. 'Who', 'When', 'Why' and 'How' were words the reader knew; 'What' alone was not, so the action column was
 * guessed from its cells, and actions of one plain line ('Launch reverse mentoring for the executive team') were no
 * sentences to it: every action came out empty ("has a lead or date but no action"), or read as an indicator. 'What'
 * as the whole header asks what is done: the action, second to a plain 'Action' column beside it.
 */
const AS_AT = new Date(Date.UTC(2024, 2, 31));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, sheetName: 'Plan', ...more }, { asAt: AS_AT });
const seen = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.action, a.lead, a.due.text]);
const rules = (report: ReturnType<typeof read>) => report.issues.map((i) => i.rule);

describe("a plan whose header asks 'What', 'Who', 'When'", () => {
  it("reads 'What | Who | When' with actions of one plain line each", () => {
    const report = read([
      ['What', 'Who', 'When'],
      ['Review shortlisting to ensure diverse panels for band 7 and above', 'HR', 'Mar 2025'],
      ['Launch reverse mentoring for the executive team', 'CEO', 'Sep 2024'],
    ]);
    expect(report.columns).toMatchObject({ action: 'A', lead: 'B', due: 'C' });
    expect(report.columnEvidence.find((e) => e.field === 'action')?.reason).toMatch(/^Action: header 'What'/);
    expect(seen(report)).toEqual([
      [2, 'Review shortlisting to ensure diverse panels for band 7 and above', 'HR', 'Mar 2025'],
      [3, 'Launch reverse mentoring for the executive team', 'CEO', 'Sep 2024'],
    ]);
    expect(rules(report)).not.toContain('action-empty');
  });

  it("reads 'What?' in the middle of five questions, under a title, each action a short line", () => {
    const report = read([
      ['Race equality action plan 2024/25'],
      [],
      [null, 'Why?', 'What?', 'How will we know?', 'Who?', 'By when?'],
      [null, 'Fewer BME applicants appointed', 'Diverse interview panels', 'Ratio below 1.25', 'Head of Resourcing', 'Mar 2025'],
      [null, 'No BME board member', 'Reverse mentoring for the board', 'Ten pairs in place', 'Chief Executive', 'Sep 2024'],
      [null, 'Bullying by managers', 'Line manager training', 'Fewer cases', 'OD Lead', 'Dec 2024'],
    ]);
    expect(report.columns).toMatchObject({ action: 'C', outcome: 'D', lead: 'E', due: 'F' });
    expect(seen(report)).toEqual([
      [4, 'Diverse interview panels', 'Head of Resourcing', 'Mar 2025'],
      [5, 'Reverse mentoring for the board', 'Chief Executive', 'Sep 2024'],
      [6, 'Line manager training', 'OD Lead', 'Dec 2024'],
    ]);
    expect(rules(report)).not.toContain('action-empty');
  });
});

describe("'What' beside a plain 'Action' column, and headers that only start with 'what'", () => {
  it("keeps a plain 'Action' column the action, and 'What' over indicator labels beside it the indicator", () => {
    const report = read([
      ['What', 'Action', 'Lead', 'Due'],
      ['WRES 2', 'Review shortlisting to ensure diverse panels for band 7 and above', 'HR', 'Mar 2025'],
      ['WRES 9', 'Launch reverse mentoring for the executive team', 'CEO', 'Sep 2024'],
    ]);
    expect(report.columns).toMatchObject({ indicator: 'A', action: 'B', lead: 'C', due: 'D' });
    expect(report.actions.map((a) => [a.row, a.indicators])).toEqual([[2, ['2']], [3, ['9']]]);
  });

  it("keeps 'What we found' context, not the action", () => {
    const report = read([
      ['What we found', 'Action', 'Lead', 'Due'],
      ['BME applicants are less likely to be appointed from shortlisting', 'Review shortlisting to ensure diverse panels for band 7 and above', 'HR', 'Mar 2025'],
      ['The Board has no BME member', 'Launch reverse mentoring for the executive team', 'CEO', 'Sep 2024'],
    ]);
    expect(report.columns.action).toBe('B');
    expect(report.actions.map((a) => a.action.slice(0, 20))).toEqual(['Review shortlisting ', 'Launch reverse mento']);
  });
});
