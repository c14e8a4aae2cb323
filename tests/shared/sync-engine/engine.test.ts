import { describe, expect, it } from 'vitest';
import {
  applyPush, canonicalPush, createDict, decodeCursor, diffChanges, encodeCursor, replay, toPlanRow, updateSummary, type EngineRow,
} from '../../../shared/sync-engine';
import type { ChangeEntry } from '../../../shared/sync';

const author = { by: 'Ann Smith', sub: 'u-ann', at: '2023-10-31T09:00:00Z' };
const entry = (revision: number, id: string, field: string, value: string, sub = 'u-ann'): ChangeEntry => ({ revision, id, field, value, by: 'Ann Smith', sub, at: `2023-10-31T09:00:0${revision}Z` });

describe('replay', () => {
  it('skips steps a row already holds, so replaying over partly up-to-date rows is safe', () => {
    const rows = replay(new Map(), [entry(1, 'a1', 'lead', 'Ann'), entry(2, 'a1', 'lead', 'Bob')]);
    const again = replay(rows, [entry(1, 'a1', 'lead', 'Ann'), entry(2, 'a1', 'lead', 'Bob'), entry(3, 'a1', 'status', 'Done')]);
    expect(again.get('a1')!.fields).toEqual({ lead: 'Bob', status: 'Done' });
    expect(again.get('a1')!.rev).toBe(3);
  });
  it('keeps who set each field by stable id, and deletions as tombstones', () => {
    const rows = replay(new Map(), [entry(1, 'a1', 'lead', 'Ann', 'u-1'), entry(2, 'a1', 'deleted', 'true', 'u-2')]);
    expect(rows.get('a1')!.stamps.lead).toMatchObject({ sub: 'u-1', rev: 1 });
    expect(rows.get('a1')!.deleted).toMatchObject({ sub: 'u-2', rev: 2 });
    expect(toPlanRow(rows.get('a1')!)).toMatchObject({ deleted: true, rev: 2, fields: { lead: 'Ann', action: '' } });
  });
});

describe('applyPush', () => {
  it('changes nothing and keeps the revision when every change is a conflict or a no-op', () => {
    const rows = replay(new Map(), [entry(1, 'a1', 'lead', 'Ann')]);
    const out = applyPush({ revision: 1, rows }, { pushId: 'p', changes: [{ id: 'a1', base: { lead: 'Zed' }, set: { lead: 'Bob' } }] }, author, { commit: 'c', fingerprint: 'f' });
    expect(out.revision).toBe(1);
    expect(out.record).toBeNull();
    expect(out.receipt.changed).toBe(false);
    expect(out.receipt.conflicts).toEqual([{ change: 0, field: 'lead', reason: 'changed', rev: 1 }]);
    expect(JSON.stringify(out.receipt)).not.toContain('Ann');
  });
});

describe('summary', () => {
  it('replaces changed actions and drops deleted ones', () => {
    const rows = replay(new Map(), [entry(1, 'a1', 'indicator', '3'), entry(1, 'a2', 'status', 'Done')]);
    const first = updateSummary(null, { trust: 'RXT', standard: 'WRES' }, rows.values(), { revision: 1, lastUpdate: 'x', latestSnapshot: null });
    expect(first.actions.a1).toEqual(['3', '', '', expect.any(String)]);
    const gone = replay(rows, [entry(2, 'a2', 'deleted', 'true')]);
    const second = updateSummary(first, { trust: 'RXT', standard: 'WRES' }, gone.values(), { revision: 2, lastUpdate: 'y', latestSnapshot: null });
    expect(Object.keys(second.actions)).toEqual(['a1']);
    expect(second.revision).toBe(2);
  });
});

describe('diffChanges', () => {
  it('gives each change the value it replaced', () => {
    const start = replay(new Map(), [entry(1, 'a1', 'status', 'Not started')]);
    expect(diffChanges(start, [entry(2, 'a1', 'status', 'Done'), entry(3, 'a1', 'status', 'Closed'), entry(4, 'n1', 'lead', 'Ann')]).map((c) => [c.before, c.after]))
      .toEqual([['Not started', 'Done'], ['Done', 'Closed'], [null, 'Ann']]);
  });
});

describe('cursor', () => {
  it('round-trips, and refuses anything that is not a cursor or 0', () => {
    const c = { epoch: 'e-1', revision: 42, commit: 'c-42' };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(decodeCursor('0')).toEqual({ epoch: '', revision: 0, commit: '' });
    for (const bad of ['6', '-1', "0' or 1 eq 1", 'eyJ9', '', 'x'.repeat(500)]) expect(decodeCursor(bad), bad).toBeNull();
  });
});

describe('dict and canonical push', () => {
  it('keeps "__proto__" as a plain key', () => {
    const d = createDict<string>([['__proto__', 'x']]);
    expect(Object.keys(d)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.getPrototypeOf(d)).toBeNull();
  });
  it('gives the same text whatever the key order', () => {
    expect(canonicalPush({ pushId: 'a', changes: [{ id: 'r', base: {}, set: { lead: 'x', action: 'y' } }] }))
      .toBe(canonicalPush({ pushId: 'b', changes: [{ set: { action: 'y', lead: 'x' }, base: {}, id: 'r' } as never] }));
  });
});
