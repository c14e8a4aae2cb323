import type { TokenProvider } from './types';

/** The part of @azure/msal-browser this provider uses (tests pass a fake; the pane loads the real one on demand). */
export interface MsalModule {
  createNestablePublicClientApplication(config: { auth: { clientId: string; authority: string } }): Promise<NestableApp>;
  InteractionRequiredAuthError: abstract new (...args: never[]) => Error;
}
interface NestableApp {
  getActiveAccount(): unknown;
  getAllAccounts(): unknown[];
  setActiveAccount(account: never): void;
  acquireTokenSilent(request: { scopes: string[]; account?: never }): Promise<{ accessToken: string; account: unknown }>;
  acquireTokenPopup(request: { scopes: string[] }): Promise<{ accessToken: string; account: unknown }>;
}

export interface NaaTokenOptions {
  clientId: string;
  authority: string;
  scopes: string[];
  /** Loads MSAL; defaults to a dynamic import so the pane's first load stays small. */
  loadMsal?: () => Promise<MsalModule>;
}

/**
 * Microsoft sign-in inside Office through Nested App Authentication: MSAL asks Office for a token for the
 * signed-in user (silently, single sign-on), and opens a sign-in popup only when Entra ID requires it.
 *
 * @example
 * const tokens = createNaaTokenProvider({ clientId, authority: 'https://login.microsoftonline.com/organizations', scopes: ['api://equality/Plans.ReadWrite'] });
 * await tokens.getToken(); // an Entra ID access token for the sync service
 */
export function createNaaTokenProvider(options: NaaTokenOptions): TokenProvider {
  const load = options.loadMsal ?? (async () => (await import('@azure/msal-browser')) as unknown as MsalModule);
  let app: Promise<{ msal: MsalModule; pca: NestableApp }> | null = null;
  const ready = () =>
    (app ??= load().then(async (msal) => ({
      msal,
      pca: await msal.createNestablePublicClientApplication({ auth: { clientId: options.clientId, authority: options.authority } }),
    })).catch((error) => {
      app = null; // a failed start (offline) is tried again next time
      throw error;
    }));
  return {
    async getToken() {
      const { msal, pca } = await ready();
      const account = (pca.getActiveAccount() ?? pca.getAllAccounts()[0]) as never | undefined;
      const request = { scopes: options.scopes, ...(account ? { account } : {}) };
      try {
        const result = await pca.acquireTokenSilent(request);
        if (result.account) pca.setActiveAccount(result.account as never);
        return result.accessToken;
      } catch (error) {
        // Only consent or MFA prompts justify a popup; anything else (offline, misconfigured) is reported.
        if (!(error instanceof msal.InteractionRequiredAuthError)) throw error;
        const result = await pca.acquireTokenPopup({ scopes: options.scopes });
        if (result.account) pca.setActiveAccount(result.account as never);
        return result.accessToken;
      }
    },
  };
}
