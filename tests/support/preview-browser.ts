/**
 * The preview server and one Chromium for a test file: started before its tests, stopped after them, with the
 * screenshots folder made. Call it at the top of an e2e file; its getters are valid inside the tests.
 *
 * @example
 * const pane = usePreviewBrowser();
 * it('…', async () => { const page = await pane.browser().newPage(); await page.goto(pane.url()); });
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { servePreview } from '../../addin/preview/serve';
import { launchBrowser } from './browser';

export const SHOTS = 'test-output/screenshots';

export function usePreviewBrowser(): { browser(): Browser; url(): string } {
  let browser: Browser | undefined;
  let preview: Awaited<ReturnType<typeof servePreview>> | undefined;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    preview = await servePreview({ port: 0 });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });
  return { browser: () => browser!, url: () => preview!.url };
}
