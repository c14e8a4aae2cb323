/// <reference types="office-js" />
import { setSession, type SyncSession } from '../sync/session';
import { button, enable, messageBar, textField } from '../taskpane/controls';
import { el } from '../taskpane/dom';
import type { PaneServices } from '../taskpane/views';
import { signIn, SignInError } from './sign-in';
import type { DevTokenOptions } from './dev-token-provider';
import type { SignInOptions } from './types';

const ROLES = ['editor', 'viewer', 'regional-lead', 'admin'] as const;

/** Inside Office with Nested App Authentication, Microsoft sign-in is used; anywhere else dev sign-in. */
const naaAvailable = () => {
  try {
    return typeof Office !== 'undefined' && Boolean(Office.context?.requirements?.isSetSupported('NestedAppAuth', '1.1'));
  } catch {
    return false;
  }
};

/**
 * Reads the one dev sign-in field: "name role code", e.g. "ann editor RXT" or "lee regional-lead Y60"
 * (role defaults to editor; the code is the trust, or the region for a regional lead).
 *
 * @example
 * parseDevUser('lee regional-lead y60') // { sub: 'lee', name: 'lee', role: 'regional-lead', region: 'Y60' }
 */
export function parseDevUser(text: string): DevTokenOptions['claims'] | null {
  const words = text.trim().split(/[\s,]+/).filter(Boolean);
  if (!words.length) return null;
  const [name, ...rest] = words;
  const role = (rest.find((w) => (ROLES as readonly string[]).includes(w.toLowerCase()))?.toLowerCase() ?? 'editor') as (typeof ROLES)[number];
  const code = rest.find((w) => !(ROLES as readonly string[]).includes(w.toLowerCase()))?.toUpperCase();
  return { sub: name, name, role, ...(code ? (role === 'regional-lead' ? { region: code } : { trust: code }) : {}) };
}

const readLocal = (key: string) => {
  try {
    return globalThis.localStorage?.getItem(key) ?? '';
  } catch {
    return '';
  }
};
const writeLocal = (key: string, value: string) => {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    /* storage off: the field just starts from the link next time */
  }
};

/** What the service offers (GET /v1/sign-in), or null when it cannot be reached. */
async function optionsOf(serviceUrl: string): Promise<SignInOptions | null> {
  try {
    const res = await fetch(`${serviceUrl}/v1/sign-in`);
    return res.ok ? ((await res.json()) as SignInOptions) : null;
  } catch {
    return null;
  }
}

/**
 * The sign-in card at the top of the Sync tab: "Sign in with Microsoft 365" inside Office, and — only where the
 * service offers dev sign-in (npm start, preview) — one folded field "name role trust". Sets the pane's session.
 *
 * @example
 * container.append(signInCard(services, (text) => status.textContent = text));
 */
export function signInCard(services: PaneServices, say: (text: string) => void): HTMLElement {
  const params = new URLSearchParams(globalThis.location?.search ?? '');
  // The last dev user this browser signed in as (per preview user), else what the link says.
  const remembered = `equality-plans:dev-user:${params.get('user') ?? ''}`;
  const devDefault = readLocal(remembered) || [params.get('user'), params.get('role'), params.get('role') === 'regional-lead' ? params.get('region') : params.get('trust')].filter(Boolean).join(' ');
  const card = el('div', { class: 'card', id: 'sign-in' });
  const signInButton = button('sync-signin', 'Sign in', { appearance: 'primary' });
  const signOut = button('sync-signout', 'Sign out');
  const devField = textField('dev-user', 'Who (name, role, trust or region)', devDefault || 'ann editor RXT', { placeholder: 'ann editor RXT' });
  const dev = el('details', { id: 'dev-sign-in' }, el('summary', {}, 'Developer sign-in (this machine only)'), devField);
  let signedIn: SyncSession | null = null;

  const draw = async () => {
    const serviceUrl = services.serviceUrl();
    if (signedIn) {
      card.replaceChildren(el('p', {}, `Signed in as ${signedIn.user.name} (${signedIn.user.role || 'no role'}${signedIn.user.trust ? `, ${signedIn.user.trust}` : signedIn.user.region ? `, ${signedIn.user.region}` : ''}).`), signOut);
      return;
    }
    const offered = await optionsOf(serviceUrl);
    const microsoft = Boolean(offered?.naa && naaAvailable());
    signInButton.textContent = microsoft ? 'Sign in with Microsoft 365' : 'Sign in';
    card.replaceChildren(...[
      el('h2', {}, 'Sign in to sync'),
      offered ? null : messageBar('warning', `Cannot reach the sync service at ${serviceUrl}. Check its address in Settings, or your connection.`),
      // Dev sign-in only where the service offers it, and never instead of Microsoft sign-in inside Office.
      offered?.devLogin && !microsoft ? dev : null,
      el('div', { class: 'toolbar' }, signInButton),
    ].filter((n): n is HTMLElement => n !== null));
  };

  signInButton.addEventListener('click', async () => {
    enable(signInButton, false);
    try {
      const claims = parseDevUser(devField.value) ?? { sub: 'editor', role: 'editor' as const };
      const serviceUrl = services.serviceUrl();
      const session = await signIn({ serviceUrl, naaAvailable: naaAvailable(), dev: claims });
      writeLocal(remembered, devField.value.trim());
      signedIn = { serviceUrl, ...session };
      setSession(signedIn);
      await draw();
    } catch (error) {
      say(error instanceof SignInError ? error.message : `Sign-in failed: ${(error as Error).message}`);
      void draw();
    } finally {
      enable(signInButton, true);
    }
  });
  signOut.addEventListener('click', () => {
    signedIn = null;
    setSession(null);
    void draw();
    say('Signed out. Unsent changes stay with the workbook.');
  });
  void draw();
  return card;
}
