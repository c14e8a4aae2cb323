import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { checkPlan } from '../shared/check-plan';
import type { PlanFields } from '../shared/sync';
import { readWorkbook } from '../shared/xlsx';
import { signDevToken } from '../sync-service/auth';

/** The bundled real plans, loaded as trusts of one demo region (in the demo's in-memory store only). */
export const DEMO_REGION = 'DEMO';
export const DEMO_PLANS = [
  { file: 'samples/bsmhft-wdes-2020-21.xlsx', trust: 'RXT', name: 'Birmingham and Solihull Mental Health NHS FT', standard: 'WDES', period: '2020-21' },
  { file: 'samples/kmpt-wres-2020-22.xlsx', trust: 'RXY', name: 'Kent and Medway NHS and Social Care Partnership Trust', standard: 'WRES', period: '2020-21' },
  { file: 'samples/somerset-wres-2020-21.xlsx', trust: 'RH5', name: 'Somerset NHS FT', standard: 'WRES', period: '2020-21' },
] as const;

/**
 * Loads the demo region into a running service: the trusts (as an admin) and each plan (as its editor).
 *
 * @example
 * await seedDemo('http://127.0.0.1:7071', devSecret);
 */
export async function seedDemo(baseUrl: string, secret: string, asAt: Date): Promise<void> {
  const admin = await signDevToken(secret, { sub: 'demo-admin', name: 'Demo admin', role: 'admin' });
  for (const plan of DEMO_PLANS) {
    const res = await fetch(`${baseUrl}/v1/trusts/${plan.trust}`, { method: 'PUT', headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' }, body: JSON.stringify({ name: plan.name, region: DEMO_REGION }) });
    if (!res.ok) throw new Error(`Could not register ${plan.trust}: ${res.status} ${await res.text()}`);
    const { sheets } = await readWorkbook(readFileSync(plan.file));
    const report = checkPlan(sheets[0], { asAt });
    const changes = report.actions.map((a) => {
      const set: PlanFields = {
        ref: a.ref ?? '', indicator: a.indicator ?? '', theme: a.theme ?? '', objective: a.objective, action: a.action, lead: a.lead,
        due: a.due.text, status: a.status, progress: a.progress, outcome: a.outcome, completed: a.completed,
      };
      return { id: `row-${a.row}`, base: {}, set: Object.fromEntries(Object.entries(set).map(([k, v]) => [k, v.slice(0, 32_000)])) };
    });
    const editor = await signDevToken(secret, { sub: `${plan.trust.toLowerCase()}-editor`, name: `${plan.trust} editor`, trust: plan.trust, role: 'editor' });
    const push = await fetch(`${baseUrl}/v1/trusts/${plan.trust}/plans/${plan.standard}/${plan.period}/push`, { method: 'POST', headers: { authorization: `Bearer ${editor}`, 'content-type': 'application/json' }, body: JSON.stringify({ pushId: randomUUID(), changes }) });
    if (!push.ok) throw new Error(`Could not load ${plan.file}: ${push.status} ${await push.text()}`);
  }
}
