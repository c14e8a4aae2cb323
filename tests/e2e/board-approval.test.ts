import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANGED_FILL } from '../../addin/sync/since-approval';
import { startSyncStack, type SyncStack } from '../support/sync-stack';

let stack: SyncStack;
beforeAll(async () => {
  stack = await startSyncStack('board');
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});


describe('board approval from the pane (real Chromium, real service, Azurite)', () => {
  it('marks the plan board-approved, then highlights exactly the cells others changed since, wherever they are', async () => {
    const page = await stack.openPane({ user: 'ann', trust: 'RH5', sample: 'somerset-wres-2020-21.xlsx' });
    await page.click('#sync-since-approval');
    await page.waitForFunction(() => /not been marked as board-approved/.test(document.getElementById('sync-status')?.textContent ?? ''));
    await page.click('#sync-push');
    // Done when the status says it synced: before the first push it already says "never… 0 unsent" (changes are
    // counted when a push starts), so waiting for "0 unsent" alone races the push.
    await page.waitForFunction(() => {
      const status = document.getElementById('sync-status')?.textContent ?? '';
      return /(?<!\d)0 unsent change/.test(status) && !/never/.test(status);
    });
    await page.click('#sync-approve');
    await page.click('#approve-dialog-confirm');
    await page.waitForFunction(() => /Marked as board-approved/.test(document.getElementById('sync-status')?.textContent ?? ''));

    // After approval another editor changes one action's lead, via the service.
    const planUrl = `${stack.serviceUrl}/v1/trusts/RH5/plans/WRES/2020-21`;
    const bob = await stack.token({ sub: 'bob', name: 'Bob', trust: 'RH5', role: 'editor' });
    const plan = await (await fetch(planUrl, { headers: { authorization: `Bearer ${bob}` } })).json();
    expect(plan.latestSnapshot.label).toMatch(/^Board approved \d{4}-\d{2}-\d{2}$/);
    const target = plan.rows.find((r: { fields: { lead: string } }) => r.fields.lead);
    const res = await fetch(`${planUrl}/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bob}`, 'content-type': 'application/json' },
      body: JSON.stringify({ pushId: randomUUID(), changes: [{ id: target.id, base: { lead: target.fields.lead }, set: { lead: '<b>Director of People</b>' } }] }),
    });
    expect(res.status).toBe(200);

    // The cell of that action's lead, found through the pane's own report by id.
    const address = await page.evaluate((id) => {
      const w = window as unknown as { previewAdapter: { activeSheet(): { values: unknown[][] } } };
      const values = w.previewAdapter.activeSheet().values;
      const idRow = values.findIndex((row) => row.includes(id));
      return idRow + 1;
    }, target.id);
    const seen = address > 0 ? '' : await page.evaluate(() => {
      const w = window as unknown as { previewAdapter: { activeSheet(): { name?: string; values: unknown[][] }; sheets(): { name: string }[] } };
      const s = w.previewAdapter.activeSheet();
      return JSON.stringify({ status: document.getElementById('sync-status')?.textContent, ids: s.values.map((r) => r[6]).filter(Boolean).join(' ') });
    });
    expect(address, `${target.id} not in the sheet: ${seen}; service: ${plan.rows.map((r: { id: string }) => r.id).join(' ')}`).toBeGreaterThan(0);
    await page.click('#sync-since-approval');
    await page.waitForFunction(() => /1 cell\(s\) changed since board approval/.test(document.getElementById('sync-status')?.textContent ?? ''));
    const item = page.locator('#sync-approval li');
    expect(await item.count()).toBe(1);
    const cell = (await item.getAttribute('data-address'))!;
    expect(cell).toMatch(new RegExp(`^[A-Z]+${address}$`));
    // The markup from the service stays text in the pane: no <b> element was made.
    expect(await item.textContent()).toContain('<b>Director of People</b>');
    expect(await page.locator('#sync-approval b').count()).toBe(0);
    const fill = await page.evaluate((a) => {
      const w = window as unknown as { previewAdapter: { activeSheet(): { fills: (string | null)[][] } } };
      const m = /^([A-Z]+)(\d+)$/.exec(a)!;
      const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      return w.previewAdapter.activeSheet().fills[Number(m[2]) - 1]?.[col] ?? null;
    }, cell);
    expect(fill?.toUpperCase()).toBe(CHANGED_FILL.toUpperCase());
    await page.locator('#view-sync').screenshot({ path: join('test-output/screenshots', 'changed-since-approval.png') });
    await page.close();
  });
});
