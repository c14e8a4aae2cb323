import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A line naming the block's sponsor under its heading (holdout56 pennistone: 'Priority 1 – Making it easier to declare
 * a disability', then 'Board sponsor: Chief Nursing Officer'): the executive accountable for the block at Board, not
 * the block's heading (it was read as the actions' theme, and its 'Board' as metric 10) nor any action's lead.
 */
const AS_AT = new Date(Date.UTC(2022, 0, 31));
const read = (values: CellValue[][], merges: { top: number; left: number; bottom: number; right: number }[] = []) => checkPlan({ values, merges }, { asAt: AS_AT });
const rows = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.theme, a.indicators, a.lead]);
const notes = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe("a line naming the block's sponsor under its heading", () => {
  it('priority rows each followed by a board sponsor line, the problem cell merged down beside the actions', () => {
    const report = read([
      ['Disability forum – WDES plan 2021-22'],
      ['Aim / problem', 'What we will do', 'Forum lead', 'Target'],
      ['Priority 1 – Better disability data'],
      ['Board sponsor: Chief Nursing Officer'],
      ['Few staff have declared (metric 1).', 'Run declaration drop-ins on each site', 'Emma Rawcliffe', 'Sep-21'],
      ['', 'Explain on payslips why we ask', 'Tom Haworth', 'Oct-21'],
      ['Priority 2 – Quicker adjustments'],
      ['Board sponsor: Director of Finance'],
      ['Adjustments take too long (metric 8).', 'Agree a central adjustments fund', 'Emma Rawcliffe', 'Dec-21'],
    ], [{ top: 4, left: 0, bottom: 5, right: 0 }]);
    expect(rows(report)).toEqual([
      [5, 'Priority 1 – Better disability data', ['1'], 'Emma Rawcliffe'],
      [6, 'Priority 1 – Better disability data', ['1'], 'Tom Haworth'],
      [9, 'Priority 2 – Quicker adjustments', ['8'], 'Emma Rawcliffe'],
    ]);
    expect(notes(report).find((m) => m.startsWith('Row 4:'))).toMatch(/labelled 'Board sponsor': it names who oversees the block, not its heading nor an action's lead/);
  });

  it("an executive sponsor after a dash, under a theme heading, actions in the first column", () => {
    const report = read([
      ['Action', 'Owner', 'By when', 'RAG'],
      ['Recruitment and progression'],
      ['Executive sponsor – Director of People'],
      ['Audit shortlisting for Band 7 posts each quarter', 'Head of Recruitment', 'Q2', 'Green'],
      ['Wellbeing'],
      ['Sponsor: Chief Operating Officer'],
      ['Train managers in wellbeing conversations', 'OD Lead', 'Q4', 'Amber'],
    ]);
    expect(rows(report).map((r) => [r[0], r[1], r[3]])).toEqual([
      [4, 'Recruitment and progression', 'Head of Recruitment'],
      [7, 'Wellbeing', 'OD Lead'],
    ]);
  });

  it('NEGATIVE: a heading about sponsorship (no label) still heads its actions', () => {
    const report = read([
      ['Action', 'Owner', 'By when', 'RAG'],
      ['Reverse mentoring'],
      ['Pair each executive with a disabled mentor', 'OD Lead', 'Q2', 'Green'],
      ['Sponsorship programme for disabled staff'],
      ['Match ten disabled Band 6 staff with senior sponsors', 'Talent Lead', 'Q3', 'Amber'],
    ]);
    expect(rows(report).map((r) => [r[0], r[1]])).toEqual([
      [3, 'Reverse mentoring'],
      [5, 'Sponsorship programme for disabled staff'],
    ]);
  });
});
