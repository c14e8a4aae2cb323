/**
 * Issue 10's storage findings, for real: a derived view behind a failing write (4), storage that accepts
 * connections and never answers (5), and storage rolled back to an earlier state (6). Each failed before its fix.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../sync-service/config';
import { startService as startNodeService } from '../../sync-service/node/start-service';
import { signToken } from '../security/support/tokens';
import { callApi, planPath, type PlanAddress } from './support/api';
import { startFaultProxy } from './support/fault-proxy';
import { DEV_SECRET, startService } from './support/service';
import { startTableServer, DEV_ACCOUNT, DEV_KEY } from './support/table-server';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!().catch(() => undefined);
});

/** Resolves with the value, or rejects once `ms` have passed: a hang is a failure, not a slow pass. */
async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

async function until<T>(what: string, attempt: () => Promise<T | null>): Promise<T> {
  for (let i = 0; i < 60; i++) {
    const value = await attempt().catch(() => null);
    if (value !== null) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} never happened`);
}

describe('4. derived views stay true to the log when storage fails part-way', () => {
  it('never answers "nothing was changed" for a change that landed, and the region view matches the plan', async () => {
    const storage = await startTableServer({ persist: false });
    cleanups.push(() => storage.dispose());
    const proxy = await startFaultProxy(storage.port);
    cleanups.push(() => proxy.close());
    const service = await startService({ connectionString: storage.connectionString.replace(`:${storage.port}/`, `:${proxy.port}/`) });
    cleanups.push(() => service.close());
    const plan: PlanAddress = { trust: 'RXT', standard: 'WRES', period: '2023-24' };
    const ann = await service.token({ sub: 'ann', trust: 'RXT', role: 'editor' });
    const lead = await service.token({ sub: 'lee', role: 'regional-lead', region: 'Y60' });
    const seeded = await callApi(service.baseUrl, ann, 'POST', `${planPath(plan)}/push`, { pushId: randomUUID(), changes: [{ id: 'a1', base: {}, set: { indicator: '1', status: 'Not started', due: 'March 2099' } }] });
    expect(seeded.status).toBe(200);
    let status = 'Not started';
    let saw503 = 0;
    for (let budget = 0; budget <= 8; budget++) {
      const next = `Status ${budget}`;
      proxy.failMode = 'drop';
      proxy.passBudget = budget;
      const res = await callApi(service.baseUrl, ann, 'POST', `${planPath(plan)}/push`, { pushId: randomUUID(), changes: [{ id: 'a1', base: { status }, set: { status: next } }] });
      proxy.passBudget = null;
      proxy.mode = 'pass';
      const read = await until('plan read', async () => {
        const r = await callApi(service.baseUrl, ann, 'GET', planPath(plan));
        return r.status === 200 ? r.body : null;
      });
      const stored = read.rows[0].fields.status as string;
      if (res.status !== 200) {
        saw503 += 1;
        expect(res.status, JSON.stringify(res.body)).toBe(503);
        // Only say nothing changed when nothing did.
        if (stored === next) expect(res.body.error.message, `budget ${budget}`).not.toMatch(/nothing was changed/i);
      }
      status = stored;
      const compare = await callApi(service.baseUrl, lead, 'GET', `/v1/regions/Y60/compare?standard=WRES&period=2023-24`);
      expect(compare.status).toBe(200);
      const rxt = compare.body.trusts.find((t: { trust: string }) => t.trust === 'RXT');
      expect(rxt.revision, `budget ${budget}: region view at the plan's revision`).toBe(read.revision);
    }
    expect(saw503).toBeGreaterThan(0);
  }, 180_000);
});

describe('5. storage that accepts connections and never answers', () => {
  it('starts listening at once, and answers health and a push with 503 and Retry-After within seconds', async () => {
    const sockets = new Set<Socket>();
    const hole = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => hole.listen(0, '127.0.0.1', () => resolve()));
    cleanups.push(async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => hole.close(() => resolve()));
    });
    const port = (hole.address() as { port: number }).port;
    const config = loadConfig({
      SYNC_DEV_SECRET: DEV_SECRET, PORT: '0',
      TABLES_CONNECTION_STRING: `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};TableEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};`,
    });
    const service = await within(10_000, 'start-up', startNodeService(config));
    cleanups.push(() => service.stop());
    const health = await within(15_000, 'health', fetch(`${service.url}/v1/health`));
    expect(health.status).toBe(503);
    expect(Number(health.headers.get('retry-after'))).toBeGreaterThan(0);
    const token = await signToken(DEV_SECRET, { sub: 'ann', trust: 'RXT', role: 'editor' });
    const push = await within(20_000, 'push', fetch(`${service.url}/v1/trusts/RXT/plans/WRES/2023-24/push`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ pushId: randomUUID(), changes: [{ id: 'a1', base: {}, set: { lead: 'Ann' } }] }),
    }));
    expect(push.status).toBe(503);
    expect(Number(push.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await push.json()).error.message).toMatch(/again/i);
  }, 60_000);
});

describe('6. storage rolled back to an earlier state', () => {
  it('tells a client whose cursor storage no longer knows to re-sync from the start', async () => {
    const storage = await startTableServer({ persist: true });
    cleanups.push(() => storage.dispose());
    let service = await startService({ connectionString: storage.connectionString });
    cleanups.push(() => service.close());
    const plan: PlanAddress = { trust: 'RXT', standard: 'WRES', period: '2023-24' };
    const ann = await signToken(DEV_SECRET, { sub: 'ann', trust: 'RXT', role: 'editor' });
    const pushOk = async (id: string, lead: string) => until(`push ${id}`, async () => {
      const r = await callApi(service.baseUrl, ann, 'POST', `${planPath(plan)}/push`, { pushId: randomUUID(), changes: [{ id, base: {}, set: { lead } }] });
      return r.status === 200 ? r.body : null;
    });
    const changes = async (since: string) => until('changes', async () => {
      const r = await callApi(service.baseUrl, ann, 'GET', `${planPath(plan)}/changes?since=${encodeURIComponent(since)}`);
      return r.status === 200 ? r.body : null;
    });
    const cursorOf = (body: { cursor?: string; revision: number }) => body.cursor ?? String(body.revision);
    for (let i = 1; i <= 3; i++) await pushOk(`a${i}`, `Lead ${i}`);
    const atThree = await changes('0');
    await storage.stop();
    const backup = mkdtempSync(join(tmpdir(), 'azurite-backup-'));
    cleanups.push(async () => rmSync(backup, { recursive: true, force: true }));
    cpSync(storage.location, backup, { recursive: true });
    await storage.restart();
    await pushOk('a4', 'Lead 4');
    await pushOk('a5', 'Lead 5');
    const atFive = await changes(cursorOf(atThree));
    expect(atFive.revision).toBe(5);
    // Storage comes back from the backup: revisions 4 and 5 are gone, and 4 is reused for another change.
    await storage.stop();
    rmSync(storage.location, { recursive: true, force: true });
    cpSync(backup, storage.location, { recursive: true });
    await storage.restart();
    await service.close();
    service = await startService({ connectionString: storage.connectionString });
    await pushOk('b4', 'Someone else');
    await pushOk('b5', 'And another');
    const after = await changes(cursorOf(atFive));
    expect(after.reset).toBe(true);
    const ids = after.changes.map((c: { id: string }) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['a1', 'a2', 'a3', 'b4', 'b5']));
    expect(ids).not.toContain('a4');
  }, 120_000);
});
