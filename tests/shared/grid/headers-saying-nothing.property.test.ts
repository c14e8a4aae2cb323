/**
 * "A plan whose header says nothing is read by its columns' contents": several learnt plans whose columns say plainly
 * what they hold (a column of sentences, one of roles or names, one of dates or quarters, one of statuses) are read
 * again with their header row's cells replaced by Power Query's 'Column1' … 'ColumnN', with the header row left blank,
 * and with the header row removed — and must be read exactly as before: the same actions at their rows, with the same
 * fields. (Over every learnt plan with one header row and no field but ref, indicator, action, lead, timescale, status
 * and progress, this holds for 77 of 196 with generic names: a plan with two columns of dates — start and end — or a
 * sponsor's column beside the lead's needs its header words; see docs/reader.md, 'Columns read from their contents'.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid, PlanReport } from '../../../shared/types';
import { readGoldGrid, seenAction } from '../../support/learnt-plans';

const AS_AT = new Date(Date.UTC(2021, 2, 31));
const PLANS = [
  'tests/corpus/holdout10/holdout10-wdes-2021-22-wimbrook',
  'tests/corpus/holdout12/holdout12-wdes-2023-24-marlbeck',
  'tests/corpus/holdout14/holdout14-wres-2017-18-linfield',
  'tests/corpus/holdout15/holdout15-wdes-2024-25-pennmarsh',
  'tests/corpus/holdout18/holdout18-wres-2024-25-glaisdale',
  'tests/corpus/holdout2/holdout2-wres-2022-23-elmstead',
  'tests/corpus/holdout22/holdout22-wdes-2025-26-dinmore',
  'tests/corpus/holdout31/holdout31-wdes-2020-21-kelderwick',
  'tests/corpus/holdout44/holdout44-wdes-2023-24-wensley',
  'tests/corpus/holdout51/holdout51-wres-2016-17-pippinford',
  'tests/corpus/holdout59/holdout59-wdes-2019-20-wenlow',
  'tests/corpus/holdout62/holdout62-wres-2023-24-brackenholt',
  'tests/corpus/holdout8/holdout8-wres-2022-23-marshbrook',
];

/** Per-cell layers of a grid, one array per row: a header row is blanked or removed in each alike. */
const LAYERS = ['display', 'fills', 'fonts'] as const;

/** The grid with its header row (grid row `h`) changed: 'Column1' … names, blanked, or removed. */
function withHeader(grid: Grid, h: number, how: 'generic' | 'blank' | 'removed'): Grid {
  const g: Grid = { ...grid, values: grid.values.map((row) => [...(row ?? [])]) };
  if (how === 'removed') {
    g.values.splice(h, 1);
    for (const k of LAYERS) if (grid[k]) g[k] = grid[k]!.filter((_, i) => i !== h) as never;
    // Merged areas, notes and outlines are kept by row: a plan whose header row is removed is compared without them.
    g.merges = (grid.merges ?? []).filter((m) => m.bottom < h).concat((grid.merges ?? []).filter((m) => m.top > h).map((m) => ({ ...m, top: m.top - 1, bottom: m.bottom - 1 })));
    return g;
  }
  g.values[h] = g.values[h].map((v, c) => (how === 'blank' || v === null || v === '' ? null : `Column${c + 1}`));
  for (const k of LAYERS) if (grid[k]) g[k] = grid[k]!.map((row, i) => (i === h ? null : row)) as never;
  return g;
}

describe.each(PLANS)('the header of %s says nothing; its reading does not change', (plan) => {
  let grid: Grid;
  let before: PlanReport;
  let h: number;
  beforeAll(async () => {
    grid = await readGoldGrid(plan);
    before = checkPlan(grid, { asAt: AS_AT });
    h = before.headerRows[0] - 1 - (grid.origin?.row ?? 0);
  });

  it.each(['generic', 'blank', 'removed'] as const)('reads the same actions and fields with the header %s', (how) => {
    const after = checkPlan(withHeader(grid, h, how), { asAt: AS_AT });
    const moved = (row: number) => (how === 'removed' && row - 1 > h ? row - 1 : row);
    expect(after.actions).toHaveLength(before.actions.length);
    for (const a of before.actions) expect(seenAction(after, moved(a.row)), `row ${a.row}`).toEqual(seenAction(before, a.row));
    expect(after.columnEvidence.find((e) => e.field === 'action')?.reason).toContain('read by its contents');
  });
});
