/**
 * Attacks on who may read and write what. Each must fail with the right status and the JSON error
 * shape, and must leave the target plan exactly as it was.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, planPath } from '../reliability/support/api';
import { DEV_SECRET } from '../reliability/support/service';
import { signToken, tamperToken, unsignedToken } from './support/tokens';
import { isErrorShape, startWorld, type World } from './support/world';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.stop();
});

const get = (token: string | null, path: string) => callApi(world.service.baseUrl, token, 'GET', path);
const push = (token: string, path: string, progress: string) =>
  callApi(world.service.baseUrl, token, 'POST', `${path}/push`, {
    pushId: randomUUID(),
    changes: [{ id: 'rxy-0001', base: {}, set: { progress } }],
  });

/** The plan's rows as its own editor sees them, to prove an attack changed nothing. */
async function rxyRows(): Promise<unknown> {
  const res = await get(world.tokens.rxyEditor, planPath(world.rxyPlan));
  expect(res.status).toBe(200);
  return res.body;
}

describe('trust boundaries', () => {
  it("refuses an editor writing to another trust's plan (403) and leaves that plan unchanged", async () => {
    const before = await rxyRows();
    const res = await push(world.tokens.rxtEditor, planPath(world.rxyPlan), 'written by Birmingham');
    expect(res.status).toBe(403);
    expect(isErrorShape(res.body)).toBe(true);
    expect(await rxyRows()).toEqual(before);
  });

  it("refuses an editor reading another trust's plan (403) without leaking its text", async () => {
    const res = await get(world.tokens.rxtEditor, planPath(world.rxyPlan));
    expect(res.status).toBe(403);
    expect(JSON.stringify(res.body)).not.toContain(world.rxySecret);
  });

  it("refuses a viewer reading another trust's plan, its changes and its snapshots (403)", async () => {
    for (const path of [planPath(world.rxyPlan), `${planPath(world.rxyPlan)}/changes?since=0`]) {
      const res = await get(world.tokens.rxtViewer, path);
      expect(res.status, path).toBe(403);
      expect(JSON.stringify(res.body)).not.toContain(world.rxySecret);
    }
  });

  it('refuses a viewer writing to their own trust (403)', async () => {
    const res = await push(world.tokens.rxtViewer, planPath(world.rxtPlan), 'viewer edit');
    expect(res.status).toBe(403);
  });

  it("refuses a regional lead writing, even in their own region (403)", async () => {
    const res = await push(world.tokens.midlandsLead, planPath(world.rxtPlan), 'lead edit');
    expect(res.status).toBe(403);
    const after = await get(world.tokens.rxtEditor, planPath(world.rxtPlan));
    expect(JSON.stringify(after.body)).not.toContain('lead edit');
  });

  it("refuses a regional lead reading a plan or comparing a region outside their region (403)", async () => {
    const read = await get(world.tokens.midlandsLead, planPath(world.rxyPlan));
    expect(read.status).toBe(403);
    expect(JSON.stringify(read.body)).not.toContain(world.rxySecret);
    const compare = await get(world.tokens.midlandsLead, '/v1/regions/Y59/compare?standard=WRES&period=2023-24');
    expect(compare.status).toBe(403);
  });

  it('ignores a trust named in the body: the URL and the token decide (no write lands in the other trust)', async () => {
    const res = await callApi(world.service.baseUrl, world.tokens.rxtEditor, 'POST', `${planPath(world.rxtPlan)}/push`, {
      pushId: randomUUID(),
      trust: 'RXY',
      changes: [{ id: 'rxy-0001', base: {}, set: { lead: 'smuggled via body' } }],
    });
    expect(res.status).toBeLessThan(500);
    expect(JSON.stringify(await rxyRows())).not.toContain('smuggled via body');
  });
});

describe('tokens', () => {
  const claims = { sub: 'alice', trust: 'RXT', role: 'editor' as const };

  it('refuses a request without a token (401)', async () => {
    const res = await get(null, planPath(world.rxtPlan));
    expect(res.status).toBe(401);
    expect(isErrorShape(res.body)).toBe(true);
  });

  it('refuses a token signed with another secret (401)', async () => {
    const forged = await signToken('not-the-service-secret-but-long-enough-0000', claims);
    expect((await get(forged, planPath(world.rxtPlan))).status).toBe(401);
  });

  it('refuses a token whose claims were edited after signing (viewer → admin) (401)', async () => {
    const tampered = tamperToken(world.tokens.rxtViewer, { role: 'admin' });
    const res = await callApi(world.service.baseUrl, tampered, 'PUT', '/v1/trusts/ZZ9', { name: 'Evil Trust', region: 'Y60' });
    expect(res.status).toBe(401);
  });

  it('refuses an expired token (401)', async () => {
    const expired = await signToken(DEV_SECRET, claims, { expiresIn: -120 });
    expect((await get(expired, planPath(world.rxtPlan))).status).toBe(401);
  });

  it("refuses an unsigned 'alg: none' token, even claiming admin (401)", async () => {
    for (const token of [unsignedToken(claims), unsignedToken({ sub: 'mallory', role: 'admin' })]) {
      expect((await get(token, planPath(world.rxtPlan))).status).toBe(401);
    }
  });

  it('refuses garbage in the Authorization header (401), never a 500', async () => {
    for (const header of ['Bearer', 'Bearer ', 'Basic YWxpY2U6c2VjcmV0', 'Bearer a.b.c', 'Bearer ' + 'x'.repeat(10_000)]) {
      const res = await callApi(world.service.baseUrl, null, 'GET', planPath(world.rxtPlan), undefined, {
        headers: { authorization: header },
      });
      expect(res.status, header.slice(0, 20)).toBe(401);
    }
  });
});
