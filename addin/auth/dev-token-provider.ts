import { createServiceClient } from '../api/service-client';
import type { TokenProvider } from './types';

export interface DevTokenOptions {
  /** e.g. http://127.0.0.1:7071 */
  serviceUrl: string;
  claims: { sub: string; name?: string; trust?: string; role: 'editor' | 'viewer' | 'regional-lead' | 'admin'; region?: string };
  fetch?: typeof fetch;
  clock?: () => Date;
}

/** Seconds since the epoch at which a JWT expires, read from its payload (the service verifies it; we only schedule renewal). */
function expiryOf(token: string): number {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    return typeof payload.exp === 'number' ? payload.exp : Number.POSITIVE_INFINITY;
  } catch {
    return 0;
  }
}

/**
 * Dev sign-in for preview mode and `npm start`: asks the local service (`POST /v1/dev/token`, only on when
 * `SYNC_DEV_LOGIN` is set) for a token, and asks again a minute before it expires.
 *
 * @example
 * const tokens = createDevTokenProvider({ serviceUrl: 'http://127.0.0.1:7071', claims: { sub: 'ann', trust: 'RXT', role: 'editor' } });
 * await tokens.getToken(); // 'eyJhbGciOiJIUzI1NiJ9…'
 */
export function createDevTokenProvider(options: DevTokenOptions): TokenProvider {
  const http = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const now = options.clock ?? (() => new Date());
  let token: string | null = null;
  return {
    async getToken() {
      if (token && expiryOf(token) - 60 > now().getTime() / 1000) return token;
      const api = createServiceClient({ serviceUrl: options.serviceUrl, fetch: http });
      token = await api.devToken({ name: options.claims.sub, ...options.claims }).catch(() => {
        throw new Error('Dev sign-in is not available on this service (start it with npm start).');
      });
      return token;
    },
  };
}
