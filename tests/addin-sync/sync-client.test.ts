import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type ServerType } from '@hono/node-server';
import { diffRows, SyncClient, type SyncRow, type SyncState, type SyncStateStore } from '../../addin/sync';
import { createApp } from '../../sync-service/app';
import { signDevToken } from '../../sync-service/auth';
import { loadConfig } from '../../sync-service/config';
import { createTableStore } from '../../sync-service/store';
import { SEED_TRUSTS } from '../../sync-service/trust-directory';
import { startAzurite, type EmbeddedAzurite } from '../support/azurite';

const SECRET = 'sync-client-tests-secret-0123456789';
let azurite: EmbeddedAzurite;
let server: ServerType;
let baseUrl = '';
let plans = 0;

/** Workbook state as the adapter keeps it: a JSON round trip, like Excel's settings. */
const memoryStore = (): SyncStateStore & { saved: string | null } => ({
  saved: null,
  async read() { return this.saved ? (JSON.parse(this.saved) as SyncState) : null; },
  async write(state) { this.saved = JSON.stringify(state); },
});
const rowsOf = (n: number): SyncRow[] => Array.from({ length: n }, (_, i) => ({ id: `r${i}`, fields: { action: `Action number ${i} with a realistic amount of text in it`, lead: 'Head of EDI', due: 'March 2024', status: 'Not Started', indicator: String((i % 9) + 1) } }));

async function client(sub: string, planUrl: string, store = memoryStore(), fetchImpl?: typeof fetch) {
  const token = await signDevToken(SECRET, { sub, name: sub, trust: 'RXT', role: 'editor' });
  return new SyncClient({ planUrl, tokens: { getToken: async () => token }, store, fetch: fetchImpl }).load();
}
const newPlan = () => `${baseUrl}/v1/trusts/RXT/plans/WRES/${3000 + plans++}-01`;

beforeAll(async () => {
  azurite = await startAzurite();
  const store = await createTableStore({ connectionString: azurite.connectionString, tablePrefix: 'cli', seedTrusts: SEED_TRUSTS });
  const app = createApp({ config: loadConfig({ SYNC_DEV_SECRET: SECRET }), store, log: () => undefined });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
      baseUrl = `http://127.0.0.1:${info.port}`;
      resolve();
    });
  });
});
afterAll(async () => {
  await new Promise<void>((r) => (server as unknown as { close(cb: () => void): void }).close(() => r()));
  await azurite?.stop();
});

describe('diffRows', () => {
  it('sends only changed fields with their base, new rows whole, and deletions', () => {
    const base = { a: { lead: 'Ann', due: 'Mar-24' }, gone: { lead: 'Zed', action: 'Old' } };
    expect(diffRows([{ id: 'a', fields: { lead: 'Bob', due: 'Mar-24' } }, { id: 'n', fields: { action: 'New', lead: '' } }], base)).toEqual([
      { id: 'a', base: { lead: 'Ann' }, set: { lead: 'Bob' } },
      { id: 'n', base: {}, set: { action: 'New' } },
      { id: 'gone', delete: true, base: { lead: 'Zed', action: 'Old' } },
    ]);
  });
  it('ignores row order: a sorted sheet is no change', () => {
    const rows = rowsOf(5);
    const base = Object.fromEntries(rows.map((r) => [r.id, r.fields]));
    expect(diffRows([...rows].reverse(), base)).toEqual([]);
  });
});

describe('the sync client against the real service', () => {
  it('sends a one-cell edit of a 200-row plan as a small request', async () => {
    const sent: number[] = [];
    const counting: typeof fetch = async (input, init) => {
      if (init?.body) sent.push(String(init.body).length);
      return fetch(input, init);
    };
    const c = await client('ann', newPlan(), memoryStore(), counting);
    const rows = rowsOf(200);
    await c.record(rows);
    await c.push();
    rows[120] = { ...rows[120], fields: { ...rows[120].fields, status: 'In Progress' } };
    expect(await c.record(rows)).toBe(1);
    await c.push();
    expect(sent[1] / sent[0]).toBeLessThan(0.02);
  });

  it('keeps the outbox through a reopen while the service is down, and sends it once when it is back', async () => {
    const planUrl = newPlan();
    const store = memoryStore();
    let down = true;
    const flaky: typeof fetch = async (input, init) => {
      if (down) throw new TypeError('fetch failed');
      return fetch(input, init);
    };
    const first = await client('ann', planUrl, store, flaky);
    await first.record(rowsOf(3));
    await expect(first.push()).rejects.toMatchObject({ kind: 'offline' });
    const reopened = await client('ann', planUrl, store, flaky);
    expect(reopened.unsent).toBe(3);
    down = false;
    await reopened.push();
    expect(reopened.unsent).toBe(0);
    const plan = await (await fetch(planUrl, { headers: { authorization: `Bearer ${await signDevToken(SECRET, { sub: 'v', trust: 'RXT', role: 'viewer' })}` } })).json();
    expect(plan.rows).toHaveLength(3);
  });

  it('retries a push whose answer was lost with the same pushId, so it is applied once', async () => {
    const planUrl = newPlan();
    let drop = true;
    const pushIds: string[] = [];
    const lossy: typeof fetch = async (input, init) => {
      if (init?.body) pushIds.push(JSON.parse(String(init.body)).pushId);
      const res = await fetch(input, init);
      if (drop && String(input).endsWith('/push')) {
        drop = false;
        throw new TypeError('network dropped the response');
      }
      return res;
    };
    const c = await client('ann', planUrl, memoryStore(), lossy);
    await c.record(rowsOf(2));
    await expect(c.push()).rejects.toMatchObject({ kind: 'offline' });
    const [result] = await c.push();
    expect(pushIds[0]).toBe(pushIds[1]);
    expect(result.replayed).toBe(true);
    expect(result.revision).toBe(1);
  });

  it('never overwrites a local unsent edit on pull, and turns it into a conflict that resolves with the right base', async () => {
    const planUrl = newPlan();
    const ann = await client('ann', planUrl);
    const bob = await client('bob', planUrl);
    const rows = rowsOf(2);
    await ann.record(rows);
    await ann.push();
    const bobRows = structuredClone(rows);
    await bob.pull(bobRows);
    // Ann edits and pushes; Bob edits the same cell and has not pushed yet.
    rows[0].fields.lead = 'Ann Smith';
    await ann.record(rows);
    await ann.push();
    bobRows[0].fields.lead = 'Bob Jones';
    await bob.record(bobRows);
    const pulled = await bob.pull(bobRows);
    expect(pulled.updates.find((u) => u.id === 'r0' && u.field === 'lead')).toBeUndefined();
    await bob.push();
    expect(bob.state.conflicts).toEqual([expect.objectContaining({ id: 'r0', field: 'lead', base: 'Head of EDI', mine: 'Bob Jones', theirs: 'Ann Smith', by: 'ann' })]);
    await bob.resolve(bob.state.conflicts[0], { keep: 'mine' });
    const [after] = await bob.push();
    expect(after.conflicts).toEqual([]);
    const annPull = await ann.pull(rows);
    expect(annPull.updates).toContainEqual(expect.objectContaining({ id: 'r0', field: 'lead', value: 'Bob Jones', by: expect.any(String) }));
  });

  it('writes only the latest value of a field on a first pull, never an older step over the sheet', async () => {
    const planUrl = newPlan();
    const ann = await client('ann', planUrl);
    const rows = rowsOf(2);
    await ann.record(rows);
    await ann.push();
    const edited = rows.map((r, i) => (i === 0 ? { ...r, fields: { ...r.fields, lead: 'Ann Smith' } } : r));
    await ann.record(edited);
    await ann.push();
    // Ann never pulled: the log holds both her values of r0's lead, and her sheet shows the newest.
    expect((await ann.pull(edited)).updates).toEqual([]);
  });

  it('offers others\' deletions for confirmation instead of removing rows silently', async () => {
    const planUrl = newPlan();
    const ann = await client('ann', planUrl);
    const bob = await client('bob', planUrl);
    const rows = rowsOf(3);
    await ann.record(rows);
    await ann.push();
    await bob.pull(rows);
    await ann.record(rows.slice(1));
    await ann.push();
    expect((await bob.pull(rows)).deletions).toEqual([expect.objectContaining({ id: 'r0', by: expect.any(String) })]);
    expect(bob.state.pendingDeletions?.map((d) => d.id)).toEqual(['r0']);
  });
});
