import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTab } from '../support/pane-page';
import { startSyncStack, type SyncStack } from '../support/sync-stack';

let stack: SyncStack;
beforeAll(async () => {
  stack = await startSyncStack('panes');
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

const PLAN = { trust: 'RXT', sample: 'bsmhft-wdes-2020-21.xlsx' };
const status = (page: Page) => page.textContent('#sync-status');
const waitStatus = (page: Page, pattern: RegExp) =>
  page.waitForFunction((source) => new RegExp(source).test(document.getElementById('sync-status')?.textContent ?? ''), pattern.source);
const edit = (page: Page, address: string, value: string) =>
  page.evaluate(([a, v]) => (window as unknown as { previewAdapter: { edit(a: string, v: string): void } }).previewAdapter.edit(a, v), [address, value]);
const cell = (page: Page, address: string) => page.textContent(`td[data-address="${address}"]`);
async function push(page: Page) {
  await page.click('#sync-push');
  await page.waitForFunction(() => !document.getElementById('sync-push')?.hasAttribute('disabled') && document.getElementById('sync-progress')?.hidden);
}
async function pull(page: Page) {
  await page.click('#sync-pull');
  await page.waitForFunction(() => !document.getElementById('sync-pull')?.hasAttribute('disabled') && document.getElementById('sync-progress')?.hidden);
}
async function serviceRows(trust = 'RXT', standard = 'WDES') {
  const token = await stack.token({ sub: 'auditor', trust, role: 'viewer' });
  const res = await fetch(`${stack.serviceUrl}/v1/trusts/${trust}/plans/${standard}/2020-21`, { headers: { authorization: `Bearer ${token}` } });
  return (await res.json()) as { revision: number; rows: { id: string; fields: Record<string, string>; deleted?: boolean }[] };
}
async function changes() {
  const token = await stack.token({ sub: 'auditor', trust: 'RXT', role: 'viewer' });
  const res = await fetch(`${stack.serviceUrl}/v1/trusts/RXT/plans/WDES/2020-21/changes?since=0`, { headers: { authorization: `Bearer ${token}` } });
  return (await res.json()) as { revision: number; changes: { id: string; field: string; value: string | null; by: string }[] };
}

describe('two editors of one trust and one of another, in real Chromium panes', () => {
  it('merges different fields, turns the same field into a card, keeps the outbox through a reload while offline, and applies a re-sent push once', async () => {
    const ann = await stack.openPane({ user: 'ann', ...PLAN });
    await push(ann);
    expect((await serviceRows()).rows).toHaveLength(30);

    // Bob opens his own copy of the same plan: the pane links his rows to the shared ones instead of adding 30 more.
    const bob = await stack.openPane({ user: 'bob', ...PLAN });
    expect(await status(bob)).toMatch(/Linked 30 of this sheet's actions to the 30 already shared/);
    await push(bob);
    expect((await serviceRows()).rows).toHaveLength(30);

    // Cat, an editor of another trust in the same region, shares her own plan meanwhile.
    const cat = await stack.openPane({ user: 'cat', trust: 'RP1', sample: 'somerset-wres-2020-21.xlsx' });
    await push(cat);
    expect((await serviceRows('RP1', 'WRES')).rows.length).toBeGreaterThan(0);

    // Different fields of one action: both land, on both sheets.
    await edit(ann, 'C5', 'Ann Smith');
    await edit(bob, 'G5', 'Fewer formal disciplinaries');
    await push(ann);
    await push(bob);
    await pull(ann);
    await pull(bob);
    expect([await cell(ann, 'C5'), await cell(ann, 'G5')]).toEqual(['Ann Smith', 'Fewer formal disciplinaries']);
    expect([await cell(bob, 'C5'), await cell(bob, 'G5')]).toEqual(['Ann Smith', 'Fewer formal disciplinaries']);
    expect(await status(bob)).toMatch(/ 0 conflict\(s\) to resolve/);

    // The same field: the second push gets a card, and taking theirs puts Ann's value in Bob's sheet.
    await edit(ann, 'C6', 'Director of People');
    await edit(bob, 'C6', 'Head of Inclusion');
    await push(ann);
    await push(bob);
    const card = bob.locator('.conflict-card');
    await card.waitFor();
    expect(await card.textContent()).toContain('Head of Inclusion');
    expect(await card.textContent()).toContain('Director of People');
    expect(await card.locator('h3').textContent()).toBe('Lead — C6'); // the plan's word and the cell, not an internal name
    await bob.click('.conflict-card .take-theirs');
    await bob.waitForFunction(() => document.querySelectorAll('.conflict-card').length === 0);
    expect(await cell(bob, 'C6')).toBe('Director of People');

    // The service goes away: Bob's edit waits in the outbox, through a reload of the page.
    await bob.route(`${stack.serviceUrl}/**`, (route) => route.abort('connectionrefused'));
    await edit(bob, 'C7', 'Bob offline edit');
    await bob.click('#sync-push');
    await waitStatus(bob, /Cannot reach the sync service.*1 unsent change\(s\) are kept/);
    await bob.reload();
    await bob.waitForFunction(() => /Restored bsmhft-wdes-2020-21\.xlsx/.test(document.getElementById('load-status')?.textContent ?? ''));
    await waitStatus(bob, /Not signed in\. 1 unsent change\(s\) are kept with this workbook/);
    expect(await cell(bob, 'C7')).toBe('Bob offline edit');
    await openTab(bob, 'sync');
    await bob.click('#sync-signin');
    await waitStatus(bob, /Cannot reach the sync service/);
    await bob.unroute(`${stack.serviceUrl}/**`);
    await bob.click('#sync-signin');
    await waitStatus(bob, /1 unsent change/);
    await push(bob);
    await waitStatus(bob, /(?<!\d)0 unsent change/);
    expect((await serviceRows()).rows.some((r) => r.fields.lead === 'Bob offline edit')).toBe(true);

    // A push whose answer is lost is sent again with the same pushId and applied once.
    const before = await changes();
    let dropped = 0;
    await ann.route('**/v1/trusts/RXT/plans/WDES/2020-21/push', async (route) => {
      if (route.request().method() !== 'POST' || dropped > 0) return route.continue();
      dropped += 1;
      await route.fetch(); // the service applies it…
      await route.abort('connectionreset'); // …but the answer never reaches the pane
    });
    await edit(ann, 'C8', 'Once only');
    await ann.click('#sync-push');
    await waitStatus(ann, /1 unsent change\(s\) are kept/);
    await push(ann);
    await waitStatus(ann, /(?<!\d)0 unsent change/);
    const after = await changes();
    expect(dropped).toBe(1);
    expect(after.revision).toBe(before.revision + 1);
    expect(after.changes.filter((c) => c.value === 'Once only')).toHaveLength(1);

    // Another trust's plan was never touched by any of this.
    expect((await serviceRows('RP1', 'WRES')).rows.every((r) => !/Ann|Bob/.test(r.fields.lead ?? ''))).toBe(true);
    await bob.screenshot({ path: join('test-output/screenshots', 'two-panes-bob.png') });
    for (const p of [ann, bob, cat]) await p.close();
  }, 120_000);
});
