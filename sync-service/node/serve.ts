/**
 * `npm run serve [-- --location DIR]`: the sync service on Node. Without TABLES_CONNECTION_STRING it runs an
 * embedded Azurite table server (in memory unless --location is given). Ctrl-C stops both cleanly.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { startService } from './start-service';

const { values } = parseArgs({ options: { location: { type: 'string' } } });
let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const service = await startService(config, { location: values.location });
console.log(`Sync service listening on ${service.url}  (health: ${service.url}/v1/health, API: ${service.url}/v1/openapi.json)`);
if (!config.tablesConnectionString) console.log(`Embedded Azurite table server: ${values.location ? `data in ${values.location}` : 'in memory'}`);
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await service.stop();
    console.log('Stopped.');
    process.exit(0);
  });
}
