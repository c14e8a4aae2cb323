/**
 * Issue 10's findings against the service, each as a user or an attacker met it, over a real Azurite.
 * Every test here failed before its fix (see the issue and docs/performance.md); none may be weakened.
 */
import { randomUUID } from 'node:crypto';
import { TableServiceClient, TableClient } from '@azure/data-tables';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../sync-service/app';
import { signDevToken } from '../../sync-service/auth';
import { loadConfig } from '../../sync-service/config';
import { createTableStore, type PlanStore } from '../../sync-service/store';
import { SEED_TRUSTS } from '../../sync-service/trust-directory';
import { startAzurite, type EmbeddedAzurite } from '../support/azurite';

const SECRET = 'findings-tests-dev-secret-0123456789';
const PREFIX = 'find';
const NOW = new Date(Date.UTC(2023, 9 /* Oct */, 31, 9, 0));
let azurite: EmbeddedAzurite;
let store: PlanStore;
let app: ReturnType<typeof createApp>;
let period = 2100;
const freshPeriod = () => `${period++}-${String(period % 100).padStart(2, '0')}`;

const token = (claims: Parameters<typeof signDevToken>[1]) => signDevToken(SECRET, claims);
const editor = (sub: string, trust = 'RXT', name = sub) => token({ sub, name, trust, role: 'editor' });

async function call(method: string, path: string, tok: string | null, body?: unknown) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (tok) headers.authorization = `Bearer ${tok}`;
  const res = await app.request(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let json: any = null;
  try { json = JSON.parse(text); } catch { json = text; }
  return { status: res.status, body: json, headers: res.headers, bytes: Buffer.byteLength(text) };
}
const planUrl = (p: string, trust = 'RXT') => `/v1/trusts/${trust}/plans/WRES/${p}`;
const push = (p: string, tok: string, changes: unknown[], pushId = randomUUID()) => call('POST', `${planUrl(p)}/push`, tok, { pushId, changes });

/** Follows the changes feed from the start, page by page, as a client does. */
async function allChanges(p: string, tok: string) {
  const out: any[] = [];
  let since = '0';
  for (let page = 0; page < 1000; page++) {
    const res = await call('GET', `${planUrl(p)}/changes?since=${encodeURIComponent(since)}`, tok);
    expect(res.status).toBe(200);
    out.push(...res.body.changes);
    if (!res.body.more) return out;
    since = res.body.cursor;
  }
  throw new Error('changes feed never ended');
}

beforeAll(async () => {
  azurite = await startAzurite();
  store = await createTableStore({ connectionString: azurite.connectionString, tablePrefix: PREFIX, seedTrusts: SEED_TRUSTS });
  app = createApp({ config: loadConfig({ SYNC_DEV_SECRET: SECRET }), store, clock: () => NOW, log: () => undefined });
});
afterAll(async () => {
  await azurite?.stop();
});

describe('1. reserved names as row ids', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('refuses the row id %s with a 400 naming the id', async (id) => {
    const res = await push(freshPeriod(), await editor('ann'), [{ id, base: {}, set: { action: 'x' } }]);
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toContain('body.changes.0.id');
  });
});

describe('2. stale edits of long text', () => {
  it('refuses a push that holds one row id twice, naming the second', async () => {
    const changes = Array.from({ length: 3 }, (_, i) => ({ id: 'same', base: {}, set: { progress: `step ${i}` } }));
    const res = await push(freshPeriod(), await editor('ann'), changes);
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toContain('body.changes.1.id');
  });

  it('answers 60 long-text conflicts with 200, and the same answer to a retry', async () => {
    const p = freshPeriod();
    const long = (c: string) => c.repeat(32_000);
    const rows = Array.from({ length: 60 }, (_, i) => `r${i}`);
    const seed = await push(p, await editor('ann'), rows.map((id) => ({ id, base: {}, set: { progress: long('a') } })));
    expect(seed.status).toBe(200);
    const stale = { pushId: randomUUID(), changes: rows.map((id) => ({ id, base: { progress: long('z') }, set: { progress: long('b') } })) };
    const first = await call('POST', `${planUrl(p)}/push`, await editor('bob'), stale);
    expect(first.status).toBe(200);
    expect(first.body.conflicts).toHaveLength(60);
    expect(first.body.conflicts[0]).toMatchObject({ id: 'r0', field: 'progress', theirs: long('a'), mine: long('b'), by: 'ann' });
    const again = await call('POST', `${planUrl(p)}/push`, await editor('bob'), stale);
    expect(again.status).toBe(200);
    expect(again.body.conflicts).toEqual(first.body.conflicts);
  }, 120_000);
});

describe('3. any text round-trips', () => {
  it('stores a cell with U+2028 and U+2029 (text pasted from Word) exactly', async () => {
    const p = freshPeriod();
    const value = 'First line\u2028second line\u2029new paragraph';
    const res = await push(p, await editor('ann'), [{ id: 'a1', base: {}, set: { action: value, lead: 'Ann' } }]);
    expect(res.status).toBe(200);
    const plan = await call('GET', planUrl(p), await editor('ann'));
    expect(plan.body.rows[0].fields.action).toBe(value);
    expect((await allChanges(p, await editor('ann'))).find((c) => c.field === 'action').value).toBe(value);
  });

  it('keeps large multibyte values exact on a one-row push and on its edit', async () => {
    const p = freshPeriod();
    const cjk = '中文字符'.repeat(8_000);
    const mixed = 'Zoë 🙂 تقرير é'.repeat(2_700).slice(0, 32_000).replace(/[\ud800-\udbff]$/, '');
    const set = { action: cjk, progress: mixed, outcome: cjk.slice(1), objective: mixed.slice(2) };
    expect((await push(p, await editor('ann'), [{ id: 'big', base: {}, set }])).status).toBe(200);
    expect((await call('GET', planUrl(p), await editor('ann'))).body.rows[0].fields).toMatchObject(set);
    const edit = { action: `${cjk.slice(0, 31_000)}变`, progress: `é${mixed.slice(0, 31_000)}` };
    expect((await push(p, await editor('ann'), [{ id: 'big', base: { action: cjk, progress: mixed }, set: edit }])).status).toBe(200);
    expect((await call('GET', planUrl(p), await editor('ann'))).body.rows[0].fields).toMatchObject({ ...set, ...edit });
  });
});

describe('9. the same pushId with a different body', () => {
  it('answers 422 and keeps the first push as it was', async () => {
    const p = freshPeriod();
    const pushId = randomUUID();
    expect((await push(p, await editor('ann'), [{ id: 'a1', base: {}, set: { lead: 'Ann' } }], pushId)).status).toBe(200);
    const other = await push(p, await editor('ann'), [{ id: 'a1', base: {}, set: { lead: 'Someone else' } }], pushId);
    expect(other.status).toBe(422);
    expect(other.body.error.message).toMatch(/pushId/);
    expect((await call('GET', planUrl(p), await editor('ann'))).body.rows[0].fields.lead).toBe('Ann');
  });
});

describe('11. who changed what', () => {
  it('records the stable subject id beside the display name', async () => {
    const p = freshPeriod();
    await push(p, await editor('u-1', 'RXT', 'Alice Smith'), [{ id: 'a1', base: {}, set: { lead: 'One' } }]);
    await push(p, await editor('u-2', 'RXT', 'Alice Smith'), [{ id: 'a1', base: { lead: 'One' }, set: { lead: 'Two' } }]);
    const changes = await allChanges(p, await editor('ann'));
    expect(changes.map((c) => [c.by, c.sub])).toEqual([['Alice Smith', 'u-1'], ['Alice Smith', 'u-2']]);
  });
});

describe('12. reads have no side effects', () => {
  it('creates nothing in storage when viewers and regional leads read plans that do not exist', async () => {
    const count = async () => {
      const service = TableServiceClient.fromConnectionString(azurite.connectionString, { allowInsecureConnection: true });
      let n = 0;
      for await (const t of service.listTables()) {
        if (!t.name?.startsWith(PREFIX)) continue;
        const table = TableClient.fromConnectionString(azurite.connectionString, t.name, { allowInsecureConnection: true });
        for await (const _ of table.listEntities()) n++;
      }
      return n;
    };
    await call('GET', '/v1/health', null);
    const before = await count();
    const viewer = await token({ sub: 'v', trust: 'RXT', role: 'viewer' });
    const lead = await token({ sub: 'l', role: 'regional-lead', region: 'Y60' });
    for (let i = 0; i < 20; i++) {
      const p = freshPeriod();
      expect((await call('GET', planUrl(p), viewer)).status).toBe(200);
      expect((await call('GET', `${planUrl(p, 'RP1')}/changes?since=0`, lead)).status).toBe(200);
      expect((await call('GET', `/v1/regions/Y60/compare?standard=WRES&period=${p}`, lead)).status).toBe(200);
    }
    expect(await count()).toBe(before);
  });
});

describe('13. the changes feed is paged', () => {
  it('serves a long history in bounded pages that a client follows to the end', async () => {
    const p = freshPeriod();
    const ann = await editor('ann');
    const big = (n: number) => `${n} ${'Update on the staff network pilot. '.repeat(900)}`.slice(0, 30_000);
    for (let n = 0; n < 8; n++) {
      const res = await push(p, ann, Array.from({ length: 10 }, (_, i) => ({ id: `r${i}`, base: n ? { progress: big(n - 1) } : {}, set: { progress: big(n) } })));
      expect(res.status).toBe(200);
    }
    const first = await call('GET', `${planUrl(p)}/changes?since=0`, ann);
    expect(first.status).toBe(200);
    expect(first.bytes).toBeLessThan(2 * 1024 * 1024);
    expect(first.body.more).toBe(true);
    const all = await allChanges(p, ann);
    expect(all).toHaveLength(80);
    expect(all.map((c) => c.revision)).toEqual([...all.map((c) => c.revision)].sort((a, b) => a - b));
  }, 120_000);
});

describe('14. bad dates', () => {
  it.each(['9999-99-99', '2023-02-31', '2023-13-01', '0000-00-00'])('answers asAt=%s with a 400 naming asAt', async (asAt) => {
    const lead = await token({ sub: 'l', role: 'regional-lead', region: 'Y60' });
    const res = await call('GET', `/v1/regions/Y60/compare?standard=WRES&period=2023-24&asAt=${asAt}`, lead);
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toContain('query.asAt');
  });
});

describe('10. dev tokens', () => {
  const sign = (claims: Record<string, unknown>, exp?: number | string) => {
    const jwt = new SignJWT({ sub: 'ann', name: 'ann', trust: 'RXT', role: 'editor', ...claims }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt();
    if (exp !== undefined) jwt.setExpirationTime(exp);
    return jwt.sign(new TextEncoder().encode(SECRET));
  };
  it('refuses a dev token without exp', async () => {
    expect((await call('GET', planUrl(freshPeriod()), await sign({}))).status).toBe(401);
  });
  it('refuses a dev token valid for ten years', async () => {
    expect((await call('GET', planUrl(freshPeriod()), await sign({}, '3650d'))).status).toBe(401);
  });
  it('accepts an ordinary eight-hour dev token', async () => {
    expect((await call('GET', planUrl(freshPeriod()), await sign({}, '8h'))).status).toBe(200);
  });
});
