/**
 * Adapter from these tests to the sync service's factory (sync-service/app.ts): the real
 * `createApp` over the real `createTableStore`, configured through the service's own zod config.
 */
import { createApp } from '../../../sync-service/app';
import { ConfigSchema } from '../../../sync-service/config';
import { createTableStore } from '../../../sync-service/store';
import { SEED_TRUSTS } from '../../../sync-service/trust-directory';

export interface SyncAppOptions {
  connectionString: string;
  devSecret: string;
  /** Table name prefix, so several instances can share one Azurite without sharing data. */
  tablePrefix?: string;
}

/**
 * Builds a fresh app instance (new store clients, nothing cached from a previous instance).
 *
 * @example
 * const app = await createSyncApp({ connectionString, devSecret: 'x'.repeat(32) });
 */
export async function createSyncApp(options: SyncAppOptions): Promise<{ fetch: (request: Request) => Response | Promise<Response> }> {
  const config = ConfigSchema.parse({ devSecret: options.devSecret, tablesConnectionString: options.connectionString });
  const store = await createTableStore({
    connectionString: options.connectionString,
    tablePrefix: options.tablePrefix,
    seedTrusts: SEED_TRUSTS,
  });
  // Unexpected errors are part of what these tests look for: keep them on stderr, briefly.
  return createApp({ config, store, log: (message, error) => console.error(`[service] ${message}: ${(error as Error)?.message ?? error}`) });
}
