/**
 * `npm start`: the whole system on one machine — an embedded Azurite table server, the sync service
 * (dev sign-in on), the task pane in preview, and a demo region seeded from the bundled real plans.
 * Ctrl-C stops everything. `--smoke` starts, checks, prints, and stops (for CI and first-time checks).
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
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
const summary = (await compare.json()) as { trusts: { trust: string; actionCount: number; overdue: number }[] };

console.log(`
Equality action plans — running
  Task pane (preview):   ${preview.url}
  Sync service:          ${service.url}   (health ${service.url}/v1/health, API ${service.url}/v1/openapi.json)
  Storage:               embedded Azurite table server, in memory

Demo region ${DEMO_REGION}: ${DEMO_PLANS.map((p) => `${p.trust} ${p.standard} ${p.period}`).join(', ')}
  WRES compare: ${summary.trusts.map((t) => `${t.trust} ${t.actionCount} actions, ${t.overdue} overdue`).join('; ')}
  Dev sign-in: POST ${service.url}/v1/dev/token {"sub":"ann","trust":"RXT","role":"editor"}  (editors of RXT, RXY, RH5; "role":"regional-lead","region":"${DEMO_REGION}")
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
