import { describe, expect, it } from 'vitest';
import { linkRows } from '../../addin/sync/link-rows';
import type { PlanRow } from '../../shared/sync';

const remote = (id: string, fields: Record<string, string>, deleted = false): PlanRow => ({ id, fields, rev: 1, updatedBy: 'x', updatedAt: '2024-01-01T00:00:00Z', ...(deleted ? { deleted } : {}) });

describe('linkRows', () => {
  it('pairs rows with the same action, ignoring case and spacing, whatever their order or edits elsewhere', () => {
    const links = linkRows(
      [{ id: 'l1', fields: { indicator: '2', action: 'Reverse  mentoring for the Board', lead: 'CPO' } }, { id: 'l2', fields: { indicator: '1', action: 'Publish WRES data' } }],
      [remote('r1', { indicator: '1', action: 'publish wres data' }), remote('r2', { indicator: '2', action: 'Reverse mentoring for the board', lead: 'Director of People' })],
    );
    expect([...links]).toEqual([['l1', 'r2'], ['l2', 'r1']]);
  });

  it('uses each shared row once: the same action under two indicators goes to the matching indicator first', () => {
    const links = linkRows(
      [{ id: 'a', fields: { indicator: '9', action: 'Staff networks' } }, { id: 'b', fields: { indicator: '4', action: 'Staff networks' } }, { id: 'c', fields: { indicator: '5', action: 'Staff networks' } }],
      [remote('r4', { indicator: '4', action: 'Staff networks' }), remote('r9', { indicator: '9', action: 'Staff networks' })],
    );
    expect([...links]).toEqual([['a', 'r9'], ['b', 'r4']]);
  });

  it('leaves new sheet rows, empty actions and deleted shared rows unlinked', () => {
    const links = linkRows(
      [{ id: 'new', fields: { action: 'A brand new action' } }, { id: 'blank', fields: { action: '' } }, { id: 'gone', fields: { action: 'Old action' } }],
      [remote('r0', { action: '' }), remote('rx', { action: 'Old action' }, true)],
    );
    expect(links.size).toBe(0);
  });
});
