/**
 * Injection and size attacks against the service: OData filter text smuggled through the path or
 * the query, and bodies far beyond what a plan needs.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, planPath } from '../reliability/support/api';
import { isErrorShape, startWorld, type World } from './support/world';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.stop();
});

const ODATA_PAYLOADS = [
  "RXT' or PartitionKey ne '",
  "RXT' or '1' eq '1",
  "x') or (PartitionKey ge '",
  'RXT%27%20or%20true',
  "RXT' and RowKey gt '",
  '*',
  "' or ''='",
];

describe('OData filter injection', () => {
  it('answers 400 (or a refusal) for filter text in any path part, and never returns another trust\'s rows', async () => {
    let tried = 0;
    for (const payload of ODATA_PAYLOADS) {
      const part = encodeURIComponent(payload);
      const paths = [
        `/v1/trusts/${part}/plans/WRES/2023-24`,
        `/v1/trusts/RXT/plans/${part}/2023-24`,
        `/v1/trusts/RXT/plans/WRES/${part}`,
        `/v1/trusts/RXT/plans/WRES/${part}/changes?since=0`,
        `/v1/regions/${part}/compare?standard=WRES&period=2023-24`,
      ];
      for (const path of paths) {
        for (const token of [world.tokens.rxtEditor, world.tokens.midlandsLead]) {
          tried += 1;
          const res = await callApi(world.service.baseUrl, token, 'GET', path);
          expect(res.status, path).toBeGreaterThanOrEqual(400);
          expect(res.status, path).toBeLessThan(500);
          expect(JSON.stringify(res.body), path).not.toContain(world.rxySecret);
        }
      }
    }
    console.log(`security: ${tried} OData-injection paths refused`);
  });

  it('answers 400 for filter text in query parameters and leaks nothing', async () => {
    const queries = [
      `${planPath(world.rxtPlan)}/changes?since=${encodeURIComponent("0 or PartitionKey ne ''")}`,
      `${planPath(world.rxtPlan)}/changes?since=${encodeURIComponent("0' or '1' eq '1")}`,
      `${planPath(world.rxtPlan)}/changes?since=-1`,
      `${planPath(world.rxtPlan)}/diff?from=${encodeURIComponent("x' or RowKey ne '")}`,
      `/v1/regions/Y60/compare?standard=${encodeURIComponent("WRES' or '1' eq '1")}&period=2023-24`,
      `/v1/regions/Y60/compare?standard=WRES&period=${encodeURIComponent("2023-24' or PartitionKey ne '")}`,
    ];
    for (const path of queries) {
      for (const token of [world.tokens.rxtEditor, world.tokens.midlandsLead]) {
        const res = await callApi(world.service.baseUrl, token, 'GET', path);
        expect(res.status, path).toBeLessThan(500);
        expect(JSON.stringify(res.body), path).not.toContain(world.rxySecret);
        if (res.status < 400) expect(JSON.stringify(res.body), path).not.toContain('rxy-000');
      }
    }
  });

  it('keeps row ids with filter characters as plain data (no other row is touched)', async () => {
    const before = await callApi(world.service.baseUrl, world.tokens.rxyEditor, 'GET', planPath(world.rxyPlan));
    const res = await callApi(world.service.baseUrl, world.tokens.rxtEditor, 'POST', `${planPath(world.rxtPlan)}/push`, {
      pushId: randomUUID(),
      changes: [{ id: "rxy-0000' or PartitionKey ne '", base: {}, set: { lead: 'injected lead' } }],
    });
    expect(res.status).toBeLessThan(500);
    const after = await callApi(world.service.baseUrl, world.tokens.rxyEditor, 'GET', planPath(world.rxyPlan));
    expect(after.body).toEqual(before.body);
  });
});

describe('oversized bodies', () => {
  it('refuses a 10 MB push with 413 and the JSON error shape', async () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const res = await callApi(world.service.baseUrl, world.tokens.rxtEditor, 'POST', `${planPath(world.rxtPlan)}/push`, undefined, {
      rawBody: JSON.stringify({ pushId: randomUUID(), changes: [{ id: 'rxt-0000', base: {}, set: { progress: huge } }] }),
    });
    expect(res.status).toBe(413);
    expect(isErrorShape(res.body)).toBe(true);
  });

  it('refuses a field over Table Storage\'s 64 KiB string limit with a 400 that names the field', async () => {
    const res = await callApi(world.service.baseUrl, world.tokens.rxtEditor, 'POST', `${planPath(world.rxtPlan)}/push`, {
      pushId: randomUUID(),
      changes: [{ id: 'rxt-0000', base: {}, set: { progress: 'é'.repeat(40_000) } }],
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('progress');
  });

  it('refuses a 10 MB snapshot label with 413', async () => {
    const res = await callApi(world.service.baseUrl, world.tokens.rxtEditor, 'POST', `${planPath(world.rxtPlan)}/snapshots`, {
      label: 'L'.repeat(10 * 1024 * 1024),
    });
    expect(res.status).toBe(413);
  });
});
