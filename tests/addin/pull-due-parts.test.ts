import { describe, expect, it } from 'vitest';
import { planPullWrites } from '../../addin/sync';
import { checkPlan } from '../../shared/check-plan';
import { ROW_ID_HEADER, type Grid } from '../../shared/types';
import { writtenCells } from '../support/written-cells';

/**
 * A timescale the plan writes in parts ('Qtr' | 'Year'), edited by another editor and pulled into this sheet: the next
 * check must read back exactly the timescale pulled. Writing it whole into the year's cell (as into any one-cell
 * timescale) would leave the old quarter beside it, and the sheet would then read 'Q3 Q4 2021/22' and push that back.
 */
const asAt = new Date(Date.UTC(2021, 9, 1));
const plan = (): Grid => ({
  values: [
    ['Stanway NHS Trust – WDES action plan 2021/22'],
    ['Ref', 'Action', 'Metric', 'Lead', 'Year', 'Qtr', 'Status', ROW_ID_HEADER],
    ['1', 'Add the guaranteed interview statement to every advert.', 'M2', 'Head of Resourcing', '2021/22', 'Q3', 'On track', 'a1'],
    ['2', 'Train recruiting managers in reasonable adjustments.', 'M3', 'Head of OD', '2021/22', 'Q4', 'On track', 'a2'],
    ['3', 'Run listening events with the disability network.', 'M9a', 'Network Chair', 'Ongoing', '', 'On track', 'a3'],
    ['4', 'Set up a reasonable adjustments passport.', 'M4a', 'Head of Wellbeing', '2022/23', 'Q1', 'On track', 'a4'],
    ['5', 'Publish the WDES report and this plan.', 'M1', 'EDI Lead', '2021/22', '2', 'Complete', 'a5'],
  ],
});


const dueAfterPull = (id: string, value: string) => {
  const g = plan();
  const report = checkPlan(g, { asAt });
  const { cells } = planPullWrites(report, { updates: [{ id, field: 'due', value }], deletions: [] } as never);
  return { cells, read: checkPlan(writtenCells(g, cells), { asAt }).actions.find((a) => a.id === id)?.due.text };
};

describe('a timescale in parts, pulled from another editor', () => {
  it('reads the plan as parts first (the premise)', () => {
    expect(checkPlan(plan(), { asAt }).actions.map((a) => a.due.text)).toEqual(['Q3 2021/22', 'Q4 2021/22', 'Ongoing', 'Q1 2022/23', 'Q2 2021/22']);
  });

  it("writes a quarter and year into their own cells, and reads back what was pulled", () => {
    const { cells, read } = dueAfterPull('a1', 'Q1 2022/23');
    expect(cells).toEqual([{ address: 'F3', value: 'Q1' }, { address: 'E3', value: '2022/23' }]);
    expect(read).toBe('Q1 2022/23');
  });

  it("writes a timescale of another shape whole into the year's cell and empties the quarter, so it reads back as pulled", () => {
    expect(dueAfterPull('a2', 'End of March 2022').read).toBe('End of March 2022');
    expect(dueAfterPull('a2', 'Ongoing').read).toBe('Ongoing');
  });

  it('gives a row that had one part filled both parts when the pull has both', () => {
    expect(dueAfterPull('a3', 'Q2 2022/23').read).toBe('Q2 2022/23');
  });
});
