import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { YEAR_ON_YEAR_SHEET } from '../../addin/year-on-year/year-on-year-view';
import { YEAR_ON_YEAR_HEADER } from '../../addin/year-on-year/year-on-year-table';
import { EXPECTED, kmptNextYear, LAST_YEAR } from '../support/kmpt-next-year';
import { seriousViolations } from '../support/axe';
import { devSignIn, fillField, openTab } from '../support/pane-page';
import { startSyncStack, type SyncStack } from '../support/sync-stack';

let stack: SyncStack;
beforeAll(async () => {
  stack = await startSyncStack('e2eyoy');
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

/** Pushes a period of RP1's WRES plan as its editor would. */
async function pushPeriod(period: string, rows: Record<string, Record<string, string>>) {
  const token = await stack.token({ sub: 'editor-rp1', name: 'Editor RP1', trust: 'RP1', role: 'editor' });
  const res = await fetch(`${stack.serviceUrl}/v1/trusts/RP1/plans/WRES/${period}/push`, {
    method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ pushId: randomUUID(), changes: Object.entries(rows).map(([id, set]) => ({ id, base: {}, set })) }),
  });
  expect(res.status).toBe(200);
}

describe('This year against last year in the pane (real Chromium)', () => {
  it('compares the open sheet with last year\'s workbook, lists what happened to each action, and writes it to a sheet', async () => {
    const page = await stack.browser.newPage({ viewport: { width: 1400, height: 1100 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${stack.previewUrl}?service=${encodeURIComponent(stack.serviceUrl)}&user=yoy`);
    await page.waitForSelector('#yoy-file', { state: 'attached' });
    // This year's plan is open in the workbook; last year's is a file the user picks.
    await page.setInputFiles('#file', { name: 'kmpt-wres-2022-23.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await kmptNextYear() });
    await page.waitForFunction(() => document.getElementById('load-status')?.textContent === 'Loaded kmpt-wres-2022-23.xlsx');
    await page.click('#validate');
    await page.waitForSelector('#readiness');
    // Before and after a comparison, the view is readable by assistive technology (axe-core: nothing serious or critical).
    expect(await seriousViolations(page)).toEqual([]);
    await page.setInputFiles('#yoy-file', LAST_YEAR);
    await page.waitForSelector('#yoy-summary');

    expect(await page.textContent('#yoy-summary')).toBe('10 carried over (1 reworded), 6 completed, 1 closed with a reason, 3 dropped without a word, 1 new');
    expect(await page.textContent('#yoy-status')).toContain('This sheet against kmpt-wres-2020-22.xlsx (2020-22)');
    const items = (id: string) => page.locator(`#yoy-${id} li`).allTextContents();
    const dropped = await items('dropped');
    expect(dropped).toHaveLength(3);
    expect(dropped.map((t) => t.match(/^Row (\d+)/)?.[1])).toEqual(EXPECTED.dropped.map(String));
    expect(dropped[0]).toContain('Propose and implement staff development workshops for BAME staff');
    expect(dropped[0]).toContain('last status: Opening Doors Programme on hold');
    expect(await items('completed')).toHaveLength(EXPECTED.completed.length);
    expect((await items('closed'))[0]).toContain('Withdrawn – superseded by the Freedom to Speak Up strategy');
    const carried = await items('carried');
    expect(carried).toHaveLength(EXPECTED.carriedOver.length);
    expect(carried[0]).toMatch(/^Row 11 · ind. 1Deliver the agreed recommendations of the recruitment review by March 2023\. — reworded from "Deliver agreed recommendations within the recruitment review\."/);
    expect(await items('new')).toEqual([`Row 14 · ind. 1${EXPECTED.newActions[0]}`]);
    expect(await seriousViolations(page)).toEqual([]);

    await page.click('#yoy-write');
    await page.waitForFunction((name) => /Wrote the comparison/.test(document.getElementById('yoy-status')?.textContent ?? '') && name, YEAR_ON_YEAR_SHEET);
    const sheet = await page.evaluate((name) => {
      const w = window as unknown as { previewAdapter: { sheets(): { name: string; values: unknown[][] }[] } };
      return JSON.parse(JSON.stringify(w.previewAdapter.sheets().find((s) => s.name === name) ?? null));
    }, YEAR_ON_YEAR_SHEET) as { values: string[][] } | null;
    expect(sheet!.values[0]).toEqual(YEAR_ON_YEAR_HEADER);
    expect(sheet!.values.slice(1).map((r) => r[0])).toEqual([
      ...Array(3).fill('Dropped without a word'), ...Array(6).fill('Completed'), 'Closed with a reason', ...Array(10).fill('Carried over'), 'New this year',
    ]);
    await page.locator('#view-year-on-year').scrollIntoViewIfNeeded();
    await page.locator('#view-year-on-year > h2').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join('test-output/screenshots', 'year-on-year.png'), fullPage: false });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('compares two periods of a trust\'s plan from the sync service', async () => {
    await pushPeriod('2022-23', {
      a: { ref: '1a', indicator: '1', action: 'Reverse mentoring for the board', status: 'In Progress', lead: 'CPO', due: 'March 2023' },
      b: { ref: '2a', indicator: '2', action: 'Diverse interview panels for band 8a and above', status: 'Completed', lead: 'HR', due: 'March 2023' },
      c: { ref: '5a', indicator: '5', action: 'Zero tolerance posters in every ward', status: 'Not Started', lead: 'EDI', due: 'March 2023' },
    });
    await pushPeriod('2023-24', {
      x: { ref: '1a', indicator: '1', action: 'Reverse mentoring for the board', status: 'On Track', lead: 'CPO', due: 'March 2024' },
      y: { ref: '3a', indicator: '3', action: 'Review disciplinary cases with a just culture lens', status: 'New', lead: 'HR', due: 'March 2024' },
    });
    const page = await stack.browser.newPage({ viewport: { width: 1400, height: 1100 } });
    await page.goto(`${stack.previewUrl}?service=${encodeURIComponent(stack.serviceUrl)}&user=lee`);
    await page.waitForSelector('#yoy-fetch', { state: 'attached' });
    await devSignIn(page, 'lee regional-lead Y60');
    await openTab(page, 'check');
    await page.click('#yoy-periods > summary');
    await fillField(page, 'yoy-trust', 'rp1');
    await page.selectOption('#yoy-standard', 'WRES');
    await fillField(page, 'yoy-last-period', '2022-23');
    await fillField(page, 'yoy-this-period', '2023-24');
    await page.click('#yoy-fetch');
    await page.waitForSelector('#yoy-summary');
    expect(await page.textContent('#yoy-summary')).toBe('1 carried over, 1 completed, 0 closed with a reason, 1 dropped without a word, 1 new');
    expect(await page.textContent('#yoy-status')).toContain('RP1 WRES 2023-24 against 2022-23');
    expect(await page.locator('#yoy-dropped li').allTextContents()).toEqual(['Ref 5a · ind. 5Zero tolerance posters in every ward — last status: Not Started']);
    // A period with nothing shared says so, in words.
    await fillField(page, 'yoy-last-period', '2019-20');
    await page.click('#yoy-fetch');
    await page.waitForFunction(() => /no WRES actions shared for 2019-20/.test(document.getElementById('yoy-status')?.textContent ?? ''));
    expect(await page.locator('#yoy-summary').count()).toBe(0);
    await page.close();
  });
});
