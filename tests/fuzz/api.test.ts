/**
 * Fuzzing every API body, path and query of the sync service with a valid token: whatever arrives,
 * the answer is never a 5xx, and a refused body is a 4xx whose `issues[].path` names the field.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, planPath, type PlanAddress } from '../reliability/support/api';
import { startService, type RunningService } from '../reliability/support/service';
import { startTableServer, type TableServer } from '../reliability/support/table-server';

const SOAK = process.env.SOAK === '1';
const RUNS = SOAK ? 1_000 : 100;
let storage: TableServer;
let service: RunningService;
let editor: string;
let admin: string;
let lead: string;
let cases = 0;
const plan: PlanAddress = { trust: 'RXT', standard: 'WRES', period: '2023-24' };

beforeAll(async () => {
  storage = await startTableServer({ persist: false });
  service = await startService({ connectionString: storage.connectionString });
  editor = await service.token({ sub: 'alice', trust: 'RXT', role: 'editor' });
  admin = await service.token({ sub: 'root', role: 'admin' });
  lead = await service.token({ sub: 'mo', role: 'regional-lead', region: 'Y60' });
});
afterAll(async () => {
  console.log(`fuzz: ${cases} API requests sent`);
  await service?.close();
  await storage?.dispose();
});

interface ErrorBody {
  error?: { code?: string; message?: string; issues?: { path?: unknown; message?: string }[] };
}

async function send(token: string, method: string, path: string, body?: unknown, rawBody?: string) {
  cases += 1;
  const res = await callApi<ErrorBody>(service.baseUrl, token, method, path, body, { rawBody });
  expect(res.status, `${method} ${path} → ${JSON.stringify(res.body).slice(0, 300)}`).toBeLessThan(500);
  if (res.status >= 400) {
    expect(typeof res.body?.error?.code, `${method} ${path}`).toBe('string');
    expect(typeof res.body?.error?.message).toBe('string');
    expect(JSON.stringify(res.body)).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
  }
  return res;
}

/**
 * The `issues[].path` entries of a 400 as dotted paths within the body: the service prefixes them
 * with where the value was (`body.`, `query.`, `path.`), which is dropped here.
 */
function issuePaths(body: ErrorBody): string[] {
  return (body.error?.issues ?? []).map((issue) =>
    (Array.isArray(issue.path) ? issue.path.join('.') : String(issue.path)).replace(/^(body|query|path|params)\.?/, ''),
  );
}

const validPush = () => ({
  pushId: randomUUID(),
  changes: [{ id: 'row-1', base: {}, set: { action: 'Publish the shortlisting audit', lead: 'Head of HR' } }],
});

/** Ways to break one field of a valid push, each with the path the error must name. */
const pushMutationArb = fc.oneof(
  fc.record({ value: fc.oneof(fc.integer(), fc.constant('not-a-uuid'), fc.constant(null), fc.array(fc.nat())) }).map(({ value }) => ({
    path: 'pushId',
    mutate: (body: any) => ({ ...body, pushId: value }),
  })),
  fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.dictionary(fc.string(), fc.nat())).map((value) => ({
    path: 'changes',
    mutate: (body: any) => ({ ...body, changes: value }),
  })),
  fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string())).map((value) => ({
    path: 'changes.0.id',
    mutate: (body: any) => ({ ...body, changes: [{ ...body.changes[0], id: value }] }),
  })),
  fc.constantFrom('action', 'lead', 'due', 'status', 'progress').chain((field) =>
    fc.oneof(fc.integer(), fc.boolean(), fc.array(fc.string()), fc.dictionary(fc.string(), fc.string())).map((value) => ({
      path: `changes.0.set.${field}`,
      mutate: (body: any) => ({ ...body, changes: [{ ...body.changes[0], set: { ...body.changes[0].set, [field]: value } }] }),
    })),
  ),
  fc.oneof(fc.integer(), fc.string(), fc.constant(null)).map((value) => ({
    path: 'changes.0.set',
    mutate: (body: any) => ({ ...body, changes: [{ ...body.changes[0], set: value }] }),
  })),
);

describe('API bodies', () => {
  it('answers a 4xx, never a 5xx, to arbitrary JSON pushed to a plan', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (body) => {
        const res = await send(editor, 'POST', `${planPath(plan)}/push`, body);
        expect(res.status).toBeGreaterThanOrEqual(400);
      }),
      { numRuns: RUNS },
    );
  });

  it('names the broken field in issues[].path when one field of a valid push is wrong', async () => {
    await fc.assert(
      fc.asyncProperty(pushMutationArb, async ({ path, mutate }) => {
        const res = await send(editor, 'POST', `${planPath(plan)}/push`, mutate(validPush()));
        expect(res.status).toBe(400);
        const paths = issuePaths(res.body);
        expect(paths.some((p) => p === path || p.startsWith(`${path}.`) || path.startsWith(p) && p.length > 0), `${path} in ${paths}`).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('answers 400 to bodies that are not JSON at all', async () => {
    for (const raw of ['{', '{"pushId":', 'null', '[]', 'pushId=1&changes=2', '\u0000\u0001', '{"a":1}'.repeat(100)]) {
      const res = await send(editor, 'POST', `${planPath(plan)}/push`, undefined, raw);
      expect(res.status, raw.slice(0, 20)).toBe(400);
    }
  });

  it('answers a 4xx, never a 5xx, to arbitrary snapshot and trust-directory bodies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), fc.jsonValue({ maxDepth: 3 }), async (snapshot, trust) => {
        await send(editor, 'POST', `${planPath(plan)}/snapshots`, snapshot);
        await send(admin, 'PUT', '/v1/trusts/ZZ1', trust);
      }),
      { numRuns: RUNS },
    );
  });

  it('names the field of a snapshot or trust body of the wrong type', async () => {
    const snapshot = await send(editor, 'POST', `${planPath(plan)}/snapshots`, { label: 42 });
    expect(snapshot.status).toBe(400);
    expect(issuePaths(snapshot.body)).toContain('label');
    const trust = await send(admin, 'PUT', '/v1/trusts/ZZ1', { name: ['x'], region: 'Y60' });
    expect(trust.status).toBe(400);
    expect(issuePaths(trust.body)).toContain('name');
  });
});

describe('API paths and queries', () => {
  const segmentArb = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.constantFrom('..', '.', '%2e%2e', '%00', "'", '"', '%27', '\\', '$', '{}', 'RXT;DROP', 'a'.repeat(300), '😀', 'WRES%2F2023'),
  );
  const encode = (segment: string) => (/%[0-9A-F]{2}/i.test(segment) ? segment : encodeURIComponent(segment));

  it('never answers 5xx to arbitrary text in any path part, for every route', async () => {
    await fc.assert(
      fc.asyncProperty(segmentArb, fc.nat(4), async (segment, which) => {
        const s = encode(segment);
        const paths = [
          [`/v1/trusts/${s}/plans/WRES/2023-24`, `/v1/trusts/RXT/plans/${s}/2023-24`, `/v1/trusts/RXT/plans/WRES/${s}`],
          [`/v1/trusts/RXT/plans/WRES/${s}/changes?since=0`, `/v1/trusts/RXT/plans/WRES/2023-24/snapshots/${s}`],
          [`/v1/regions/${s}/compare?standard=WRES&period=2023-24`, `/v1/trusts/RXT/plans/WRES/2023-24/diff?from=${s}`],
          [`/v1/trusts/RXT/plans/WRES/2023-24/changes?since=${s}`, `/v1/regions/Y60/compare?standard=${s}&period=${s}`],
          [`/v1/${s}`, `/${s}`],
        ][which];
        for (const path of paths) await send(which === 2 || which === 3 ? lead : editor, 'GET', path);
        await send(editor, 'POST', `/v1/trusts/RXT/plans/WRES/${s}/push`, validPush());
        await send(admin, 'PUT', `/v1/trusts/${s}`, { name: 'Fuzz Trust', region: 'Y60' });
      }),
      { numRuns: RUNS },
    );
  });

  it("answers 400 naming the path part when it holds characters other than letters, digits and '-'", async () => {
    const res = await send(editor, 'GET', `/v1/trusts/RXT/plans/WRES/${encodeURIComponent("2023'24")}`);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(/period/i);
  });
});
