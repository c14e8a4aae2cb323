import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * An action whose words are typed on one row and its lead and timescale (and status) on the row under it, its own cells
 * on the first row left blank: the second row is the action's, never an action with no words. A row under an action that
 * already has its lead and timescale stays a row of its own, flagged as having no action.
 */
const AS_AT = new Date(Date.UTC(2025, 9, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });
const rules = (report: ReturnType<typeof read>, rule: string) => report.issues.filter((i) => i.rule === rule).map((i) => i.row);

describe("an action's lead and timescale on the row under its words", () => {
  it('joins each who-and-when row to the action above, with the cells it came from and why', () => {
    const report = read([
      ['Brookvale NHS Trust – WRES plan 2025/26'],
      ['No', 'Action', 'Lead', 'By when'],
      ['1', 'Introduce reverse mentoring between BME staff and board members', '', ''],
      ['', '', 'Chief People Officer', 'Sep 2025'],
      ['2', 'Audit shortlisting outcomes by ethnicity for all band 7 and above posts', '', ''],
      ['', '', 'Head of Resourcing', 'Dec 2025'],
    ]);
    expect(report.actions.map((a) => [a.row, a.lead, a.due.text])).toEqual([[3, 'Chief People Officer', 'Sep 2025'], [5, 'Head of Resourcing', 'Dec 2025']]);
    expect(rules(report, 'action-empty')).toEqual([]);
    expect(rules(report, 'lead-missing')).toEqual([]);
    expect(report.actions[0].sources.due?.cell).toBe('D4');
    expect(report.actions[0].sources.lead?.cell).toBe('C4');
    expect(report.issues.find((i) => i.rule === 'row-set-aside' && i.row === 4)?.message).toContain("its lead and timescale are row 3's action's, typed on the row under its words");
  });

  it('joins a row of timescale, lead and status under each action, in another column order', () => {
    const report = read([
      ['Ref', 'What we will do', 'By', 'Owner', 'Status', 'Metric'],
      ['D1', 'Train every line manager in reasonable adjustments conversations', '', '', '', '4a'],
      ['', '', 'Mar 2026', 'Head of OD', 'In progress', ''],
      ['D2', 'Give the disabled staff network a budget and protected time for its chair', '', '', '', '9a'],
      ['', '', 'Jan 2026', 'EDI Lead', 'Not started', ''],
    ]);
    expect(report.actions.map((a) => [a.row, a.indicator, a.lead, a.due.text, a.status])).toEqual([
      [2, '4a', 'Head of OD', 'Mar 2026', 'In progress'],
      [4, '9a', 'EDI Lead', 'Jan 2026', 'Not started'],
    ]);
  });

  it('negative: a row with a lead and a date under an action that has its own stays a row of its own, with no action', () => {
    const report = read([
      ['No', 'Action', 'Lead', 'By when'],
      ['1', 'Introduce reverse mentoring between BME staff and board members', 'Chief People Officer', 'Sep 2025'],
      ['', '', 'Head of Resourcing', 'Dec 2025'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
    expect(rules(report, 'action-empty')).toEqual([3]);
  });
});
