import { describe, expect, it, vi } from 'vitest';
import { createDevTokenProvider, createNaaTokenProvider, signIn, type MsalModule } from '../../addin/auth';

/** A JWT-shaped token with the given claims (the pane only reads claims; the service verifies). */
const jwt = (claims: Record<string, unknown>) => `h.${btoa(JSON.stringify(claims)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}.s`;

/** A fetch that answers from a table of routes and records what was asked. */
function fakeFetch(routes: Record<string, () => Response>) {
  const calls: string[] = [];
  const fn = (async (input: string | URL | Request) => {
    const url = String(input);
    calls.push(url);
    const route = Object.entries(routes).find(([path]) => url.endsWith(path));
    if (!route) throw new TypeError('Failed to fetch');
    return route[1]();
  }) as typeof fetch;
  return { fn, calls };
}
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

class InteractionRequiredAuthError extends Error {}
function fakeMsal(behaviour: { silent: () => Promise<string>; popup?: () => Promise<string> }) {
  const pca = {
    active: null as unknown,
    getActiveAccount: () => pca.active,
    getAllAccounts: () => [],
    setActiveAccount: (a: unknown) => void (pca.active = a),
    acquireTokenSilent: vi.fn(async () => ({ accessToken: await behaviour.silent(), account: { username: 'ann@nhs.net' } })),
    acquireTokenPopup: vi.fn(async () => ({ accessToken: await (behaviour.popup ?? (() => Promise.reject(new Error('no popup'))))(), account: { username: 'ann@nhs.net' } })),
  };
  const create = vi.fn(async () => pca);
  const module = { createNestablePublicClientApplication: create, InteractionRequiredAuthError } as unknown as MsalModule;
  return { module, pca, create };
}

describe('dev sign-in', () => {
  it('asks the service once and reuses the token until a minute before it expires', async () => {
    let now = new Date(2026, 10 /* Nov */, 23, 9, 0);
    const exp = now.getTime() / 1000 + 3600;
    const { fn, calls } = fakeFetch({ '/v1/dev/token': () => json({ token: jwt({ sub: 'ann', exp }) }) });
    const tokens = createDevTokenProvider({ serviceUrl: 'http://svc/', claims: { sub: 'ann', trust: 'RXT', role: 'editor' }, fetch: fn, clock: () => now });
    await tokens.getToken();
    await tokens.getToken();
    expect(calls).toEqual(['http://svc/v1/dev/token']);
    now = new Date(2026, 10 /* Nov */, 23, 9, 59, 30); // 30 s before expiry
    await tokens.getToken();
    expect(calls).toHaveLength(2);
  });
});

describe('Microsoft sign-in (Nested App Authentication)', () => {
  const options = { clientId: 'client-1', authority: 'https://login.microsoftonline.com/organizations', scopes: ['api://equality/Plans.ReadWrite'] };

  it('gets a token silently through Office and creates the MSAL app once', async () => {
    const msal = fakeMsal({ silent: async () => 'entra-token' });
    const tokens = createNaaTokenProvider({ ...options, loadMsal: async () => msal.module });
    expect(await tokens.getToken()).toBe('entra-token');
    expect(await tokens.getToken()).toBe('entra-token');
    expect(msal.create).toHaveBeenCalledTimes(1);
    expect(msal.create).toHaveBeenCalledWith({ auth: { clientId: 'client-1', authority: options.authority } });
    expect(msal.pca.acquireTokenSilent).toHaveBeenLastCalledWith({ scopes: options.scopes, account: { username: 'ann@nhs.net' } });
  });

  it('opens the sign-in popup only when Entra ID needs the user (consent, MFA)', async () => {
    const msal = fakeMsal({ silent: async () => { throw new InteractionRequiredAuthError('consent_required'); }, popup: async () => 'after-popup' });
    const tokens = createNaaTokenProvider({ ...options, loadMsal: async () => msal.module });
    expect(await tokens.getToken()).toBe('after-popup');
    expect(msal.pca.acquireTokenPopup).toHaveBeenCalledTimes(1);
  });

  it('reports other failures (offline) instead of opening a popup, and tries MSAL again next time', async () => {
    const msal = fakeMsal({ silent: async () => { throw new Error('network_error'); } });
    let loads = 0;
    const tokens = createNaaTokenProvider({ ...options, loadMsal: async () => { loads += 1; if (loads === 1) throw new Error('offline'); return msal.module; } });
    await expect(tokens.getToken()).rejects.toThrow('offline');
    await expect(tokens.getToken()).rejects.toThrow('network_error');
    expect(msal.pca.acquireTokenPopup).not.toHaveBeenCalled();
  });
});

describe('signIn picks the way the service asks for', () => {
  const dev = { sub: 'ann', trust: 'RXT', role: 'editor' as const };

  it('uses Microsoft sign-in inside Office when the service names an add-in app', async () => {
    const { fn } = fakeFetch({ '/v1/sign-in': () => json({ devLogin: true, naa: { clientId: 'c', authority: 'https://login.microsoftonline.com/organizations', scopes: ['s'] } }) });
    const msal = fakeMsal({ silent: async () => jwt({ name: 'Ann Smith', role: 'editor', trust: 'RXT' }) });
    const session = await signIn({ serviceUrl: 'http://svc', naaAvailable: true, dev, fetch: fn, loadMsal: async () => msal.module });
    expect(session.method).toBe('microsoft');
    expect(session.user).toEqual({ name: 'Ann Smith', role: 'editor', trust: 'RXT', region: null });
  });

  it('uses dev sign-in outside Office when the local service offers it', async () => {
    const { fn } = fakeFetch({
      '/v1/sign-in': () => json({ devLogin: true, naa: null }),
      '/v1/dev/token': () => json({ token: jwt({ sub: 'ann', name: 'ann', role: 'editor', trust: 'RXT' }) }),
    });
    const session = await signIn({ serviceUrl: 'http://svc', naaAvailable: false, dev, fetch: fn });
    expect(session.method).toBe('dev');
    expect(session.user.trust).toBe('RXT');
  });

  it.each([
    ['the service is unreachable', {}, /Cannot reach the sync service at http:\/\/svc/],
    ['only Microsoft sign-in is offered and this is not Office', { '/v1/sign-in': () => json({ devLogin: false, naa: { clientId: 'c', authority: 'https://a', scopes: [] } }) }, /works in Excel with Microsoft 365/],
    ['no sign-in is offered at all', { '/v1/sign-in': () => json({ devLogin: false, naa: null }) }, /offers no way to sign in/],
    ['the dev token is refused', { '/v1/sign-in': () => json({ devLogin: true, naa: null }), '/v1/dev/token': () => json({ error: {} }, 400) }, /Sign-in did not complete/],
  ] as [string, Record<string, () => Response>, RegExp][])('says what to do when %s', async (_, routes, message) => {
    const { fn } = fakeFetch(routes);
    await expect(signIn({ serviceUrl: 'http://svc', naaAvailable: false, dev, fetch: fn })).rejects.toThrow(message);
  });
});
