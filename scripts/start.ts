/**
 * `npm start`: the whole system on one machine — an embedded Azurite table server, the sync service
 * (dev sign-in on), the task pane in preview, and a demo region seeded from the bundled real plans.
 * Ctrl-C stops everything. `--smoke` starts, checks, prints, and stops (for CI and first-time checks).
 */
import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { hasSharedPlan } from '../addin/compare/describe-trust';
import { servePreview } from '../addin/preview/serve';
import { signDevToken } from '../sync-service/auth';
import { loadConfig } from '../sync-service/config';
import { startService } from '../sync-service/node/start-service';
import { DEMO_PLANS, DEMO_REGION, seedDemo } from './seed-demo';

const { values } = parseArgs({ options: { smoke: { type: 'boolean' }, port: { type: 'string' }, 'preview-port': { type: 'string' } } });
const secret = process.env.SYNC_DEV_SECRET ?? randomBytes(24).toString('hex');
const previewPort = Number(values['preview-port'] ?? process.env.PREVIEW_PORT ?? (values.smoke ? 0 : 3000));

const preview = await servePreview({ port: previewPort });
const previewOrigin = new URL(preview.url).origin;
const config = loadConfig({
  ...process.env,
  PORT: values.port ?? process.env.PORT ?? (values.smoke ? '0' : '7071'),
  SYNC_DEV_SECRET: secret,
  SYNC_DEV_LOGIN: '1',
  CORS_ORIGINS: [previewOrigin, previewOrigin.replace('127.0.0.1', 'localhost')].join(','),
});
const service = await startService(config);
await seedDemo(service.url, secret, new Date());

const lead = await signDevToken(secret, { sub: 'demo-lead', name: 'Regional lead', role: 'regional-lead', region: DEMO_REGION });
const compare = await fetch(`${service.url}/v1/regions/${DEMO_REGION}/compare?standard=WRES&period=2020-21`, { headers: { authorization: `Bearer ${lead}` } });
const summary = (await compare.json()) as { trusts: { trust: string; revision: number; actionCount: number; overdue: number }[] };

const link = (query: Record<string, string>) => `${preview.url}?${new URLSearchParams({ service: service.url, ...query })}`;
const [first] = DEMO_PLANS;
const editorLink = (user: string) => link({ user, trust: first.trust, standard: first.standard, period: first.period, sample: basename(first.file) });

console.log(`
Equality action plans — running
  Task pane (preview):   ${preview.url}
  Sync service:          ${service.url}   (health ${service.url}/v1/health, API ${service.url}/v1/openapi.json)
  Storage:               embedded Azurite table server, in memory

Demo region ${DEMO_REGION}: ${DEMO_PLANS.map((p) => `${p.trust} ${p.standard} ${p.period}`).join(', ')}
  WRES compare: ${summary.trusts.map((t) => `${t.trust} ${hasSharedPlan(t) ? `${t.actionCount} actions, ${t.overdue} overdue` : 'no WRES plan shared'}`).join('; ')}

Try it (each link opens the pane beside its own workbook; dev sign-in, no passwords):
  1. Ann, editor of ${first.trust}:  ${editorLink('ann')}
     Check tab: "Validate & colour". Sync tab: "Sign in" (links the sheet to the shared plan).
     Click a lead in the grid, type a new name, press Enter; then Sync tab: "Push my changes".
  2. Bob, editor of ${first.trust}:  ${editorLink('bob')}
     Sign in, type a different name in the same lead, push: a conflict card offers keep mine / take theirs / edit.
  3. Regional lead of ${DEMO_REGION}: ${link({ user: 'lead', role: 'regional-lead', region: DEMO_REGION })}
     Sync tab: "Sign in"; then the Compare tab (standard WRES, period 2020-21) builds the Region compare sheet with charts.
  Tokens for the API: POST ${service.url}/v1/dev/token {"sub":"ann","trust":"RXT","role":"editor"}
  Regional lead token (8 h): ${lead}

In Excel (Windows/Mac/web): npm run start:desktop or npm run start:web sideloads manifest.xml (see README).
Press Ctrl-C to stop.`);

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([preview.close(), service.stop()]);
  console.log('Stopped.');
  process.exit(code);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
if (values.smoke) await stop(compare.ok && summary.trusts.some((t) => t.actionCount > 0) ? 0 : 1);
