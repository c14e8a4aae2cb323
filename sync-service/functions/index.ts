/**
 * Azure Functions v4 entry: one catch-all HTTP trigger hands every request to the same Hono app.
 * host.json sets `routePrefix: ""` so the app sees `/v1/...` exactly as on Node.
 */
import { app as functionsApp, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { createTableStore } from '../store';
import { SEED_TRUSTS } from '../trust-directory';

let honoApp: Promise<ReturnType<typeof createApp>> | null = null;

async function buildApp(env: Record<string, string | undefined>) {
  const config = loadConfig(env);
  let credential: unknown;
  if (!config.tablesConnectionString && config.tablesEndpoint) {
    const identity = (await import(/* @vite-ignore */ '@azure/identity' as string)) as { DefaultAzureCredential: new () => unknown };
    credential = new identity.DefaultAzureCredential();
  }
  const store = await createTableStore({ connectionString: config.tablesConnectionString, endpoint: config.tablesEndpoint, credential: credential as never, tablePrefix: config.tableNamePrefix, seedTrusts: SEED_TRUSTS });
  return createApp({ config, store, log: (m, e) => console.error(m, e) });
}

/**
 * Converts a Functions HttpRequest into a standard Request, runs the app, and converts back.
 *
 * @example
 * const res = await handler(new HttpRequest({ method: 'GET', url: 'http://localhost/v1/health' }), new InvocationContext());
 */
export async function handler(request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
  honoApp ??= buildApp(process.env).catch((e) => {
    honoApp = null;
    throw e;
  });
  const app = await honoApp;
  const hasBody = !['GET', 'HEAD'].includes(request.method);
  const body = hasBody ? await request.arrayBuffer() : undefined;
  const response = await app.fetch(new Request(request.url, { method: request.method, headers: Object.fromEntries(request.headers), body: body && body.byteLength ? body : undefined }));
  context.trace?.(`${request.method} ${new URL(request.url).pathname} → ${response.status}`);
  return { status: response.status, headers: Object.fromEntries(response.headers), body: new Uint8Array(await response.arrayBuffer()) };
}

/** For tests: forget the cached app so a new environment is read. */
export function resetHandler() {
  honoApp = null;
}

functionsApp.http('api', { route: '{*path}', methods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'], authLevel: 'anonymous', handler });
