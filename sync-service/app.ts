import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { DevTokenRequestSchema } from '../shared/sync';
import { createVerifier, requireAuth, signDevToken, type AuthEnv, type TokenVerifier } from './auth';
import type { Config } from './config';
import { apiError, isStorageUnavailable, parseOr400 } from './errors';
import { buildOpenApi } from './openapi';
import { planRoutes, readJson } from './routes/plans';
import { regionRoutes } from './routes/regions';
import { trustRoutes } from './routes/trusts';
import type { PlanStore } from './store';

export interface AppOptions {
  config: Config;
  store: PlanStore;
  /** The service's clock (tests pass a fixed one). */
  clock?: () => Date;
  /** Overrides the token verifier built from config (tests inject a local JWKS this way). */
  verifier?: TokenVerifier;
  /** Where unexpected errors are logged (never sent to the client). */
  log?: (message: string, error: unknown) => void;
}

/**
 * The sync service as a Hono app: platform-free, served by @hono/node-server locally and by the
 * Azure Functions adapter in the cloud.
 *
 * @example
 * const app = createApp({ config, store: await createTableStore({ connectionString }) });
 * const res = await app.request('/v1/health');
 */
export function createApp(options: AppOptions) {
  const { config, store } = options;
  const clock = options.clock ?? (() => new Date());
  const verify = options.verifier ?? createVerifier(config);
  const log = options.log ?? ((m, e) => console.error(m, e));
  const app = new Hono<AuthEnv>();

  if (config.corsOrigins.length) {
    app.use('*', cors({ origin: config.corsOrigins, allowHeaders: ['Authorization', 'Content-Type'], allowMethods: ['GET', 'POST', 'PUT', 'OPTIONS'], maxAge: 600 }));
  }
  app.use('*', bodyLimit({
    maxSize: config.maxBodyBytes,
    onError: () => {
      throw apiError(413, 'body_too_large', `The request is larger than ${Math.round(config.maxBodyBytes / 1024)} KiB. Push fewer changes at a time.`);
    },
  }));

  app.get('/v1/health', async (c) => {
    await store.ping();
    return c.json({ status: 'ok' });
  });
  app.get('/v1/openapi.json', (c) => c.json(buildOpenApi()));
  // Public: tells the pane how to sign in (Microsoft sign-in inside Office, dev tokens locally). No secrets.
  app.get('/v1/sign-in', (c) =>
    c.json({
      devLogin: Boolean(config.devLogin && config.devSecret),
      naa: config.addinClientId
        ? { clientId: config.addinClientId, authority: config.addinAuthority ?? 'https://login.microsoftonline.com/organizations', scopes: config.addinScopes }
        : null,
    }));
  if (config.devLogin && config.devSecret) {
    const secret = config.devSecret;
    app.post('/v1/dev/token', async (c) => {
      const body = parseOr400(DevTokenRequestSchema, await readJson(c), 'body');
      return c.json({ token: await signDevToken(secret, body) });
    });
  }

  app.use('/v1/trusts/*', requireAuth(verify));
  app.use('/v1/trusts', requireAuth(verify));
  app.use('/v1/regions/*', requireAuth(verify));
  app.route('/v1/trusts', trustRoutes(store));
  app.route('/v1/trusts', planRoutes(store, clock));
  app.route('/v1/regions', regionRoutes(store, clock));

  app.notFound((c) => c.json({ error: { code: 'not_found', message: 'There is nothing at this address.' } }, 404));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    if (isStorageUnavailable(error)) {
      // Never "nothing was changed": a commit whose answer was lost may have landed. A push sent again is applied once.
      return c.json({ error: { code: 'storage_unavailable', message: 'The plan store did not answer in time. Try again in a few seconds: a push sent again is applied once, never twice.' } }, 503, { 'retry-after': '3' });
    }
    log('Unexpected error', error);
    return c.json({ error: { code: 'internal', message: 'Something went wrong on our side. Nothing was changed; try again, and tell your administrator if it keeps happening.' } }, 500);
  });
  return app;
}
