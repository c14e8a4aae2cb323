/**
 * One running world for the attack tests: Azurite + the service, a plan for two trusts in
 * different regions, and tokens for everyone who might try something.
 */
import { randomUUID } from 'node:crypto';
import { callApi, makeRows, planPath, type PlanAddress } from '../../reliability/support/api';
import { startService, type RunningService } from '../../reliability/support/service';
import { startTableServer, type TableServer } from '../../reliability/support/table-server';

export interface World {
  storage: TableServer;
  service: RunningService;
  /** RXT (Birmingham, Midlands Y60) and RXY (Kent, South East Y59). */
  rxtPlan: PlanAddress;
  rxyPlan: PlanAddress;
  /** Text that only exists in RXY's plan, to spot leaks. */
  rxySecret: string;
  tokens: {
    rxtEditor: string;
    rxtViewer: string;
    rxyEditor: string;
    midlandsLead: string;
    southEastLead: string;
    admin: string;
  };
  stop(): Promise<void>;
}

/**
 * Starts the world and seeds one plan per trust.
 *
 * @example
 * const world = await startWorld();
 * afterAll(() => world.stop());
 */
export async function startWorld(): Promise<World> {
  const storage = await startTableServer({ persist: false });
  const service = await startService({ connectionString: storage.connectionString });
  const tokens = {
    rxtEditor: await service.token({ sub: 'alice', name: 'Alice', trust: 'RXT', role: 'editor' }),
    rxtViewer: await service.token({ sub: 'victor', name: 'Victor', trust: 'RXT', role: 'viewer' }),
    rxyEditor: await service.token({ sub: 'kim', name: 'Kim', trust: 'RXY', role: 'editor' }),
    midlandsLead: await service.token({ sub: 'mo', name: 'Mo', role: 'regional-lead', region: 'Y60' }),
    southEastLead: await service.token({ sub: 'sam', name: 'Sam', role: 'regional-lead', region: 'Y59' }),
    admin: await service.token({ sub: 'root', name: 'Admin', role: 'admin' }),
  };
  const rxtPlan: PlanAddress = { trust: 'RXT', standard: 'WRES', period: '2023-24' };
  const rxyPlan: PlanAddress = { trust: 'RXY', standard: 'WRES', period: '2023-24' };
  const rxySecret = `Kent-only note ${randomUUID()}`;
  const seed = async (plan: PlanAddress, token: string, prefix: string, secret?: string) => {
    const rows = makeRows(3, prefix);
    if (secret) rows[0].fields.progress = secret;
    const res = await callApi(service.baseUrl, token, 'POST', `${planPath(plan)}/push`, {
      pushId: randomUUID(),
      changes: rows.map((row) => ({ id: row.id, base: {}, set: row.fields })),
    });
    if (res.status !== 200) throw new Error(`seeding ${plan.trust} answered ${res.status}: ${JSON.stringify(res.body)}`);
  };
  await seed(rxtPlan, tokens.rxtEditor, 'rxt');
  await seed(rxyPlan, tokens.rxyEditor, 'rxy', rxySecret);
  return {
    storage,
    service,
    rxtPlan,
    rxyPlan,
    rxySecret,
    tokens,
    async stop() {
      await service.close();
      await storage.dispose();
    },
  };
}

/** The JSON error shape every refusal must have: `{ error: { code, message } }`. */
export function isErrorShape(body: unknown): boolean {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return typeof error?.code === 'string' && typeof error?.message === 'string';
}
