import { serve, type ServerType } from '@hono/node-server';
import { createApp } from '../app';
import type { Config } from '../config';
import { createTableStore } from '../store';
import { SEED_TRUSTS } from '../trust-directory';
import { startAzurite, type EmbeddedAzurite } from './azurite';

export interface RunningService {
  url: string;
  port: number;
  connectionString: string;
  stop(): Promise<void>;
}

/**
 * Starts the service on Node: the configured table store, or an embedded Azurite when none is configured.
 * Used by `npm run serve`, the whole-system `npm start`, and tests.
 *
 * @example
 * const service = await startService(loadConfig({ SYNC_DEV_SECRET: 'a-long-dev-secret', PORT: '0' }));
 * await service.stop();
 */
export async function startService(config: Config, options: { location?: string; hostname?: string } = {}): Promise<RunningService> {
  let azurite: EmbeddedAzurite | null = null;
  let connectionString = config.tablesConnectionString;
  if (!connectionString && !config.tablesEndpoint) {
    azurite = await startAzurite({ location: options.location });
    connectionString = azurite.connectionString;
  }
  let credential: unknown;
  if (!connectionString && config.tablesEndpoint) {
    // Managed identity in Azure; loaded only when used so local runs need no Azure login.
    const identity = (await import(/* @vite-ignore */ '@azure/identity' as string)) as { DefaultAzureCredential: new () => unknown };
    credential = new identity.DefaultAzureCredential();
  }
  const store = await createTableStore({ connectionString, endpoint: config.tablesEndpoint, credential: credential as never, tablePrefix: config.tableNamePrefix, seedTrusts: SEED_TRUSTS });
  // Start-up never waits on storage: the service listens at once, /v1/health says 503 until storage answers,
  // and the tables are made on first use. A warm-up ping runs meanwhile.
  void store.ping().catch(() => undefined);
  const app = createApp({ config, store });
  const hostname = options.hostname ?? '127.0.0.1';
  let server: ServerType | undefined;
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: app.fetch, hostname, port: config.port }, (info) => resolve(info.port));
  });
  return {
    url: `http://${hostname}:${port}`,
    port,
    connectionString: connectionString ?? config.tablesEndpoint ?? '',
    async stop() {
      await new Promise<void>((resolve) => {
        const s = server as unknown as { close(cb: () => void): void; closeAllConnections?: () => void };
        s.closeAllConnections?.();
        s.close(() => resolve());
      });
      await azurite?.stop();
    },
  };
}
