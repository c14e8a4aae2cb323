/**
 * Issue 10's findings in the pane's sync client, against the real service and Azurite (a crafted reply
 * only where the fixed service can no longer produce the bad one). Each failed before its fix.
 */
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SyncClient, type SyncRow, type SyncState, type SyncStateStore } from '../../addin/sync';
import { createApp } from '../../sync-service/app';
import { signDevToken } from '../../sync-service/auth';
import { loadConfig } from '../../sync-service/config';
import { createTableStore } from '../../sync-service/store';
import { SEED_TRUSTS } from '../../sync-service/trust-directory';
import { startAzurite, type EmbeddedAzurite } from '../support/azurite';

const SECRET = 'sync-client-findings-secret-0123456789';
let azurite: EmbeddedAzurite;
let server: ServerType;
let baseUrl = '';
let plans = 0;

const memoryStore = (saved: string | null = null): SyncStateStore & { saved: string | null } => ({
  saved,
  async read() { return this.saved ? (JSON.parse(this.saved) as SyncState) : null; },
  async write(state) { this.saved = JSON.stringify(state); },
});
const rowsOf = (n: number): SyncRow[] => Array.from({ length: n }, (_, i) => ({
  id: `r${i}`, fields: { ref: `${i + 1}.1`, action: `Action number ${i}`, lead: 'Head of EDI', status: 'Not Started', indicator: String((i % 9) + 1) },
}));
const newPlan = () => `${baseUrl}/v1/trusts/RXT/plans/WRES/${5000 + plans++}-01`;

async function client(sub: string, planUrl: string, options: { store?: SyncStateStore; fetch?: typeof fetch; confirm?: (c: unknown) => Promise<boolean> } = {}) {
  const token = await signDevToken(SECRET, { sub, name: sub, trust: 'RXT', role: 'editor' });
  return new SyncClient({
    planUrl, tokens: { getToken: async () => token }, store: options.store ?? memoryStore(), fetch: options.fetch,
    ...(options.confirm ? { confirmMassChange: options.confirm } : {}),
  } as ConstructorParameters<typeof SyncClient>[0]).load();
}
const readPlan = async (planUrl: string) => {
  const token = await signDevToken(SECRET, { sub: 'v', trust: 'RXT', role: 'viewer' });
  return (await (await fetch(planUrl, { headers: { authorization: `Bearer ${token}` } })).json()) as { rows: { id: string; fields: Record<string, string>; deleted?: boolean }[] };
};
const POLLUTABLE = ['action', 'ref', 'lead', 'status', 'progress', 'deleted'];

beforeAll(async () => {
  azurite = await startAzurite();
  const store = await createTableStore({ connectionString: azurite.connectionString, tablePrefix: 'clifind', seedTrusts: SEED_TRUSTS });
  const app = createApp({ config: loadConfig({ SYNC_DEV_SECRET: SECRET }), store, log: () => undefined });
  baseUrl = await new Promise<string>((resolve) => {
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => resolve(`http://127.0.0.1:${info.port}`));
  });
});
afterAll(async () => {
  await new Promise<void>((r) => (server as unknown as { close(cb: () => void): void }).close(() => r()));
  await azurite?.stop();
});
afterEach(() => {
  // A failing run may have written onto Object.prototype: never let it leak into the next test.
  for (const key of POLLUTABLE) delete (Object.prototype as Record<string, unknown>)[key];
});

describe('1. reserved names never reach Object.prototype, and a mass blanking needs a yes', () => {
  it('ignores a pulled row named __proto__ or constructor: nothing is polluted and a one-cell edit stays one cell', async () => {
    const planUrl = newPlan();
    const ann = await client('ann', planUrl);
    const rows = rowsOf(30);
    await ann.record(rows);
    await ann.push();
    // A reply carrying reserved ids, as an unfixed service (or anything in between) could send.
    const hostile: typeof fetch = async (input, init) => {
      if (!String(input).includes('/changes')) return fetch(input, init);
      const body = {
        revision: 2, cursor: 'x', more: false,
        changes: ['__proto__', 'constructor'].flatMap((id) => [
          { revision: 2, id, field: 'action', value: '', by: 'mallory', sub: 'mallory', at: new Date().toISOString() },
          { revision: 2, id, field: 'ref', value: '', by: 'mallory', sub: 'mallory', at: new Date().toISOString() },
        ]),
      };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const bob = await client('bob', planUrl, { fetch: hostile });
    await bob.adopt(rows.map((r) => ({ id: r.id, fields: r.fields })), rows.map((r) => r.id));
    await bob.pull(rows).catch(() => undefined);
    expect(({} as Record<string, unknown>).action).toBeUndefined();
    expect(({} as Record<string, unknown>).ref).toBeUndefined();
    const edited = structuredClone(rows);
    edited[3].fields.status = 'In Progress';
    expect(await bob.record(edited)).toBe(1);
    expect(bob.state.outbox[0].changes).toEqual([{ id: 'r3', base: { status: 'Not Started' }, set: { status: 'In Progress' } }]);
  });

  it('loads a workbook whose saved base has a "__proto__" key without touching Object.prototype', async () => {
    const saved = `{"base":{"__proto__":{"action":"x","ref":"y"},"r0":{"action":"A"}},"outbox":[],"revision":0,"conflicts":[],"lastSyncedAt":null}`;
    const c = await client('ann', newPlan(), { store: memoryStore(saved) });
    expect(await c.record([{ id: 'r0', fields: { action: 'A', lead: 'L' } }])).toBe(1);
    expect(({} as Record<string, unknown>).action).toBeUndefined();
    // The reserved id is dropped on load, not pushed as a deletion the service would refuse.
    expect(c.state.outbox.flatMap((p) => p.changes)).toEqual([{ id: 'r0', base: { lead: '' }, set: { lead: 'L' } }]);
  });

  it('will not queue blanking the action of all 30 rows without the user\'s yes, and queues it with one', async () => {
    const planUrl = newPlan();
    const rows = rowsOf(30);
    const ann = await client('ann', planUrl);
    await ann.record(rows);
    await ann.push();
    const blanked = rows.map((r) => ({ id: r.id, fields: { ...r.fields, action: '', ref: '' } }));
    await expect(ann.record(blanked)).rejects.toMatchObject({ kind: 'needs-confirmation' });
    expect(ann.unsent).toBe(0);
    const asked: unknown[] = [];
    const sure = await client('ann', planUrl, { store: memoryStore(JSON.stringify(ann.state)), confirm: async (c) => (asked.push(c), true) });
    expect(await sure.record(blanked)).toBe(30);
    expect(asked).toEqual([expect.objectContaining({ blanked: expect.any(Array), deleted: [] })]);
  });

  it('will not queue deleting most of the plan without the user\'s yes', async () => {
    const planUrl = newPlan();
    const rows = rowsOf(12);
    const ann = await client('ann', planUrl, { confirm: async () => false });
    await ann.record(rows);
    await ann.push();
    await expect(ann.record(rows.slice(0, 2))).rejects.toMatchObject({ kind: 'needs-confirmation' });
    expect(ann.unsent).toBe(0);
    expect((await readPlan(planUrl)).rows.filter((r) => !r.deleted)).toHaveLength(12);
  });
});

describe('2. the outbox never blocks for ever on one push', () => {
  it('sets aside a push the service refuses for good, sends the rest, and says what to fix', async () => {
    const planUrl = newPlan();
    const ann = await client('ann', planUrl);
    const rows = rowsOf(3);
    await ann.record(rows);
    await ann.push();
    rows[0].fields.progress = 'x'.repeat(40_000); // over what Table Storage keeps in one value
    await ann.record(rows);
    rows[1].fields.status = 'Completed';
    await ann.record(rows);
    expect(ann.state.outbox).toHaveLength(2);
    await ann.push();
    expect(ann.state.outbox).toHaveLength(0);
    expect((await readPlan(planUrl)).rows.find((r) => r.id === 'r1')?.fields.status).toBe('Completed');
    const aside = ann.state.setAside ?? [];
    expect(aside).toHaveLength(1);
    expect(aside[0].problems).toEqual([expect.objectContaining({ id: 'r0', field: 'progress', message: expect.stringMatching(/32000|32,000|longer/) })]);
    // The same cell is not sent again until the user changes it.
    expect(await ann.record(rows)).toBe(0);
    rows[0].fields.progress = 'Shorter update';
    expect(await ann.record(rows)).toBe(1);
    await ann.push();
    expect((await readPlan(planUrl)).rows.find((r) => r.id === 'r0')?.fields.progress).toBe('Shorter update');
    expect(ann.state.setAside ?? []).toHaveLength(0);
  });
});

describe('13. the client follows the pages of the changes feed', () => {
  it('pulls a long history in several requests and misses nothing', async () => {
    const planUrl = newPlan();
    const ann = await client('ann', planUrl);
    const rows = rowsOf(10);
    for (let n = 0; n < 8; n++) {
      for (const r of rows) r.fields.progress = `${n} ${'Update on the staff network pilot. '.repeat(900)}`.slice(0, 30_000);
      await ann.record(rows);
      await ann.push();
    }
    let requests = 0;
    const counting: typeof fetch = async (input, init) => {
      if (String(input).includes('/changes')) requests++;
      return fetch(input, init);
    };
    const bob = await client('bob', planUrl, { fetch: counting });
    const pulled = await bob.pull([]);
    expect(requests).toBeGreaterThan(1);
    const progress = new Map(pulled.updates.filter((u) => u.field === 'progress').map((u) => [u.id, u.value]));
    expect(progress.size).toBe(10);
    for (const r of rows) expect(progress.get(r.id)).toBe(r.fields.progress);
  }, 120_000);
});

describe('6. storage rolled back', () => {
  it('turns a reset of the feed into a full re-sync that asks about cells the shared plan lost', async () => {
    const planUrl = newPlan();
    const rows = rowsOf(2);
    let reset = false;
    const rolledBack: typeof fetch = async (input, init) => {
      if (!reset || !String(input).includes('/changes')) return fetch(input, init);
      // The store lost Ann's last push: it holds r0's lead as it was first pushed.
      const at = new Date().toISOString();
      const changes = rows.flatMap((r, i) => Object.entries(r.fields).map(([field, value]) => ({
        revision: 1, id: r.id, field, value: i === 0 && field === 'lead' ? 'Head of EDI' : value, by: 'ann', sub: 'ann', at,
      })));
      return new Response(JSON.stringify({ revision: 1, cursor: 'new-epoch', more: false, reset: true, changes }), { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const ann = await client('ann', planUrl, { fetch: rolledBack });
    await ann.record(rows);
    await ann.push();
    rows[0].fields.lead = 'Chief People Officer';
    await ann.record(rows);
    await ann.push();
    await ann.pull(rows);
    reset = true;
    const pulled = await ann.pull(rows);
    // The sheet is not silently put back to the old value: the user is asked.
    expect(pulled.updates.find((u) => u.id === 'r0' && u.field === 'lead')).toBeUndefined();
    expect(ann.state.conflicts).toEqual([expect.objectContaining({ id: 'r0', field: 'lead', mine: 'Chief People Officer', theirs: 'Head of EDI' })]);
  });
});

describe('reply validation', () => {
  it('refuses a reply it cannot read instead of acting on it', async () => {
    const planUrl = newPlan();
    const odd: typeof fetch = async (input, init) => {
      if (!String(input).includes('/changes')) return fetch(input, init);
      return new Response(JSON.stringify({ revision: 'many', changes: 'all of them' }), { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const ann = await client('ann', planUrl, { fetch: odd });
    await expect(ann.pull([])).rejects.toMatchObject({ kind: 'unreadable' });
    expect(ann.state.revision).toBe(0);
  });
});
