import { mkdirSync } from 'node:fs';
import { serve, type ServerType } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { servePreview } from '../../addin/preview/serve';
import { createApp } from '../../sync-service/app';
import { signDevToken } from '../../sync-service/auth';
import { loadConfig } from '../../sync-service/config';
import { createTableStore } from '../../sync-service/store';
import { SEED_TRUSTS } from '../../sync-service/trust-directory';
import { startAzurite, type EmbeddedAzurite } from './azurite';
import { launchBrowser } from './browser';
import { devSignIn } from './pane-page';

export const STACK_SECRET = 'sync-e2e-dev-secret-0123456789abcdef';

export interface SyncStack {
  serviceUrl: string;
  previewUrl: string;
  browser: Browser;
  /** A dev token for calling the service directly, as another editor would. */
  token(claims: Parameters<typeof signDevToken>[1]): Promise<string>;
  /** Opens a preview pane on a bundled sample, validated, signed in to the service as `user` of `trust` (standard and period come from the plan). */
  openPane(options: { user: string; trust: string; sample: string; role?: string }): Promise<Page>;
  stop(): Promise<void>;
}

/**
 * The whole system for end-to-end tests: Azurite, the sync service (dev sign-in on, CORS for the preview),
 * the preview server and Chromium — real parts only.
 *
 * @example
 * const stack = await startSyncStack();
 * const page = await stack.openPane({ user: 'ann', trust: 'RXT', sample: 'bsmhft-wdes-2020-21.xlsx' });
 */
export async function startSyncStack(tablePrefix = 'e2e'): Promise<SyncStack> {
  mkdirSync('test-output/screenshots', { recursive: true });
  const preview = await servePreview({ port: 0 });
  const azurite: EmbeddedAzurite = await startAzurite();
  const store = await createTableStore({ connectionString: azurite.connectionString, tablePrefix, seedTrusts: SEED_TRUSTS });
  const app = createApp({ config: loadConfig({ SYNC_DEV_SECRET: STACK_SECRET, SYNC_DEV_LOGIN: '1', CORS_ORIGINS: new URL(preview.url).origin }), store, log: () => undefined });
  let server: ServerType | undefined;
  const serviceUrl = await new Promise<string>((resolve) => {
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => resolve(`http://127.0.0.1:${info.port}`));
  });
  const browser = await launchBrowser();
  return {
    serviceUrl,
    previewUrl: preview.url,
    browser,
    token: (claims) => signDevToken(STACK_SECRET, claims),
    async openPane({ user, trust, sample, role = 'editor' }) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
      page.on('pageerror', (e) => console.error('page error:', e.message));
      await page.goto(`${preview.url}?service=${encodeURIComponent(serviceUrl)}&user=${encodeURIComponent(user)}`);
      await page.waitForFunction(() => document.querySelectorAll('#sample option').length > 1);
      await page.selectOption('#sample', sample);
      await page.waitForFunction((s) => document.getElementById('load-status')?.textContent === `Loaded ${s}`, sample);
      await page.click('#validate');
      await page.waitForSelector('#readiness');
      await devSignIn(page, `${user} ${role} ${trust}`);
      await page.waitForFunction(() => /Last synced/.test(document.getElementById('sync-status')?.textContent ?? ''));
      return page;
    },
    async stop() {
      await browser.close();
      await new Promise<void>((r) => (server ? (server as unknown as { close(cb: () => void): void }).close(() => r()) : r()));
      await azurite.stop();
      await preview.close();
    },
  };
}
