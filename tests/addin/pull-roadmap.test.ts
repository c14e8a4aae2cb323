import { describe, expect, it } from 'vitest';
import { planPullWrites } from '../../addin/sync';
import { describePull } from '../../addin/sync/describe-pull';
import { checkPlan } from '../../shared/check-plan';
import { ROW_ID_HEADER, type Grid } from '../../shared/types';
import { writtenCells } from '../support/written-cells';

/**
 * A roadmap (each action written in the column of the quarter it is delivered in) and a delivery timetable (ticks
 * under the quarters) show an action's timescale by where it sits: no cell holds it as text. A timescale pulled from
 * another editor cannot be written into one cell — into a roadmap's it would overwrite the action — so the pull
 * refuses it and says why; an edited action text goes back into the period cell it was read from.
 */
const asAt = new Date(Date.UTC(2024, 9, 1));
const Q = ['Q1 2024/25', 'Q2 2024/25', 'Q3 2024/25', 'Q4 2024/25'];
const roadmap = (): Grid => ({
  values: [
    ['Fenwick NHS Trust – WDES roadmap 2024/25'],
    ['Ref', 'Metric', 'Lead', ...Q, 'Status', ROW_ID_HEADER],
    ['R1', 'M1', 'Head of Workforce', 'Run a declaration campaign with the disability network on every site.', null, null, null, 'Complete', 'a1'],
    ['R2', 'M2', 'Head of Resourcing', null, null, 'Add an adjustments question to every application and track the answers.', null, 'On track', 'a2'],
    ['R3', 'M8', 'Head of OH', null, 'Set up a central reasonable adjustments service with a six-week target.', null, null, 'On track', 'a3'],
  ],
});


describe('a pull into a roadmap', () => {
  const report = checkPlan(roadmap(), { asAt });

  it('reads the roadmap first (the premise)', () => {
    expect(report.actions.map((a) => a.due.text)).toEqual(['Q1 2024/25', 'Q3 2024/25', 'Q2 2024/25']);
  });

  it('refuses a pulled timescale, writing nothing over the action, and says why', () => {
    const result = { updates: [{ id: 'a2', field: 'due' as const, value: 'Q4 2024/25', by: 'Ann' }], deletions: [] };
    const writes = planPullWrites(report, result as never);
    expect(writes.cells).toEqual([]);
    expect(writes.refused).toEqual([{ id: 'a2', row: 4, field: 'due', value: 'Q4 2024/25', why: "this plan shows the timescale by the period column the action is written or marked in (F4, 'Q3 2024/25'), not as text in a cell" }]);
    expect(describePull(report, result as never, 'Cat')).toEqual([
      "Row 4 Timescale: Ann's 'Q4 2024/25' was not written — this plan shows the timescale by the period column the action is written or marked in (F4, 'Q3 2024/25'), not as text in a cell. Move the action to that period's column yourself; otherwise your 'Q3 2024/25' goes back at the next push",
    ]);
  });

  it('writes an edited action back into the period cell it was read from, and reads it there', () => {
    const value = 'Add an adjustments question to every NHS Jobs application and report the answers quarterly.';
    const { cells } = planPullWrites(report, { updates: [{ id: 'a2', field: 'action', value }], deletions: [] } as never);
    expect(cells).toEqual([{ address: 'F4', value }]);
    const again = checkPlan(writtenCells(roadmap(), cells), { asAt }).actions.find((a) => a.id === 'a2');
    expect(again).toMatchObject({ action: value, due: { text: 'Q3 2024/25' } });
  });
});

describe('a pull into a delivery timetable', () => {
  it('refuses a pulled timescale rather than write it over a tick', () => {
    const g: Grid = {
      values: [
        ['WDES action plan 2024/25'],
        ['Ref', 'Action', 'Lead', ...Q, ROW_ID_HEADER],
        ['1', 'Run a declaration campaign with the network.', 'Head of Workforce', '✓', '✓', null, null, 't1'],
        ['2', 'Guarantee interviews under Disability Confident.', 'Recruitment Lead', null, null, '✓', null, 't2'],
      ],
    };
    const report = checkPlan(g, { asAt });
    const writes = planPullWrites(report, { updates: [{ id: 't1', field: 'due', value: 'Q4 2024/25' }], deletions: [] } as never);
    expect(writes.cells).toEqual([]);
    expect(writes.refused.map((x) => x.row)).toEqual([3]);
  });
});
