import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A section heading merged across the plan's columns that also gives its group's deadline under the timescale column,
 * behind a label ('High Impact Action 1: …' | 'National deadline: March 2024'): a heading, whose text is its actions'
 * theme, not an action (holdout37 wealdmoor: six such rows read as actions on arrival). Each action keeps its own date.
 */
const AS_AT = new Date(Date.UTC(2024, 2, 31));
const grid = (values: CellValue[][], merges: Grid['merges']): Grid => ({ values, merges, sheetName: 'Plan' });

describe('a heading row that gives its group a labelled deadline', () => {
  it("reads 'High Impact Action n: …' | 'National deadline: …' rows as the actions' theme", () => {
    const report = checkPlan(grid([
      ['No.', 'Action', 'WRES indicator', 'Lead', 'Deadline', 'RAG'],
      ['High Impact Action 1: Board members must have specific and measurable EDI objectives', null, null, null, 'National deadline: March 2024', null],
      ['1', 'Agree an EDI objective with every Board member and review it at mid-year.', '9', 'Company Secretary', 'Dec 2023', 'Blue'],
      ['High Impact Action 2: Embed fair and inclusive recruitment', null, null, null, 'National deadline: June 2024', null],
      ['2', 'Put a trained inclusion adviser on every interview panel for paramedic posts.', '2', 'Head of Resourcing', 'Jan 2024', 'Amber'],
    ], [{ top: 1, left: 0, bottom: 1, right: 3 }, { top: 3, left: 0, bottom: 3, right: 3 }]), { asAt: AS_AT });
    expect(report.actions.map((a) => [a.row, a.due.text, a.theme])).toEqual([
      [3, 'Dec 2023', 'High Impact Action 1: Board members must have specific and measurable EDI objectives'],
      [5, 'Jan 2024', 'High Impact Action 2: Embed fair and inclusive recruitment'],
    ]);
  });

  it("reads a priority heading merged over ref, action and owner with 'Target – Q4 2024/25' under 'By when'", () => {
    const report = checkPlan(grid([
      ['Ref', 'Action', 'Owner', 'By when', 'Status'],
      ['Priority 2 – Safe to speak up', null, null, 'Target – Q4 2024/25', null],
      ['2a', 'Recruit ten Freedom to Speak Up champions from ethnic minority backgrounds.', 'FTSU Guardian', 'Oct 2024', 'On track'],
      ['2b', 'Report concerns raised by ethnic minority staff to the People Committee each quarter.', 'Head of EDI', 'Dec 2024', 'Not started'],
    ], [{ top: 1, left: 0, bottom: 1, right: 2 }]), { asAt: AS_AT });
    expect(report.actions.map((a) => a.row)).toEqual([3, 4]);
    expect(report.actions[0].theme).toBe('Priority 2 – Safe to speak up');
  });

  it('keeps an action whose own timescale cell is labelled an action', () => {
    const report = checkPlan(grid([
      ['Action', 'Owner', 'By when', 'Status'],
      ['Publish the WRES data with a plain English summary.', 'Head of EDI', 'Revised: March 2024', 'On track'],
      ['Set up reverse mentoring for the executive team.', 'Chief People Officer', 'Dec 2023', 'Complete'],
    ], []), { asAt: AS_AT });
    expect(report.actions.map((a) => [a.row, a.due.text])).toEqual([[2, 'Revised: March 2024'], [3, 'Dec 2023']]);
  });
});
