import { describe, expect, it } from 'vitest';
import { changedCells } from '../../addin/sync/since-approval';
import { checkPlan } from '../../shared/check-plan';
import type { DiffResponse } from '../../shared/sync';

const grid = {
  values: [
    ['Indicator', 'Action', 'Lead', 'Timescale', 'RAG'],
    ['1', 'Publish the WRES data', 'Head of EDI', 'March 2024', 'Green'],
    ['2', 'Reverse mentoring for the board', 'Chief People Officer', 'June 2024', 'Amber'],
  ],
};
// Rows 2 and 3 carry stable ids "a" and "b" (as the hidden id column gives them).
const report = (() => {
  const r = checkPlan(grid, { asAt: new Date(2024, 0 /* Jan */, 15) });
  return { ...r, actions: r.actions.map((a, i) => ({ ...a, id: ['a', 'b'][i] })) };
})();
const snapshot = { snapshotId: '00000000-0000-4000-8000-000000000000', label: 'Board approved', revision: 3, createdBy: 'ann', createdAt: '2024-01-10T09:00:00Z' };
const step = (id: string, field: string, before: string | null, after: string | null, by = 'bob') => ({ id, field, before, after, by, at: '2024-01-12T10:00:00Z' });

describe('changedCells', () => {
  it('places each change on the cell of its action, found by id', () => {
    const diff: DiffResponse = { from: snapshot, revision: 5, changes: [step('b', 'lead', 'Chief People Officer', 'Director of People')] };
    expect(changedCells(diff, report)).toEqual([expect.objectContaining({ address: 'C3', field: 'lead', before: 'Chief People Officer', after: 'Director of People', by: 'bob' })]);
  });

  it('shows before-approval and now for a cell changed several times, and nothing for a change undone', () => {
    const diff: DiffResponse = {
      from: snapshot,
      revision: 8,
      changes: [
        step('a', 'status', 'Green', 'Amber'), step('a', 'status', 'Amber', 'Red', 'cat'),
        step('b', 'due', 'June 2024', 'July 2024'), step('b', 'due', 'July 2024', 'June 2024'),
      ],
    };
    expect(changedCells(diff, report)).toEqual([expect.objectContaining({ address: 'E2', before: 'Green', after: 'Red', by: 'cat' })]);
  });

  it('lists changes it cannot place (a deleted action, a row not in this sheet) without an address', () => {
    const diff: DiffResponse = { from: snapshot, revision: 6, changes: [step('zz', 'lead', 'X', 'Y'), step('a', 'deleted', null, 'true'), step('a', 'theme', '', 'Culture')] };
    expect(changedCells(diff, report).map((c) => [c.field, c.address])).toEqual([['lead', null], ['deleted', null], ['theme', null]]);
  });
});
