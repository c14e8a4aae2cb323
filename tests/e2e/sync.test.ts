import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTab } from '../support/pane-page';
import { startSyncStack, type SyncStack } from '../support/sync-stack';

let stack: SyncStack;
beforeAll(async () => {
  stack = await startSyncStack('e2e');
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

describe('sync from the pane (real Chromium, real service, Azurite)', () => {
  it('pushes a plan, keeps a local edit through a pull, shows the conflict as a card, and resolves it', async () => {
    const page = await stack.openPane({ user: 'ann', trust: 'RXT', sample: 'bsmhft-wdes-2020-21.xlsx' });
    await page.waitForFunction(() => /Last synced never/.test(document.getElementById('sync-status')?.textContent ?? ''));
    await page.click('#sync-push');
    await page.waitForFunction(() => /(?<!\d)0 unsent change/.test(document.getElementById('sync-status')?.textContent ?? '') && !/never/.test(document.getElementById('sync-status')?.textContent ?? ''));

    const planUrl = `${stack.serviceUrl}/v1/trusts/RXT/plans/WDES/2020-21`;
    const bob = await stack.token({ sub: 'bob', name: 'Bob', trust: 'RXT', role: 'editor' });
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
    await openTab(page, 'check');
    await page.click('#validate');
    await page.waitForSelector('#readiness');
    await openTab(page, 'sync');
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
