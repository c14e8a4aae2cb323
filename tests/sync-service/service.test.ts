import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, createLocalJWKSet, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../sync-service/app';
import { signDevToken, createVerifier } from '../../sync-service/auth';
import { loadConfig } from '../../sync-service/config';
import { createTableStore, type PlanStore } from '../../sync-service/store';
import { SEED_TRUSTS } from '../../sync-service/trust-directory';
import { startAzurite, type EmbeddedAzurite } from '../support/azurite';

const SECRET = 'service-tests-dev-secret-0123456789';
const NOW = new Date(Date.UTC(2023, 9 /* Oct */, 31, 9, 0));
let azurite: EmbeddedAzurite;
let store: PlanStore;
let app: ReturnType<typeof createApp>;
let period = 2000;
/** Each test gets its own plan period, so tests never see each other's rows. */
const freshPeriod = () => `${period++}-${String((period % 100)).padStart(2, '0')}`;

const token = (claims: Parameters<typeof signDevToken>[1]) => signDevToken(SECRET, claims);
const editor = (sub: string, trust = 'RXT') => token({ sub, name: sub, trust, role: 'editor' });

async function call(method: string, path: string, tok: string | null, body?: unknown, raw?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (tok) headers.authorization = `Bearer ${tok}`;
  const res = await app.request(path, { method, headers, body: raw ?? (body === undefined ? undefined : JSON.stringify(body)) });
  const text = await res.text();
  let json: any = null;
  try { json = JSON.parse(text); } catch { json = text; }
  return { status: res.status, body: json, headers: res.headers };
}
const planUrl = (p: string, trust = 'RXT', standard = 'WRES') => `/v1/trusts/${trust}/plans/${standard}/${p}`;
const push = (p: string, tok: string, changes: unknown[], pushId = randomUUID(), trust = 'RXT') => call('POST', `${planUrl(p, trust)}/push`, tok, { pushId, changes });

beforeAll(async () => {
  azurite = await startAzurite();
  store = await createTableStore({ connectionString: azurite.connectionString, tablePrefix: 'svc', seedTrusts: SEED_TRUSTS });
  app = createApp({ config: loadConfig({ SYNC_DEV_SECRET: SECRET, MAX_BODY_BYTES: String(512 * 1024) }), store, clock: () => NOW, log: () => undefined });
});
afterAll(async () => {
  await azurite?.stop();
});

describe('health and documentation', () => {
  it('answers ok once storage answers', async () => {
    expect(await call('GET', '/v1/health', null)).toMatchObject({ status: 200, body: { status: 'ok' } });
  });
  it('documents every route in openapi.json', async () => {
    const { body } = await call('GET', '/v1/openapi.json', null);
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining([
      '/v1/health', '/v1/trusts/{trust}/plans/{standard}/{period}', '/v1/trusts/{trust}/plans/{standard}/{period}/push',
      '/v1/trusts/{trust}/plans/{standard}/{period}/changes', '/v1/trusts/{trust}/plans/{standard}/{period}/snapshots',
      '/v1/trusts/{trust}/plans/{standard}/{period}/diff', '/v1/regions/{region}/compare', '/v1/trusts/{trust}',
    ]));
  });
  it('tells the pane how to sign in without any secret: dev sign-in off, Microsoft sign-in when configured', async () => {
    const plain = await call('GET', '/v1/sign-in', null);
    expect(plain).toMatchObject({ status: 200, body: { devLogin: false, naa: null } });
    const entra = createApp({
      config: loadConfig({ AUTH_JWKS_URL: 'https://login.microsoftonline.com/t/discovery/v2.0/keys', AUTH_ISSUER: 'https://login.microsoftonline.com/t/v2.0', AUTH_AUDIENCE: 'api://equality', ADDIN_CLIENT_ID: '0f0e0d0c-aaaa-bbbb-cccc-000000000001', ADDIN_SCOPES: 'api://equality/Plans.ReadWrite' }),
      store,
    });
    const body = await (await entra.request('/v1/sign-in')).json();
    expect(body).toEqual({ devLogin: false, naa: { clientId: '0f0e0d0c-aaaa-bbbb-cccc-000000000001', authority: 'https://login.microsoftonline.com/organizations', scopes: ['api://equality/Plans.ReadWrite'] } });
    expect(JSON.stringify(body)).not.toContain(SECRET);
  });
  it('answers 503 with retry advice when storage is down, never a stack', async () => {
    const down = createApp({
      config: loadConfig({ SYNC_DEV_SECRET: SECRET }),
      store: await createTableStore({ connectionString: azurite.connectionString.replace(`:${azurite.port}/`, ':1/'), tablePrefix: 'down' }),
      log: () => undefined,
    });
    const res = await down.request('/v1/health');
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = await res.json();
    expect(body.error.code).toBe('storage_unavailable');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts/);
  }, 120_000);
});

describe('who may do what', () => {
  const cases: [string, () => Promise<string | null>, 'GET' | 'POST', string, number][] = [
    ['no token', async () => null, 'GET', 'RXT', 401],
    ['a forged signature', async () => signDevToken('another-secret-entirely-xx', { sub: 'm', trust: 'RXT', role: 'editor' }), 'GET', 'RXT', 401],
    ['an expired token', async () => signDevToken(SECRET, { sub: 'e', trust: 'RXT', role: 'editor' }, '-1m'), 'GET', 'RXT', 401],
    ['an alg:none token', async () => `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'x', trust: 'RXT', role: 'admin' })).toString('base64url')}.`, 'GET', 'RXT', 401],
    ['an editor reading their own trust', () => editor('ann'), 'GET', 'RXT', 200],
    ['an editor writing their own trust', () => editor('ann'), 'POST', 'RXT', 200],
    ['an editor reading another trust', () => editor('ann'), 'GET', 'RP1', 403],
    ['an editor writing another trust', () => editor('ann'), 'POST', 'RP1', 403],
    ['a viewer reading their own trust', () => token({ sub: 'v', trust: 'RXT', role: 'viewer' }), 'GET', 'RXT', 200],
    ['a viewer writing their own trust', () => token({ sub: 'v', trust: 'RXT', role: 'viewer' }), 'POST', 'RXT', 403],
    ['a viewer reading another trust', () => token({ sub: 'v', trust: 'RXT', role: 'viewer' }), 'GET', 'RH5', 403],
    ['a regional lead reading a trust of their region', () => token({ sub: 'l', role: 'regional-lead', region: 'Y60' }), 'GET', 'RP1', 200],
    ['a regional lead reading a trust of another region', () => token({ sub: 'l', role: 'regional-lead', region: 'Y60' }), 'GET', 'RXY', 403],
    ['a regional lead writing', () => token({ sub: 'l', role: 'regional-lead', region: 'Y60' }), 'POST', 'RXT', 403],
    ['an admin reading any trust', () => token({ sub: 'root', role: 'admin' }), 'GET', 'RH5', 200],
  ];
  it.each(cases)('%s → %i', async (_label, makeToken, method, trust, expected) => {
    const p = freshPeriod();
    const res = method === 'GET'
      ? await call('GET', planUrl(p, trust), await makeToken())
      : await push(p, (await makeToken()) as string, [{ id: 'a1', base: {}, set: { action: 'x' } }], randomUUID(), trust);
    expect(res.status).toBe(expected);
    if (expected >= 400) expect(res.body.error.message).toEqual(expect.any(String));
  });

  it('accepts Entra-style RS256 tokens checked against the key set, issuer and audience', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' };
    const config = loadConfig({ AUTH_JWKS_URL: 'https://login.example/keys', AUTH_ISSUER: 'https://issuer.example', AUTH_AUDIENCE: 'api://plans', AUTH_CLAIMS: JSON.stringify({ sub: 'oid', name: 'name', trust: 'ods', role: 'roles', region: 'region' }) });
    const prodApp = createApp({ config, store, verifier: createVerifier(config, { jwks: createLocalJWKSet({ keys: [jwk] }) }) });
    const sign = (claims: Record<string, unknown>, aud = 'api://plans') => new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer('https://issuer.example').setAudience(aud).setExpirationTime('5m').sign(privateKey);
    const good = await sign({ oid: 'u1', name: 'Una', ods: 'RXT', roles: ['editor'] });
    expect((await prodApp.request(planUrl(freshPeriod()), { headers: { authorization: `Bearer ${good}` } })).status).toBe(200);
    const wrongAudience = await sign({ oid: 'u1', ods: 'RXT', roles: ['editor'] }, 'api://other');
    expect((await prodApp.request(planUrl(freshPeriod()), { headers: { authorization: `Bearer ${wrongAudience}` } })).status).toBe(401);
    const dev = await editor('ann');
    expect((await prodApp.request(planUrl(freshPeriod()), { headers: { authorization: `Bearer ${dev}` } })).status).toBe(401);
  });

  it('lets only admins add trusts to the directory', async () => {
    const body = { name: 'Demo Community NHS Trust', region: 'Y99' };
    expect((await call('PUT', '/v1/trusts/RZZ', await editor('ann'), body)).status).toBe(403);
    expect((await call('PUT', '/v1/trusts/RZZ', await token({ sub: 'root', role: 'admin' }), body)).status).toBe(200);
    expect((await call('GET', planUrl(freshPeriod(), 'RZZ'), await editor('zed', 'RZZ'))).status).toBe(200);
  });
});

describe('bad input', () => {
  it.each([
    ["a quote in the trust (OData injection)", "/v1/trusts/RXT'%20or%20PartitionKey%20ne%20'/plans/WRES/2023-24"],
    ['an unknown standard', '/v1/trusts/RXT/plans/WXYZ/2023-24'],
    ['a malformed period', '/v1/trusts/RXT/plans/WRES/2023'],
  ])('rejects %s with a 400 naming the path part', async (_l, path) => {
    const res = await call('GET', path, await token({ sub: 'root', role: 'admin' }));
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].path).toMatch(/^path\./);
  });
  it('rejects a query-string injection in changes?since', async () => {
    const res = await call('GET', `${planUrl(freshPeriod())}/changes?since=0%20or%201%20eq%201`, await editor('ann'));
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].path).toBe('query.since');
  });
  it.each([
    ['not JSON', undefined, '{oops', 'body'],
    ['no pushId', { changes: [] }, undefined, 'body.pushId'],
    ['a number as a field value', { pushId: randomUUID(), changes: [{ id: 'a', base: {}, set: { lead: 5 } }] }, undefined, 'body.changes.0.set.lead'],
    ['an unknown field', { pushId: randomUUID(), changes: [{ id: 'a', base: {}, set: { salary: '1' } }] }, undefined, 'body.changes.0.set'],
    ['a bad row id', { pushId: randomUUID(), changes: [{ id: "x' or '1", base: {}, set: { lead: 'a' } }] }, undefined, 'body.changes.0.id'],
    ['a value over 64 KiB', { pushId: randomUUID(), changes: [{ id: 'a', base: {}, set: { progress: 'x'.repeat(40_000) } }] }, undefined, 'body.changes.0.set.progress'],
  ])('answers a push with %s by a 400 naming the field', async (_l, body, raw, path) => {
    const res = await call('POST', `${planUrl(freshPeriod())}/push`, await editor('ann'), body, raw);
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toContain(path);
  });
  it('refuses bodies over the size limit with 413', async () => {
    const changes = Array.from({ length: 40 }, (_, i) => ({ id: `r${i}`, base: {}, set: { progress: 'y'.repeat(20_000) } }));
    const res = await push(freshPeriod(), await editor('ann'), changes);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('body_too_large');
  });
});

describe('pushing and merging', () => {
  it('applies a repeated pushId once and answers it with the first result', async () => {
    const p = freshPeriod();
    const tok = await editor('ann');
    const id = randomUUID();
    const first = await push(p, tok, [{ id: 'a1', base: {}, set: { action: 'Run a listening event', lead: 'EDI lead' } }], id);
    const again = await push(p, tok, [{ id: 'a1', base: {}, set: { action: 'Run a listening event', lead: 'EDI lead' } }], id);
    expect(again.body.revision).toBe(first.body.revision);
    expect(again.body.applied).toEqual(first.body.applied);
    const changes = await call('GET', `${planUrl(p)}/changes?since=0`, tok);
    expect(changes.body.revision).toBe(1);
    expect(changes.body.changes).toHaveLength(2);
  });

  it('lands edits to different fields of one row by different editors', async () => {
    const p = freshPeriod();
    await push(p, await editor('ann'), [{ id: 'a1', base: {}, set: { lead: 'Ann', status: 'Not Started' } }]);
    const base = { lead: 'Ann', status: 'Not Started' };
    const [a, b] = await Promise.all([
      push(p, await editor('ann'), [{ id: 'a1', base, set: { lead: 'Head of HR' } }]),
      push(p, await editor('bob'), [{ id: 'a1', base, set: { status: 'In Progress' } }]),
    ]);
    expect(a.body.conflicts).toEqual([]);
    expect(b.body.conflicts).toEqual([]);
    const plan = await call('GET', planUrl(p), await editor('ann'));
    expect(plan.body.rows[0].fields).toMatchObject({ lead: 'Head of HR', status: 'In Progress' });
  });

  it('keeps one value and reports the other as a conflict when two editors change the same field', async () => {
    const p = freshPeriod();
    await push(p, await editor('ann'), [{ id: 'a1', base: {}, set: { lead: 'Ann' } }]);
    const results = await Promise.all([
      push(p, await editor('ann'), [{ id: 'a1', base: { lead: 'Ann' }, set: { lead: 'Head of HR' } }]),
      push(p, await editor('bob'), [{ id: 'a1', base: { lead: 'Ann' }, set: { lead: 'Deputy Director' } }]),
    ]);
    const conflicts = results.flatMap((r) => r.body.conflicts);
    expect(conflicts).toHaveLength(1);
    const stored = (await call('GET', planUrl(p), await editor('ann'))).body.rows[0].fields.lead;
    expect(conflicts[0]).toMatchObject({ field: 'lead', base: 'Ann', theirs: stored });
    expect(['Head of HR', 'Deputy Director']).toContain(conflicts[0].mine);
    expect(conflicts[0].mine).not.toBe(stored);
  });

  it('loses no update when many editors push to one plan at once (ETag retry)', async () => {
    const p = freshPeriod();
    const results = await Promise.all(Array.from({ length: 12 }, async (_, i) => push(p, await editor(`e${i}`), [{ id: `row${i}`, base: {}, set: { action: `Action ${i}` } }])));
    expect(results.every((r) => r.status === 200)).toBe(true);
    const plan = (await call('GET', planUrl(p), await editor('ann'))).body;
    expect(plan.revision).toBe(12);
    expect(plan.rows.map((r: { fields: { action: string } }) => r.fields.action).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `Action ${i}`).sort());
  });

  it('pushes a plan far larger than one 100-operation transaction', async () => {
    const p = freshPeriod();
    const changes = Array.from({ length: 260 }, (_, i) => ({ id: `r${i}`, base: {}, set: { action: `Action ${i}`, lead: 'Lead', due: 'March 2024', indicator: String((i % 9) + 1) } }));
    const res = await push(p, await editor('ann'), changes);
    expect(res.status).toBe(200);
    const plan = (await call('GET', planUrl(p), await editor('ann'))).body;
    expect(plan.rows).toHaveLength(260);
    expect((await call('GET', `${planUrl(p)}/changes?since=0`, await editor('ann'))).body.changes).toHaveLength(1040);
  });

  it('never brings a deleted row back, even for an edit made on an old base', async () => {
    const p = freshPeriod();
    await push(p, await editor('ann'), [{ id: 'a1', base: {}, set: { lead: 'Ann' } }]);
    const del = await push(p, await editor('ann'), [{ id: 'a1', delete: true, base: { lead: 'Ann' } }]);
    expect(del.body.applied).toEqual([{ id: 'a1', fields: [], deleted: true }]);
    const late = await push(p, await editor('bob'), [{ id: 'a1', base: { lead: 'Ann' }, set: { lead: 'Bob' } }]);
    expect(late.body.conflicts[0]).toMatchObject({ id: 'a1', field: 'lead', reason: 'deleted', mine: 'Bob' });
    const row = (await call('GET', planUrl(p), await editor('ann'))).body.rows[0];
    expect(row).toMatchObject({ id: 'a1', deleted: true });
    expect(row.fields.lead).toBe('Ann');
  });

  it('lets an edit win over a delete that raced it, and reports it', async () => {
    const p = freshPeriod();
    await push(p, await editor('ann'), [{ id: 'a1', base: {}, set: { lead: 'Ann' } }]);
    await push(p, await editor('bob'), [{ id: 'a1', base: { lead: 'Ann' }, set: { lead: 'Bob' } }]);
    const del = await push(p, await editor('ann'), [{ id: 'a1', delete: true, base: { lead: 'Ann' } }]);
    expect(del.body.applied).toEqual([]);
    expect(del.body.conflicts[0]).toMatchObject({ field: 'lead', mine: null, theirs: 'Bob', by: 'bob' });
    expect((await call('GET', planUrl(p), await editor('ann'))).body.rows[0].deleted).toBeUndefined();
  });

  it('keeps the audit trail: who changed what, when, after a cursor', async () => {
    const p = freshPeriod();
    await push(p, await editor('ann'), [{ id: 'a1', base: {}, set: { lead: 'Ann' } }]);
    const first = await call('GET', `${planUrl(p)}/changes?since=0`, await editor('ann'));
    await push(p, await editor('bob'), [{ id: 'a1', base: { lead: 'Ann' }, set: { lead: 'Bob' } }]);
    const res = await call('GET', `${planUrl(p)}/changes?since=${first.body.cursor}`, await editor('ann'));
    expect(res.body).toEqual({ revision: 2, cursor: expect.any(String), more: false, changes: [{ revision: 2, id: 'a1', field: 'lead', value: 'Bob', by: 'bob', sub: 'bob', at: NOW.toISOString() }] });
    const none = await call('GET', `${planUrl(p)}/changes?since=${res.body.cursor}`, await editor('ann'));
    expect(none.body).toMatchObject({ revision: 2, cursor: res.body.cursor, more: false, changes: [] });
  });
});

describe('the change log keeps any text', () => {
  it('returns long text full of emoji and RTL exactly as pushed, through the plan and the change log', async () => {
    const p = freshPeriod();
    const ann = await editor('ann-text');
    // Values near the size cap, with surrogate pairs at every offset, in many rows: the log spans several properties.
    const values = Array.from({ length: 6 }, (_, i) => `${'x'.repeat(i % 2)}${'🙂 تقرير '.repeat(3_000)}`.slice(0, 31_999));
    const res = await push(p, ann, values.map((v, i) => ({ id: `t${i}`, base: {}, set: { action: v, lead: `Lead ${i}` } })));
    expect(res.status).toBe(200);
    const plan = await call('GET', planUrl(p), ann);
    for (let i = 0; i < values.length; i++) expect(plan.body.rows.find((r: { id: string }) => r.id === `t${i}`).fields.action).toBe(values[i]);
    const log = await call('GET', `${planUrl(p)}/changes?since=0`, ann);
    expect(log.body.changes.filter((c: { field: string }) => c.field === 'action').map((c: { value: string }) => c.value)).toEqual(values);
  });
});

describe('snapshots and region compare', () => {
  it('freezes a snapshot and shows what changed since board approval', async () => {
    const p = freshPeriod();
    await push(p, await editor('ann'), [{ id: 'a1', base: {}, set: { lead: 'Ann', status: 'Not Started' } }]);
    const snap = await call('POST', `${planUrl(p)}/snapshots`, await editor('ann'), { label: 'Board approved 31 Oct 2023' });
    expect(snap.status).toBe(201);
    await push(p, await editor('bob'), [{ id: 'a1', base: { status: 'Not Started' }, set: { status: 'In Progress' } }]);
    const frozen = await call('GET', `${planUrl(p)}/snapshots/${snap.body.snapshotId}`, await editor('ann'));
    expect(frozen.body.rows[0].fields.status).toBe('Not Started');
    const diff = await call('GET', `${planUrl(p)}/diff?from=${snap.body.snapshotId}`, await editor('ann'));
    expect(diff.body.changes).toEqual([{ id: 'a1', field: 'status', before: 'Not Started', after: 'In Progress', by: 'bob', at: NOW.toISOString() }]);
  });

  it('compares the trusts of a region by indicator and effective RAG, with gaps and the latest snapshot', async () => {
    const p = freshPeriod();
    const fy = Number(p.slice(0, 4));
    await push(p, await editor('ann', 'RXT'), [
      { id: 'x1', base: {}, set: { indicator: '1', status: 'Completed', due: `March ${fy + 1}` } },
      { id: 'x2', base: {}, set: { indicator: '2', status: 'In Progress', due: `May ${fy}` } },
    ], randomUUID(), 'RXT');
    await push(p, await editor('nia', 'RP1'), [{ id: 'n1', base: {}, set: { indicator: '1', status: 'Not Started', due: 'Ongoing' } }], randomUUID(), 'RP1');
    await call('POST', `${planUrl(p, 'RP1')}/snapshots`, await editor('nia', 'RP1'), { label: 'Board approved' });
    const lead = await token({ sub: 'lee', role: 'regional-lead', region: 'Y60' });
    const res = await call('GET', `/v1/regions/Y60/compare?standard=WRES&period=${p}&asAt=${fy + 5}-01-01`, lead);
    expect(res.status).toBe(200);
    const byCode = Object.fromEntries(res.body.trusts.map((t: { trust: string }) => [t.trust, t]));
    expect(Object.keys(byCode).sort()).toEqual(['RP1', 'RXT']);
    expect(byCode.RXT.byIndicator['1']).toMatchObject({ actions: 1, green: 1, overdue: 0 });
    expect(byCode.RXT.byIndicator['2']).toMatchObject({ actions: 1, red: 1, overdue: 1 });
    expect(byCode.RXT.indicatorsWithNoAction).toEqual(['3', '4', '5', '6', '7', '8', '9']);
    expect(byCode.RP1.latestSnapshot.label).toBe('Board approved');
    expect((await call('GET', `/v1/regions/Y59/compare?standard=WRES&period=${p}`, lead)).status).toBe(403);
  });
});

describe('the Azure Functions entry', () => {
  it('serves health and an authenticated push through HttpRequest/InvocationContext', async () => {
    const { HttpRequest, InvocationContext } = await import('@azure/functions');
    process.env.TABLES_CONNECTION_STRING = azurite.connectionString;
    process.env.SYNC_DEV_SECRET = SECRET;
    process.env.TABLE_NAME_PREFIX = 'fn';
    const { handler, resetHandler } = await import('../../sync-service/functions');
    resetHandler();
    const health = await handler(new HttpRequest({ method: 'GET', url: 'http://localhost/v1/health' }), new InvocationContext());
    expect(health.status).toBe(200);
    const tok = await editor('ann');
    const res = await handler(new HttpRequest({
      method: 'POST',
      url: `http://localhost${planUrl('2024-25')}/push`,
      headers: { authorization: `Bearer ${tok}`, 'content-type': 'application/json' },
      body: { string: JSON.stringify({ pushId: randomUUID(), changes: [{ id: 'f1', base: {}, set: { lead: 'Functions' } }] }) },
    }), new InvocationContext());
    expect(res.status).toBe(200);
    expect(JSON.parse(Buffer.from(res.body as Uint8Array).toString()).applied).toEqual([{ id: 'f1', fields: ['lead'] }]);
  });
});
