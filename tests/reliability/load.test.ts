/**
 * Load: 20 editors over eight plans of four trusts push at once, 100 pushes each (1,000 with SOAK=1), on
 * loopback against a real Azurite. Contended rows make real conflicts; the only acceptable
 * non-success is a reported conflict, and every acknowledged edit must be in the store's log.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, planPath, readChanges, type Change, type PlanAddress, type PushResult } from './support/api';
import { startService, type RunningService } from './support/service';
import { startTableServer, type TableServer } from './support/table-server';
import { applyChanges, rowsToView, type ChangeEntry, type ClientView } from './support/view';

const SOAK = process.env.SOAK === '1';
const CLIENTS = 20;
const PUSHES = SOAK ? 1_000 : 100;
const ROWS_PER_PLAN = 12; // few rows, five editors per plan: plenty of contention
const FIELDS = ['progress', 'status', 'lead'] as const;
const TRUSTS = ['RXT', 'RP1', 'RXY', 'RH5'];

let storage: TableServer;
let service: RunningService;
beforeAll(async () => {
  storage = await startTableServer({ persist: false });
  service = await startService({ connectionString: storage.connectionString });
});
afterAll(async () => {
  await service?.close();
  await storage?.dispose();
});

describe('load', () => {
  it(`serves ${CLIENTS} concurrent clients × ${PUSHES} pushes with no error but reported conflicts and no lost edit`, async () => {
    // Eight plans (four trusts × two standards), two or three editors on each: real contention, bounded time.
    const PLANS: PlanAddress[] = TRUSTS.flatMap((trust) => (['WRES', 'WDES'] as const).map((standard) => ({ trust, standard, period: '2024-25' })));
    const tokens = new Map<string, string>();
    for (const trust of TRUSTS) tokens.set(trust, await service.token({ sub: `seed-${trust}`, trust, role: 'editor' }));
    for (const plan of PLANS) {
      const trust = plan.trust;
      const res = await callApi(service.baseUrl, tokens.get(trust)!, 'POST', `${planPath(plan)}/push`, {
        pushId: randomUUID(),
        changes: Array.from({ length: ROWS_PER_PLAN }, (_, i) => ({ id: `${trust}-${i}`, base: {}, set: { action: `Action ${i}`, progress: 'start', status: 'Not started', lead: 'HR' } })),
      });
      expect(res.status).toBe(200);
    }

    const errors: string[] = [];
    const acknowledged: { plan: PlanAddress; change: Change; result: PushResult }[] = [];
    let conflicts = 0;
    const started = performance.now();
    // A bound on wall time for a loaded CI machine: clients stop starting pushes after it (reported below).
    const deadline = started + (SOAK ? 1_500_000 : 90_000);

    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, c) => {
        const plan = PLANS[c % PLANS.length];
        const trust = plan.trust;
        const token = await service.token({ sub: `load-${c}`, trust, role: 'editor' });
        const known = new Map<string, string>(); // `${id}.${field}` → last value this client saw
        for (let n = 0; n < PUSHES; n++) {
          if (performance.now() > deadline) break;
          // The editors of one plan walk the same rows and fields in step: they collide, and conflicts are real.
          const id = `${trust}-${(n * 5) % ROWS_PER_PLAN}`;
          const field = FIELDS[n % FIELDS.length];
          const base = known.get(`${id}.${field}`) ?? (field === 'progress' ? 'start' : field === 'status' ? 'Not started' : 'HR');
          const value = `c${c} n${n}`;
          const change: Change = { id, base: { [field]: base }, set: { [field]: value } };
          try {
            const res = await callApi<PushResult>(service.baseUrl, token, 'POST', `${planPath(plan)}/push`, { pushId: randomUUID(), changes: [change] });
            if (res.status !== 200) {
              errors.push(`client ${c} push ${n}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
              continue;
            }
            acknowledged.push({ plan, change, result: res.body });
            const conflict = res.body.conflicts.find((x) => x.id === id && x.field === field);
            if (conflict) conflicts += 1;
            // Rebase on what the service says is there, as the pane does after a conflict card.
            known.set(`${id}.${field}`, conflict ? String(conflict.theirs) : value);
          } catch (error) {
            errors.push(`client ${c} push ${n}: ${(error as Error).message}`);
          }
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(`load: ${acknowledged.length} pushes by ${CLIENTS} clients in ${seconds.toFixed(1)} s, ${conflicts} reported conflicts, ${errors.length} errors`);
    expect(errors).toEqual([]);
    expect(conflicts).toBeGreaterThan(0);
    if (acknowledged.length < CLIENTS * PUSHES) console.warn(`load: time bound reached after ${acknowledged.length} of ${CLIENTS * PUSHES} pushes`);
    expect(acknowledged.length).toBeGreaterThanOrEqual(CLIENTS * Math.min(PUSHES, 25));

    for (const plan of PLANS) {
      const token = tokens.get(plan.trust)!;
      const log = (await readChanges(service.baseUrl, token, plan)).changes as ChangeEntry[];
      const rows = (await callApi(service.baseUrl, token, 'GET', planPath(plan))).body.rows;
      const replayed: ClientView = new Map();
      applyChanges(replayed, log);
      expect(rowsToView([...replayed].map(([id, row]) => ({ id, ...row })))).toEqual(rowsToView(rows));
      const logged = new Set(log.map((e) => `${e.id}.${e.field}=${String(e.value)}`));
      for (const { change, result } of acknowledged.filter((a) => a.plan === plan)) {
        if (!('set' in change)) continue;
        for (const [field, value] of Object.entries(change.set)) {
          const reported = result.conflicts.some((x) => x.id === change.id && x.field === field);
          expect(reported || logged.has(`${change.id}.${field}=${value}`), `lost ${change.id}.${field}=${value}`).toBe(true);
        }
      }
    }
  }, SOAK ? 1_800_000 : 120_000);
});
