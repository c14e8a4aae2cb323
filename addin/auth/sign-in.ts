import { createServiceClient } from '../api/service-client';
import { createDevTokenProvider, type DevTokenOptions } from './dev-token-provider';
import { createNaaTokenProvider, type MsalModule } from './naa-token-provider';
import type { SignedInUser, SignInOptions, TokenProvider } from './types';

export interface SignInRequest {
  serviceUrl: string;
  /** True inside Office with Nested App Authentication available (`NestedAppAuth 1.1`). */
  naaAvailable: boolean;
  /** Who to be with dev sign-in (preview and `npm start` only). */
  dev: DevTokenOptions['claims'];
  fetch?: typeof fetch;
  loadMsal?: () => Promise<MsalModule>;
}

/** A sign-in failure in words the user can act on. */
export class SignInError extends Error {}

/** Reads a JWT's claims for display only: the service, not the pane, verifies tokens. */
function userOf(token: string): SignedInUser {
  try {
    const c = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' && v ? v : null);
    return {
      name: text(c.name) ?? text(c.preferred_username) ?? text(c.sub) ?? 'you',
      role: text(c.role) ?? (Array.isArray(c.roles) ? String(c.roles[0] ?? '') : ''),
      trust: text(c.trust),
      region: text(c.region),
    };
  } catch {
    return { name: 'you', role: '', trust: null, region: null };
  }
}

/**
 * Signs in the way the service asks (`GET /v1/sign-in`): Microsoft sign-in (NAA) inside Office when the
 * service has an add-in app registered, otherwise dev sign-in when the local service offers it.
 *
 * @example
 * const { tokens, user } = await signIn({ serviceUrl, naaAvailable: false, dev: { sub: 'ann', trust: 'RXT', role: 'editor' } });
 * user.name; // 'ann'
 */
export async function signIn(request: SignInRequest): Promise<{ tokens: TokenProvider; user: SignedInUser; method: 'microsoft' | 'dev' }> {
  const http = request.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const base = request.serviceUrl.replace(/\/+$/, '');
  let options: SignInOptions;
  try {
    options = await createServiceClient({ serviceUrl: base, fetch: http }).signInOptions();
  } catch {
    throw new SignInError(`Cannot reach the sync service at ${base}. Check the address and your connection.`);
  }
  let tokens: TokenProvider;
  let method: 'microsoft' | 'dev';
  if (options.naa && request.naaAvailable) {
    tokens = createNaaTokenProvider({ ...options.naa, loadMsal: request.loadMsal });
    method = 'microsoft';
  } else if (options.devLogin) {
    tokens = createDevTokenProvider({ serviceUrl: base, claims: request.dev, fetch: http });
    method = 'dev';
  } else if (options.naa) {
    throw new SignInError('This sync service uses Microsoft sign-in, which works in Excel with Microsoft 365. Open the plan in Excel to sync.');
  } else {
    throw new SignInError('This sync service offers no way to sign in. Ask your administrator to set it up.');
  }
  let token: string;
  try {
    token = await tokens.getToken();
  } catch (error) {
    throw new SignInError(`Sign-in did not complete: ${(error as Error).message}`);
  }
  return { tokens, user: userOf(token), method };
}
