import type { SignedInUser, TokenProvider } from '../auth';

/** Who is signed in to which sync service: shared by the pane's views (Sync, Compare region). */
export interface SyncSession {
  serviceUrl: string;
  tokens: TokenProvider;
  user: SignedInUser;
  method: 'microsoft' | 'dev';
}

let current: SyncSession | null = null;
const listeners = new Set<(session: SyncSession | null) => void>();

/**
 * The pane's current sign-in, or null when signed out.
 *
 * @example
 * const session = currentSession();
 * if (session) await fetch(`${session.serviceUrl}/v1/health`);
 */
export function currentSession(): SyncSession | null {
  return current;
}

/**
 * Sets (or clears) the sign-in and tells every view that listens.
 *
 * @example
 * setSession({ serviceUrl, tokens, user, method: 'dev' });
 */
export function setSession(session: SyncSession | null): void {
  current = session;
  for (const listener of listeners) listener(session);
}

/**
 * Calls back whenever the sign-in changes; returns an unsubscribe.
 *
 * @example
 * onSessionChange((s) => (button.disabled = !s));
 */
export function onSessionChange(listener: (session: SyncSession | null) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
