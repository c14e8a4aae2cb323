import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePreview } from '../../addin/preview/serve';
import { createApp } from '../../sync-service/app';
import { signDevToken } from '../../sync-service/auth';
import { loadConfig } from '../../sync-service/config';
import { createTableStore } from '../../sync-service/store';
import { SEED_TRUSTS } from '../../sync-service/trust-directory';
import { startAzurite, type EmbeddedAzurite } from '../support/azurite';
import { launchBrowser } from '../support/browser';

const SECRET = 'sync-e2e-dev-secret-0123456789abcdef';
let azurite: EmbeddedAzurite;
let server: ServerType;
let serviceUrl = '';
let preview: Awaited<ReturnType<typeof servePreview>>;
let browser: Browser;

beforeAll(async () => {
  mkdirSync('test-output/screenshots', { recursive: true });
  preview = await servePreview({ port: 0 });
  azurite = await startAzurite();
  const store = await createTableStore({ connectionString: azurite.connectionString, tablePrefix: 'e2e', seedTrusts: SEED_TRUSTS });
  const app = createApp({ config: loadConfig({ SYNC_DEV_SECRET: SECRET, SYNC_DEV_LOGIN: '1', CORS_ORIGINS: new URL(preview.url).origin }), store, log: () => undefined });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
      serviceUrl = `http://127.0.0.1:${info.port}`;
      resolve();
    });
  });
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => (server ? (server as unknown as { close(cb: () => void): void }).close(() => r()) : r()));
  await azurite?.stop();
  await preview?.close();
});

describe('sync from the pane (real Chromium, real service, Azurite)', () => {
  it('pushes a plan, keeps a local edit through a pull, shows the conflict as a card, and resolves it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`${preview.url}?service=${encodeURIComponent(serviceUrl)}&user=ann`);
    await page.waitForFunction(() => document.querySelectorAll('#sample option').length > 1);
    await page.selectOption('#sample', 'bsmhft-wdes-2020-21.xlsx');
    await page.waitForFunction(() => document.getElementById('load-status')?.textContent === 'Loaded bsmhft-wdes-2020-21.xlsx');
    await page.click('#validate');
    await page.waitForSelector('#readiness');
    await page.fill('#sync-trust', 'RXT');
    await page.fill('#sync-standard', 'WDES');
    await page.fill('#sync-period', '2020-21');
    await page.click('#sync-signin');
    await page.waitForFunction(() => /Last synced never/.test(document.getElementById('sync-status')?.textContent ?? ''));
    await page.click('#sync-push');
    await page.waitForFunction(() => /0 unsent change/.test(document.getElementById('sync-status')?.textContent ?? '') && !/never/.test(document.getElementById('sync-status')?.textContent ?? ''));

    const planUrl = `${serviceUrl}/v1/trusts/RXT/plans/WDES/2020-21`;
    const bob = await signDevToken(SECRET, { sub: 'bob', name: 'Bob', trust: 'RXT', role: 'editor' });
    const plan = await (await fetch(planUrl, { headers: { authorization: `Bearer ${bob}` } })).json();
    expect(plan.rows).toHaveLength(30);
    // The row id of sheet row 5, from the pane's hidden id column.
    const id = await page.evaluate(() => {
      const w = window as unknown as { previewAdapter: { activeSheet(): { values: unknown[][] } } };
      const values = w.previewAdapter.activeSheet().values;
      const col = values[3].indexOf('Action ID (do not edit)');
      return String(values[4][col]);
    });
    const row = plan.rows.find((r: { id: string }) => r.id === id);
    // Bob changes the lead of that action, and puts formula-looking text in another field.
    const res = await fetch(`${planUrl}/push`, { method: 'POST', headers: { authorization: `Bearer ${bob}`, 'content-type': 'application/json' }, body: JSON.stringify({ pushId: randomUUID(), changes: [{ id, base: { lead: row.fields.lead, outcome: row.fields.outcome }, set: { lead: 'Bob Jones', outcome: '=HYPERLINK("http://x","y")' } }] }) });
    expect(res.status).toBe(200);

    // Ann edits the same lead in her sheet, then gets others' changes.
    await page.evaluate(() => (window as unknown as { previewAdapter: { edit(a: string, v: string): void } }).previewAdapter.edit('C5', 'Ann Smith'));
    await page.click('#validate');
    await page.waitForSelector('#readiness');
    await page.click('#sync-pull');
    await page.waitForFunction(() => document.querySelector('td[data-address="G5"]')?.textContent === '=HYPERLINK("http://x","y")');
    expect(await page.textContent('td[data-address="C5"]')).toBe('Ann Smith');

    await page.click('#sync-push');
    const card = page.locator('.conflict-card');
    await card.waitFor();
    expect(await card.textContent()).toContain('Bob Jones');
    expect(await card.textContent()).toContain('Ann Smith');
    await card.screenshot({ path: join('test-output/screenshots', 'conflict-card.png') });
    await page.click('.conflict-card .keep-mine');
    await page.waitForFunction(() => document.querySelectorAll('.conflict-card').length === 0);
    const after = await (await fetch(planUrl, { headers: { authorization: `Bearer ${bob}` } })).json();
    expect(after.rows.find((r: { id: string }) => r.id === id).fields.lead).toBe('Ann Smith');
    await page.close();
  });
});
