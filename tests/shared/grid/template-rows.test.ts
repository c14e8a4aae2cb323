import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2021, 2, 31));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });
const setAside = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => [i.row, i.message]);

// Trusts fill in a template: its example row, or its rows of prompts still to fill in, are sometimes left in the plan.
describe("a template's example or placeholder rows left in the plan", () => {
  it('sets aside the example row under the header, with why', () => {
    const report = read({
      values: [
        ['Aldbury NHS Trust – WRES Action Plan 2021/22'],
        ['No.', 'WRES indicator', 'Action', 'Lead', 'Due date', 'RAG'],
        ['e.g.', '2', 'Example: describe the action in one or two sentences (delete this row before publishing)', 'Named post holder', 'dd-mmm-yy', 'G'],
        [1, '1', 'Set BME representation targets for Bands 8a to 9', 'Deputy Director of Workforce', '30-Sep-21', 'G'],
        [2, '2', 'Train every shortlisting panel in fair recruitment', 'Head of Resourcing', '31-Dec-21', 'A'],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([4, 5]);
    const [[row, message]] = setAside(report);
    expect(row).toBe(3);
    expect(message).toMatch(/read as a template's example, not an action — it asks to be deleted .*'dd-mmm-yy' is a date's format/);
  });

  it('sets aside rows of prompts still to fill in under the plan, without a word asking for their deletion', () => {
    const report = read({
      values: [
        ['Action', 'Lead', 'Metric', 'Target date', 'Status'],
        ['Run a reasonable adjustments passport campaign', 'Head of Wellbeing', 'Metric 8', 'Oct 2022', 'On track'],
        ['Give the network chair protected time', 'Chief People Officer', 'Metric 9b', 'Jun 2022', 'Complete'],
        ['[Insert action here]', '[Insert lead]', 'Metric X', 'dd/mm/yyyy', null],
        ['<Describe the action>', 'XXX', null, 'DD/MM/YY', null],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
    expect(setAside(report).map(([r]) => r)).toEqual([4, 5]);
  });

  it('reads a cell asking for its row to be deleted across a line break, and a placeholder after leading spaces', () => {
    const report = read({
      values: [
        ['Action', 'Lead', 'Timescale'],
        ['Describe the action in a sentence.\nPlease delete this\nrow  before sending', 'EDI Lead', 'Q3 2021/22'],
        ['Review the recruitment policy', 'Head of Resourcing', 'Mar 2022'],
        ['Describe the action (remove the\n example   row)', 'Named lead', '  dd/mm/yyyy'],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([3]);
    expect(setAside(report).map(([r, m]) => [r, /asks to be deleted/.test(String(m))])).toEqual([[2, true], [4, true]]);
  });

  it('keeps an action that mentions an example, or a row with one unfilled date, as an action', () => {
    const report = read({
      values: [
        ['Action', 'Lead', 'Timescale'],
        ['Share examples of good practice from the BME network with every division', 'EDI Lead', 'Q3 2021/22'],
        ['E.g. reverse mentoring for the executive team', 'Chief People Officer', 'Mar 2022'],
        ['Review the recruitment policy', 'Head of Resourcing', 'dd/mm/yyyy'],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
    expect(setAside(report)).toEqual([]);
  });
});
