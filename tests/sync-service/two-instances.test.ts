/**
 * Two service instances over one store (Azure Functions scales out): each remembers the plans it wrote, and
 * the other's writes must never be merged against a stale memory. Every answer is checked against storage.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlanStore } from '../../sync-service/plans';
import { createMemoryStorage, createTableStorage, type PlanStorage } from '../../sync-service/storage';
import { SEED_TRUSTS } from '../../sync-service/trust-directory';
import { startAzurite, type EmbeddedAzurite } from '../support/azurite';

let azurite: EmbeddedAzurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.stop();
});

const backends: [string, () => PlanStorage][] = [
  ['memory', () => createMemoryStorage({ seedTrusts: SEED_TRUSTS })],
  ['Table Storage (Azurite)', () => createTableStorage({ connectionString: azurite.connectionString, tablePrefix: 'twoinst', seedTrusts: SEED_TRUSTS })],
];

describe.each(backends)('two instances over %s', (_name, make) => {
  it('merge each other\'s edits, report real conflicts only, and agree with storage', async () => {
    const storage = make();
    const [a, b] = [createPlanStore(storage), createPlanStore(storage)];
    const plan = { trust: 'RXT', standard: 'WRES' as const, period: '2031-32' };
    const who = (by: string) => ({ by, sub: by, at: new Date(Date.UTC(2024, 0, 1)).toISOString() });
    await a.push(plan, { pushId: randomUUID(), changes: [{ id: 'r1', base: {}, set: { lead: 'v0', status: 's0' } }] }, who('ann'));
    let lead = 'v0';
    for (let n = 1; n <= 6; n++) {
      const writer = n % 2 ? b : a;
      // Each instance edits from the true current value: never a conflict.
      const res = await writer.push(plan, { pushId: randomUUID(), changes: [{ id: 'r1', base: { lead }, set: { lead: `v${n}` } }] }, who(`e${n}`));
      expect(res.conflicts, `push ${n}`).toEqual([]);
      lead = `v${n}`;
      // A stale edit through the other instance is a conflict naming the real value, not one it remembered.
      const other = writer === a ? b : a;
      const stale = await other.push(plan, { pushId: randomUUID(), changes: [{ id: 'r1', base: { lead: 'old' }, set: { lead: 'late' } }] }, who('late'));
      expect(stale.conflicts).toEqual([expect.objectContaining({ field: 'lead', theirs: lead })]);
    }
    const [fromA, fromB] = await Promise.all([a.readPlan(plan), b.readPlan(plan)]);
    expect(fromA.rows[0].fields.lead).toBe('v6');
    expect(fromB).toEqual(fromA);
  });
});
