/**
 * The one place that knows how to start the sync service for these tests: the real app from
 * sync-service/ served by @hono/node-server on 127.0.0.1 over a real Azurite. Everything in
 * tests/reliability, tests/security, tests/fuzz and tests/bench goes through here, so a change
 * to the service's factory is adapted once.
 */
import { serve, type ServerType } from '@hono/node-server';
import { signToken, type PrincipalClaims } from '../../security/support/tokens';
import { createSyncApp } from './service-adapter';

export const DEV_SECRET = 'reliability-tests-dev-secret-0123456789abcdef';

export interface RunningService {
  baseUrl: string;
  port: number;
  /** A valid dev token for the claims. */
  token(claims: PrincipalClaims): Promise<string>;
  /** Stops the HTTP server (the store is left as it is). */
  close(): Promise<void>;
}

export interface StartServiceOptions {
  connectionString: string;
  /** Body limit etc. are the service's defaults unless it exposes them. */
  port?: number;
}

/**
 * Starts a fresh service instance (new app object, new SDK clients) over the given store.
 * Starting a second instance over the same store is a process restart as far as data is concerned.
 *
 * @example
 * const service = await startService({ connectionString: azurite.connectionString });
 * const token = await service.token({ sub: 'alice', trust: 'RXT', role: 'editor' });
 */
export async function startService(options: StartServiceOptions): Promise<RunningService> {
  const app = await createSyncApp({ connectionString: options.connectionString, devSecret: DEV_SECRET });
  let server: ServerType | null = null;
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: options.port ?? 0 }, (info) => resolve(info.port));
  });
  return {
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    token: (claims) => signToken(DEV_SECRET, claims),
    close: () =>
      new Promise<void>((resolve) => {
        const running = server as unknown as { close(cb: () => void): void; closeAllConnections?: () => void } | null;
        if (!running) return resolve();
        running.closeAllConnections?.();
        running.close(() => resolve());
      }),
  };
}
