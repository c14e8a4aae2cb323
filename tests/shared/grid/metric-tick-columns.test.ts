import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { scoreHeaderWords } from '../../../shared/grid/header-words';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A tick matrix of metrics whose band label speaks of 'this action' ('WDES metric(s) this action is intended to
 * improve' over ten columns headed 1 … 10), with a row of the plan's figures under the header, one per metric ('Our 2019
 * result' | 3.2% | 1.41 | …): each action serves the metrics ticked on its row (holdout42 brackenholt). 'This action'
 * after another field's name refers to the row's action and names no column; a row of figures across the band gives
 * each metric's value, it ticks nothing.
 */
const AS_AT = new Date(Date.UTC(2020, 2, 31));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });
const indicators = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.indicators]);

describe("a tick matrix of metrics under a band label speaking of 'this action'", () => {
  it('reads the ticked metrics of each action, a row of figures under the two-row header', () => {
    const tick = (...cols: number[]) => Array.from({ length: 10 }, (_, i) => (cols.includes(i + 1) ? '✓' : ''));
    const report = read(
      [
        ['Ref', 'Action', 'Lead', 'By', 'WDES metric(s) this action is intended to improve', '', '', '', '', '', '', '', '', '', 'Status'],
        ['', '', '', '', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', ''],
        ['', 'Our 2019 result (see the WDES report)', '', '', '3.2%', '1.41', '2.05', '29.4%', '76.0%', '27.1%', '36.9%', '71.3%', '6.4', '-2.6%', ''],
        ['A1', 'Run a declaration campaign asking every member of staff to check their record.', 'Workforce Information Manager', 'Dec-19', ...tick(1), 'On track'],
        ['B1', 'Offer career conversations through the coaching network to disabled staff.', 'Head of OD', 'Feb-20', ...tick(1, 5), 'On track'],
        ['C1', 'Introduce a reasonable adjustments passport.', 'Occupational Health Manager', 'Dec-19', ...tick(6, 7, 8), 'Delayed'],
        ['D1', 'Ask each Board member to state whether they have a disability.', 'Company Secretary', 'Mar-20', ...tick(10), 'Not started'],
      ],
      { merges: [{ top: 0, left: 4, bottom: 0, right: 13 }, ...[0, 1, 2, 3, 14].map((c) => ({ top: 0, left: c, bottom: 1, right: c }))] },
    );
    expect(indicators(report).filter(([r]) => r !== 3)).toEqual([[4, ['1']], [5, ['1', '5']], [6, ['6', '7', '8']], [7, ['10']]]);
  });

  it("reads 'x' marks under 'WRES indicators this action addresses' in the middle of a one-row-over-numbers header, a baseline row first", () => {
    const mark = (...cols: number[]) => Array.from({ length: 9 }, (_, i) => (cols.includes(i + 1) ? 'x' : ''));
    const report = read(
      [
        ['Action', 'WRES indicators this action addresses', '', '', '', '', '', '', '', '', 'Owner', 'Deadline'],
        ['', '1', '2', '3', '4', '5', '6', '7', '8', '9', '', ''],
        ['Baseline 2022', '11.2%', '1.62', '1.9', '0.94', '27%', '24%', '81%', '8%', '-14%', '', ''],
        ['Put a BME member on every Band 7 and above interview panel.', ...mark(2), 'Head of Recruitment', 'Q3 2022/23'],
        ['Review every disciplinary case with a second manager before it starts.', ...mark(3), 'Head of Employee Relations', 'Q2 2022/23'],
        ['Run a respect campaign with the staff network and staff side.', ...mark(5, 6, 8), 'Head of OD', 'Q4 2022/23'],
      ],
      { merges: [{ top: 0, left: 1, bottom: 0, right: 9 }, ...[0, 10, 11].map((c) => ({ top: 0, left: c, bottom: 1, right: c }))] },
    );
    expect(indicators(report).filter(([r]) => r !== 3)).toEqual([[4, ['2']], [5, ['3']], [6, ['5', '6', '8']]]);
  });

  it('keeps a table of figures under numbered columns as no matrix, and a header naming the lead for this action as the lead', () => {
    const report = read([
      ['Action', 'Lead for this action', 'Due', 'Indicator', 'Figures by year', '', ''],
      ['', '', '', '', '2019', '2020', '2021'],
      ['Publish the workforce profile by band.', 'Workforce Information Manager', 'Q2', '1', '10.1%', '10.8%', '11.2%'],
      ['Put a BME member on interview panels.', 'Head of Recruitment', 'Q3', '2', '1.71', '1.62', '1.55'],
    ]);
    expect(report.actions.map((a) => [a.row, a.lead, a.indicators])).toEqual([
      [3, 'Workforce Information Manager', ['1']],
      [4, 'Head of Recruitment', ['2']],
    ]);
  });

  it.each([
    ['WDES metric(s) this action is intended to improve', 'indicator'],
    ['Lead for this action', 'lead'],
    ['What is this action?', 'action'],
  ])('%s names the %s', (header, field) => {
    expect(scoreHeaderWords(header)[0]?.field).toBe(field);
  });
});
