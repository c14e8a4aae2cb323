/**
 * Faults under a push: storage stopping and coming back, storage answering 503 or dropping
 * connections, a client giving up mid-request, and the service restarting between pushes.
 * In every case a retry with the same pushId applies the push exactly once, and nothing is
 * left half-written.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { callApi, makeRows, planPath, readChanges, type Change, type PlanAddress, type PushResult } from './support/api';
import { startFaultProxy, type FaultProxy } from './support/fault-proxy';
import { startService, type RunningService } from './support/service';
import { startTableServer, type TableServer } from './support/table-server';
import type { ChangeEntry } from './support/view';

const SOAK = process.env.SOAK === '1';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!().catch(() => undefined);
});

const plan: PlanAddress = { trust: 'RXT', standard: 'WRES', period: '2023-24' };
const pushPath = `${planPath(plan)}/push`;

/** A push big enough to span several table transactions (100 operations each). */
function bigPush(rows = 250): { pushId: string; changes: Change[] } {
  return { pushId: randomUUID(), changes: makeRows(rows, `fault-${randomUUID().slice(0, 4)}`).map((r) => ({ id: r.id, base: {}, set: r.fields })) };
}

/** Sends the same push until it is acknowledged, as the add-in's outbox does after a failure. */
async function pushUntilAcknowledged(service: () => RunningService, token: string, body: unknown, tries = 30): Promise<PushResult> {
  for (let attempt = 0; attempt < tries; attempt++) {
    try {
      const res = await callApi<PushResult>(service().baseUrl, token, 'POST', pushPath, body);
      if (res.status === 200) return res.body;
      expect([502, 503, 504], JSON.stringify(res.body).slice(0, 300)).toContain(res.status);
    } catch {
      // Connection refused or reset while things restart: wait and retry.
    }
    await new Promise((r) => setTimeout(r, 150 * (attempt + 1)));
  }
  throw new Error('push was never acknowledged');
}

/** How many times each (row, field) of a push appears in the change log: 1 everywhere means exactly once. */
async function logCounts(service: RunningService, token: string, body: { changes: Change[] }) {
  const res = await readChanges(service.baseUrl, token, plan);
  expect(res.status).toBe(200);
  const counts = new Map<string, number>();
  for (const change of body.changes) {
    if ('set' in change) for (const field of Object.keys(change.set)) if (change.set[field as keyof typeof change.set]) counts.set(`${change.id}.${field}`, 0);
  }
  for (const entry of res.changes as ChangeEntry[]) {
    const key = `${entry.id}.${entry.field}`;
    if (counts.has(key)) counts.set(key, counts.get(key)! + 1);
  }

  return [...counts.values()];
}

async function planRows(service: RunningService, token: string): Promise<{ id: string; fields: Record<string, string> }[]> {
  const res = await callApi(service.baseUrl, token, 'GET', planPath(plan));
  expect(res.status).toBe(200);
  return res.body.rows;
}

describe('faults', () => {
  it('applies a push exactly once when the table server stops mid-push and the client retries with the same pushId', async () => {
    const storage = await startTableServer({ persist: true });
    cleanups.push(() => storage.dispose());
    // The service reaches storage through a proxy so the stop cuts the push at an exact moment: Azurite's
    // own shutdown lets in-flight requests finish after it has saved, which would lose writes it acknowledged
    // (a fault real Table Storage does not have).
    const proxy = await startFaultProxy(storage.port);
    cleanups.push(() => proxy.close());
    const service = await startService({ connectionString: storage.connectionString.replace(`:${storage.port}/`, `:${proxy.port}/`) });
    cleanups.push(() => service.close());
    const token = await service.token({ sub: 'alice', trust: 'RXT', role: 'editor' });
    await pushUntilAcknowledged(() => service, token, { pushId: randomUUID(), changes: [{ id: 'r0', base: {}, set: { action: 'Existing action' } }] });

    for (const cutAfterMs of SOAK ? [5, 30, 80, 150] : [30]) {
      const body = bigPush(250);
      const first = callApi(service.baseUrl, token, 'POST', pushPath, body).catch(() => null);
      await new Promise((r) => setTimeout(r, cutAfterMs));
      proxy.cut();
      await new Promise((r) => setTimeout(r, 100)); // let Azurite finish what already reached it
      await storage.stop();
      const firstAnswer = await first;
      if (firstAnswer) expect(firstAnswer.status === 200 || firstAnswer.status === 503, JSON.stringify(firstAnswer.body)).toBe(true);
      await storage.restart();
      proxy.mode = 'pass';

      const result = await pushUntilAcknowledged(() => service, token, body);
      const again = await pushUntilAcknowledged(() => service, token, body);
      expect(again.revision).toBe(result.revision);

      const rows = await planRows(service, token);
      const ids = rows.map((r) => r.id).filter((id) => body.changes.some((c) => c.id === id));
      expect(ids, `cut after ${cutAfterMs} ms`).toHaveLength(250);
      expect(new Set(ids).size).toBe(250);
      expect(new Set(await logCounts(service, token, body)), `cut after ${cutAfterMs} ms`).toEqual(new Set([1]));
    }
  });

  it('applies a push exactly once when the client aborts mid-request and then retries', async () => {
    const storage = await startTableServer({ persist: false });
    cleanups.push(() => storage.dispose());
    const service = await startService({ connectionString: storage.connectionString });
    cleanups.push(() => service.close());
    const token = await service.token({ sub: 'alice', trust: 'RXT', role: 'editor' });
    const body = bigPush(250);

    const controller = new AbortController();
    const aborted = callApi(service.baseUrl, token, 'POST', pushPath, body, { signal: controller.signal });
    setTimeout(() => controller.abort(), 15);
    await expect(aborted).rejects.toThrow();

    const result = await pushUntilAcknowledged(() => service, token, body);
    expect(result.conflicts).toEqual([]);
    const rows = await planRows(service, token);
    expect(rows.filter((r) => body.changes.some((c) => c.id === r.id))).toHaveLength(250);
    expect(new Set(await logCounts(service, token, body)), 'times each field of the push is in the change log').toEqual(new Set([1]));
  });

  it('keeps pushes and their replay answers across a service restart over the same store', async () => {
    const storage = await startTableServer({ persist: false });
    cleanups.push(() => storage.dispose());
    let service = await startService({ connectionString: storage.connectionString });
    const token = await service.token({ sub: 'alice', trust: 'RXT', role: 'editor' });
    const firstPush = { pushId: randomUUID(), changes: [{ id: 'r1', base: {}, set: { action: 'Audit shortlisting', lead: 'Head of HR' } }] as Change[] };
    const first = await pushUntilAcknowledged(() => service, token, firstPush);
    await service.close();

    service = await startService({ connectionString: storage.connectionString });
    cleanups.push(() => service.close());
    const replay = await pushUntilAcknowledged(() => service, token, firstPush);
    expect(replay.revision).toBe(first.revision);

    const second = await pushUntilAcknowledged(() => service, token, {
      pushId: randomUUID(),
      changes: [{ id: 'r1', base: { lead: 'Head of HR' }, set: { lead: 'Chief People Officer' } }],
    });
    expect(second.conflicts).toEqual([]);
    expect(second.revision).toBeGreaterThan(first.revision);
    const rows = await planRows(service, token);
    expect(rows.find((r) => r.id === 'r1')?.fields).toMatchObject({ action: 'Audit shortlisting', lead: 'Chief People Officer' });
  });

  it('reports health as 503 with retry advice while storage is unreachable, and ok once it is back', async () => {
    const storage = await startTableServer({ persist: false });
    cleanups.push(() => storage.dispose());
    const proxy = await startFaultProxy(storage.port);
    cleanups.push(() => proxy.close());
    const service = await startService({ connectionString: storage.connectionString.replace(`:${storage.port}/`, `:${proxy.port}/`) });
    cleanups.push(() => service.close());
    proxy.cut();
    const down = await callApi(service.baseUrl, null, 'GET', '/v1/health');
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(down.body.error.message).toMatch(/try again/i);
    proxy.mode = 'pass';
    const up = await callApi(service.baseUrl, null, 'GET', '/v1/health');
    expect(up.status).toBe(200);
    expect(up.body).toEqual({ status: 'ok' });
  });

  for (const failMode of ['http503', 'drop'] as const) {
    it(`answers 503 with Retry-After and the JSON error shape when storage ${failMode === 'drop' ? 'drops connections' : 'answers 503'} part-way through a push, leaving nothing half-written`, async () => {
      const storage = await startTableServer({ persist: false });
      cleanups.push(() => storage.dispose());
      const proxy: FaultProxy = await startFaultProxy(storage.port);
      cleanups.push(() => proxy.close());
      const service = await startService({ connectionString: storage.connectionString.replace(`:${storage.port}/`, `:${proxy.port}/`) });
      cleanups.push(() => service.close());
      const token = await service.token({ sub: 'alice', trust: 'RXT', role: 'editor' });
      // Make the plan exist so the failing push is an ordinary one.
      await pushUntilAcknowledged(() => service, token, { pushId: randomUUID(), changes: [{ id: 'r0', base: {}, set: { action: 'Existing action' } }] });

      const body = bigPush(250);
      // Each storage failure costs the SDK's own retries (seconds), so the normal run tries two cut points.
      for (const budget of SOAK ? [0, 1, 2, 3, 5, 8] : [1, 3]) {
        proxy.failMode = failMode;
        proxy.passBudget = budget;
        const res = await callApi(service.baseUrl, token, 'POST', pushPath, body);
        proxy.passBudget = null;
        proxy.mode = 'pass';
        if (res.status === 200) continue; // the push fitted in the budget: fine, it is then simply applied.
        expect(res.status, JSON.stringify(res.body)).toBe(503);
        expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
        expect(res.body.error.code).toEqual(expect.any(String));
        expect(JSON.stringify(res.body)).not.toMatch(/\n\s+at |node_modules/);
        // All or nothing: none of the push's rows is visible after a failed push.
        const visible = (await planRows(service, token)).filter((r) => body.changes.some((c) => c.id === r.id));
        expect([0, 250], `budget ${budget}: ${visible.length} rows half-written`).toContain(visible.length);
      }
      proxy.mode = 'pass';
      const result = await pushUntilAcknowledged(() => service, token, body);
      expect(result.revision).toBeGreaterThan(0);
      const rows = await planRows(service, token);
      expect(rows.filter((r) => body.changes.some((c) => c.id === r.id))).toHaveLength(250);
      expect(new Set(await logCounts(service, token, body)), 'times each field of the push is in the change log').toEqual(new Set([1]));
    });
  }
});
