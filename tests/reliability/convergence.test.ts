/**
 * Convergence and no lost update, as a model test: fast-check draws random schedules of edits,
 * deletes, new rows, pulls, retries and duplicated deliveries by six editors over three trusts,
 * run in random concurrent groups against the real service over HTTP and a real Azurite.
 * Afterwards, for every plan:
 *  - every acknowledged edit is in the change log (so it landed) or came back as a conflict;
 *  - the store equals the last logged value of every field (log and rows agree);
 *  - a row whose delete was acknowledged is still deleted (tombstones never come back);
 *  - a retried or duplicated push returned its first answer;
 *  - every client that pulled the changes feed sees exactly the store;
 *  - no row of one trust appears in another's plan.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, planPath, readChanges, type Change, type Fields, type PlanAddress, type PushResult } from './support/api';
import { applyChanges, rowsToView, type ChangeEntry, type ClientView } from './support/view';
import { startService, type RunningService } from './support/service';
import { startTableServer, type TableServer } from './support/table-server';

const SOAK = process.env.SOAK === '1';
const TRUSTS = ['RXT', 'RP1', 'RXY'] as const;
const CLIENTS = 6; // two editors per trust
const SEED_ROWS = 4;
const EDIT_FIELDS = ['action', 'lead', 'due', 'status', 'progress'] as const;

let storage: TableServer;
let service: RunningService;
let runs = 0;
let operations = 0;

beforeAll(async () => {
  storage = await startTableServer({ persist: false });
  service = await startService({ connectionString: storage.connectionString });
});
afterAll(async () => {
  console.log(`model: ${runs} schedules, ${operations} operations against the real service`);
  await service?.close();
  await storage?.dispose();
});

type Op =
  | { kind: 'edit'; client: number; row: number; field: (typeof EDIT_FIELDS)[number]; value: string }
  | { kind: 'delete'; client: number; row: number }
  | { kind: 'add'; client: number }
  | { kind: 'pull'; client: number }
  | { kind: 'retry'; client: number }
  | { kind: 'duplicate'; client: number };

const clientArb = fc.nat(CLIENTS - 1);
const valueArb = fc.oneof(
  fc.constantFrom('', 'Completed', 'In progress', 'Mar-24', 'Q4 23/24', 'Head of EDI', '=1+1', '👩🏽‍⚕️ مرحبا'),
  fc.string({ maxLength: 24 }),
);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('edit' as const), client: clientArb, row: fc.nat(SEED_ROWS + 2), field: fc.constantFrom(...EDIT_FIELDS), value: valueArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), client: clientArb, row: fc.nat(SEED_ROWS + 2) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('add' as const), client: clientArb }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('pull' as const), client: clientArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('retry' as const), client: clientArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), client: clientArb }) },
);
/** A schedule: groups of operations; the operations of one group run concurrently. */
const scheduleArb = fc.array(fc.array(opArb, { minLength: 1, maxLength: 5 }), {
  minLength: SOAK ? 40 : 12,
  maxLength: SOAK ? 120 : 20,
});

interface Acknowledged {
  client: number;
  changes: Change[];
  result: PushResult;
}

interface Client {
  sub: string;
  trust: string;
  token: string;
  /** Last-synced values: the base of the next edit. */
  view: ClientView;
  /** Cursor of the changes feed applied to `view`, or null if never pulled. */
  cursor: string | null;
  lastPush: { body: { pushId: string; changes: Change[] }; result: PushResult | null } | null;
  rowsCreated: string[];
}

async function runSchedule(schedule: Op[][]): Promise<void> {
  runs += 1;
  const period = `${2000 + runs}-${String((runs + 1) % 100).padStart(2, '0')}`;
  const planOf = (trust: string): PlanAddress => ({ trust, standard: 'WRES', period });
  const clients: Client[] = [];
  for (let i = 0; i < CLIENTS; i++) {
    const trust = TRUSTS[i % TRUSTS.length];
    const sub = `editor-${i}`;
    clients.push({ sub, trust, token: await service.token({ sub, name: `Editor ${i}`, trust, role: 'editor' }), view: new Map(), cursor: null, lastPush: null, rowsCreated: [] });
  }
  const acknowledged: Acknowledged[] = [];
  const replays: { first: PushResult; again: PushResult }[] = [];

  const post = async (client: Client, body: { pushId: string; changes: Change[] }) => {
    operations += 1;
    const res = await callApi<PushResult>(service.baseUrl, client.token, 'POST', `${planPath(planOf(client.trust))}/push`, body);
    expect(res.status, JSON.stringify(res.body).slice(0, 400)).toBe(200);
    return res.body;
  };

  const push = async (clientIndex: number, changes: Change[]) => {
    const client = clients[clientIndex];
    const body = { pushId: randomUUID(), changes };
    // Keep this push's own record: another push of the same client may start before this one returns.
    const record: NonNullable<Client['lastPush']> = { body, result: null };
    client.lastPush = record;
    const result = await post(client, body);
    record.result = result;
    acknowledged.push({ client: clientIndex, changes, result });
    // The client now knows what it wrote (or what it lost to) as its base.
    for (const change of changes) {
      const row = client.view.get(change.id) ?? { fields: {}, deleted: false };
      if ('delete' in change) {
        // Only a delete the service applied removes the row (one that raced ahead of the row's creation deleted nothing).
        if ((result.applied as { id: string; deleted?: boolean }[]).some((a) => a.id === change.id && a.deleted)) row.deleted = true;
      } else {
        for (const [field, value] of Object.entries(change.set)) {
          const conflict = result.conflicts.find((c) => c.id === change.id && c.field === field);
          (row.fields as Record<string, unknown>)[field] = conflict ? conflict.theirs : value;
        }
      }
      client.view.set(change.id, row);
    }
  };

  const rowId = (client: Client, n: number) => (n < SEED_ROWS ? `${client.trust}-seed-${n}` : client.rowsCreated[n - SEED_ROWS] ?? `${client.trust}-seed-0`);

  const pull = async (client: Client) => {
    operations += 1;
    const res = await readChanges(service.baseUrl, client.token, planOf(client.trust), client.cursor ?? '0');
    expect(res.status).toBe(200);
    expect(res.reset).toBe(false);
    applyChanges(client.view, res.changes as ChangeEntry[]);
    client.cursor = res.cursor;
  };

  // Seed: the first editor of each trust creates the plan's rows.
  for (let t = 0; t < TRUSTS.length; t++) {
    const seedRows: Change[] = Array.from({ length: SEED_ROWS }, (_, n) => ({
      id: `${TRUSTS[t]}-seed-${n}`,
      base: {},
      set: { action: `Seed action ${n}`, lead: 'Head of EDI', due: 'Mar-24', status: 'Not started' },
    }));
    await push(t, seedRows);
  }
  for (const client of clients) await pull(client);

  const run = async (op: Op) => {
    const client = clients[op.client];
    switch (op.kind) {
      case 'edit': {
        const id = rowId(client, op.row);
        const base = (client.view.get(id)?.fields as Fields | undefined)?.[op.field] ?? '';
        return push(op.client, [{ id, base: { [op.field]: base }, set: { [op.field]: op.value } }]);
      }
      case 'delete': {
        const id = rowId(client, op.row);
        return push(op.client, [{ id, delete: true, base: { ...(client.view.get(id)?.fields ?? {}) } }]);
      }
      case 'add': {
        const id = `${client.trust}-${client.sub}-${randomUUID().slice(0, 8)}`;
        client.rowsCreated.push(id);
        return push(op.client, [{ id, base: {}, set: { action: `New action by ${client.sub}`, lead: client.sub, status: 'Not started' } }]);
      }
      case 'pull':
        return pull(client);
      case 'retry': {
        // The response was "lost": the client sends the very same push again.
        const last = client.lastPush;
        if (!last?.result) return;
        replays.push({ first: last.result, again: await post(client, last.body) });
        return;
      }
      case 'duplicate': {
        // The network delivers one push twice, at the same time.
        const body = { pushId: randomUUID(), changes: [{ id: rowId(client, 0), base: { progress: (client.view.get(rowId(client, 0))?.fields as Fields | undefined)?.progress ?? '' }, set: { progress: `dup ${randomUUID().slice(0, 6)}` } }] as Change[] };
        const record: NonNullable<Client['lastPush']> = { body, result: null };
        client.lastPush = record;
        const [a, b] = await Promise.all([post(client, body), post(client, body)]);
        record.result = a;
        acknowledged.push({ client: op.client, changes: body.changes, result: a });
        replays.push({ first: a, again: b });
        return;
      }
    }
  };

  for (const group of schedule) await Promise.all(group.map(run));

  // --- the verdict, per trust ---
  for (const trust of TRUSTS) {
    const owner = clients.find((c) => c.trust === trust)!;
    const planRes = await callApi(service.baseUrl, owner.token, 'GET', planPath(planOf(trust)));
    expect(planRes.status).toBe(200);
    const store = rowsToView(planRes.body.rows);
    const logRes = await readChanges(service.baseUrl, owner.token, planOf(trust));
    expect(logRes.status).toBe(200);
    const log = logRes.changes as ChangeEntry[];

    // Only this trust's rows are in this trust's plan.
    for (const id of store.keys()) expect(id.startsWith(`${trust}-`), `${id} in ${trust}`).toBe(true);

    // The store is the log replayed.
    const replayed: ClientView = new Map();
    applyChanges(replayed, log);
    expect(rowsToView([...replayed].map(([id, row]) => ({ id, ...row })))).toEqual(store);

    for (const ack of acknowledged.filter((a) => clients[a.client].trust === trust)) {
      for (const change of ack.changes) {
        const conflicted = ack.result.conflicts.some((c) => c.id === change.id);
        if ('delete' in change) {
          // A delete the service applied stays deleted, whatever came later. (A delete that reached the
          // service before the row's creation, in the same concurrent group, deleted nothing: not applied.)
          const deleted = (ack.result.applied as { id: string; deleted?: boolean }[]).some((a) => a.id === change.id && a.deleted);
          if (deleted && !conflicted) expect(store.get(change.id)?.deleted ?? true, `tombstone ${change.id}`).toBe(true);
          continue;
        }
        for (const [field, value] of Object.entries(change.set)) {
          const reported = ack.result.conflicts.some((c) => c.id === change.id && c.field === field);
          const logged = log.some((entry) => entry.id === change.id && entry.field === field && entry.value === value);
          // Clearing a field that was never filled in changes nothing, so nothing is logged.
          const clearedEmpty = value === '' && !log.some((e) => e.id === change.id && e.field === field && e.revision <= ack.result.revision);
          expect(reported || logged || clearedEmpty, `edit ${change.id}.${field}=${JSON.stringify(value)} neither landed nor reported`).toBe(true);
        }
      }
    }

    // Every client of the trust, after pulling, sees the store.
    for (const client of clients.filter((c) => c.trust === trust)) {
      await pull(client);
      expect(rowsToView([...client.view].map(([id, row]) => ({ id, fields: row.fields, deleted: row.deleted })))).toEqual(store);
    }
  }

  for (const { first, again } of replays) {
    expect(again.revision).toBe(first.revision);
    expect(again.conflicts).toEqual(first.conflicts);
  }
}

describe('many editors over many trusts', () => {
  it('converges and loses no acknowledged edit under random concurrent schedules', async () => {
    await fc.assert(fc.asyncProperty(scheduleArb, runSchedule), {
      numRuns: SOAK ? 60 : 10,
      endOnFailure: true,
    });
    expect(operations).toBeGreaterThan(0);
  }, SOAK ? 1_800_000 : 240_000);

  it('keeps every editor\'s field when many edit different fields of one row at once (row = change log)', async () => {
    const plan: PlanAddress = { trust: 'RP1', standard: 'WDES', period: '2031-32' };
    const fields = ['ref', 'indicator', 'theme', 'objective', 'action', 'lead', 'due', 'status', 'progress', 'outcome'] as const;
    const tokens = await Promise.all(fields.map((_, i) => service.token({ sub: `field-editor-${i}`, trust: 'RP1', role: 'editor' })));
    const seed = await callApi<PushResult>(service.baseUrl, tokens[0], 'POST', `${planPath(plan)}/push`, {
      pushId: randomUUID(),
      changes: [{ id: 'shared-row', base: {}, set: Object.fromEntries(fields.map((f) => [f, 'v0'])) }],
    });
    expect(seed.status).toBe(200);
    const rounds = SOAK ? 60 : 12;
    // Ten editors, each owning one field of the same row, push their next value at the same moment, round after round.
    await Promise.all(
      fields.map(async (field, i) => {
        for (let round = 1; round <= rounds; round++) {
          operations += 1;
          const res = await callApi<PushResult>(service.baseUrl, tokens[i], 'POST', `${planPath(plan)}/push`, {
            pushId: randomUUID(),
            changes: [{ id: 'shared-row', base: { [field]: `v${round - 1}` }, set: { [field]: `v${round}` } }],
          });
          expect(res.status).toBe(200);
          expect(res.body.conflicts).toEqual([]);
        }
      }),
    );
    const row = (await callApi(service.baseUrl, tokens[0], 'GET', planPath(plan))).body.rows.find((r: { id: string }) => r.id === 'shared-row');
    expect(row.fields).toEqual({ ...Object.fromEntries(fields.map((f) => [f, `v${rounds}`])), hia: '', completed: '' });
  });

  it('applies a push delivered twice at the same moment once, with its change log intact', async () => {
    const token = await service.token({ sub: 'dup-editor', trust: 'RH5', role: 'editor' });
    const plan: PlanAddress = { trust: 'RH5', standard: 'WDES', period: '2030-31' };
    for (let round = 0; round < (SOAK ? 20 : 4); round++) {
      const body = {
        pushId: randomUUID(),
        changes: Array.from({ length: 40 }, (_, i) => ({ id: `dup-${round}-${i}`, base: {}, set: { action: `Action ${i}`, lead: 'Head of EDI' } })) as Change[],
      };
      const [a, b] = await Promise.all(
        [0, 1].map(() => callApi<PushResult>(service.baseUrl, token, 'POST', `${planPath(plan)}/push`, body)),
      );
      operations += 2;
      expect([a.status, b.status]).toEqual([200, 200]);
      expect(b.body.revision).toBe(a.body.revision);
      const log = (await readChanges(service.baseUrl, token, plan)).changes as ChangeEntry[];
      const mine = log.filter((e) => e.id.startsWith(`dup-${round}-`));
      expect(mine, `round ${round}: change-log entries of a push of 40 rows × 2 fields`).toHaveLength(80);
      const rows = (await callApi(service.baseUrl, token, 'GET', planPath(plan))).body.rows;
      const replayed: ClientView = new Map();
      applyChanges(replayed, log);
      expect(rowsToView([...replayed].map(([id, row]) => ({ id, ...row })))).toEqual(rowsToView(rows));
    }
  });
});
