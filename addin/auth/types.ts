/** Gives the sync client a bearer token for the sync service; throws when the user is not signed in. */
export interface TokenProvider {
  getToken(): Promise<string>;
}

/** What the service says about signing in (`GET /v1/sign-in`). */
export interface SignInOptions {
  devLogin: boolean;
  naa: { clientId: string; authority: string; scopes: string[] } | null;
}

/** The signed-in person as the token says, for the pane to show. */
export interface SignedInUser {
  name: string;
  role: string;
  trust: string | null;
  region: string | null;
}
