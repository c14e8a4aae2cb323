/**
 * Finding 7: when the identity provider's key set (JWKS) cannot be reached, a good token is not the
 * user's fault. The service answers 503 with Retry-After, never 401 "sign in again".
 */
import { createServer, type Socket } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../sync-service/app';
import { loadConfig } from '../../sync-service/config';
import type { PlanStore } from '../../sync-service/store';

const sockets = new Set<Socket>();
let hole: ReturnType<typeof createServer>;
let holePort = 0;
let closedPort = 0;

beforeAll(async () => {
  hole = createServer((s) => { sockets.add(s); s.on('error', () => undefined); });
  await new Promise<void>((r) => hole.listen(0, '127.0.0.1', () => r()));
  holePort = (hole.address() as { port: number }).port;
  const closed = createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
  closedPort = (closed.address() as { port: number }).port;
  await new Promise<void>((r) => closed.close(() => r()));
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((r) => hole.close(() => r()));
});

/** No storage is needed: the request must stop at sign-in. */
const noStore = new Proxy({}, { get: () => async () => { throw new Error('storage must not be reached'); } }) as PlanStore;

describe('7. the identity provider is unreachable', () => {
  it.each([
    ['refuses connections', () => `http://127.0.0.1:${closedPort}/keys`],
    ['never answers', () => `http://127.0.0.1:${holePort}/keys`],
  ])('answers 503 with Retry-After when the key set %s', async (_label, url) => {
    const config = loadConfig({ AUTH_JWKS_URL: url(), AUTH_ISSUER: 'https://issuer.example', AUTH_AUDIENCE: 'api://plans' });
    const app = createApp({ config, store: noStore, log: () => undefined });
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    await exportJWK(publicKey);
    const token = await new SignJWT({ sub: 'u1', name: 'Una', trust: 'RXT', role: 'editor' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer('https://issuer.example').setAudience('api://plans').setIssuedAt().setExpirationTime('5m')
      .sign(privateKey);
    const started = Date.now();
    const res = await app.request('/v1/trusts/RXT/plans/WRES/2023-24', { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = await res.json();
    expect(body.error.code).toBe('identity_unavailable');
    expect(body.error.message).not.toMatch(/sign in again/i);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 30_000);
});
