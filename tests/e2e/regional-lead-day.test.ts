import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPARE_SHEET } from '../../addin/compare/compare-sheet';
import { checkPlan } from '../../shared/check-plan';
import { RAG_PALETTE } from '../../shared/rag';
import { readWorkbook } from '../../shared/xlsx';
import { seriousViolations, type AxeFinding } from '../support/axe';
import { devSignIn, openTab, setAsAt } from '../support/pane-page';
import { startSyncStack, type SyncStack } from '../support/sync-stack';

const SHOTS = 'test-output/screenshots/regional-lead-day';
let stack: SyncStack;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  stack = await startSyncStack('leadday');
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

/** A trust's editor shares the trust's real plan, as their pane would on first push. */
async function share(trust: string, file: string, editor: string) {
  const { sheets } = await readWorkbook(readFileSync(file));
  const report = checkPlan(sheets[0], { asAt: new Date('2021-03-31T12:00:00Z') });
  const token = await stack.token({ sub: editor, name: editor, trust, role: 'editor' });
  const res = await fetch(`${stack.serviceUrl}/v1/trusts/${trust}/plans/WRES/2020-21/push`, {
    method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ pushId: randomUUID(), changes: report.actions.map((a, i) => ({ id: `${trust}-${i}`, base: {}, set: { indicator: a.indicator ?? '', action: a.action, lead: a.lead, due: a.due.text, status: a.status } })) }),
  });
  expect(res.status).toBe(200);
  return token;
}

describe('a regional lead\'s day in the preview (real Chromium, real service, Azurite)', () => {
  it('opens a trust\'s plan, checks it, compares the region, sees an editor\'s change on refresh, and downloads the compare sheet', async () => {
    // RXY (Kent and Medway) and RH5 (Somerset) share their WRES 2020-21 plans; both are in region Y60 for this test.
    const admin = await stack.token({ sub: 'admin', name: 'Admin', role: 'admin' });
    for (const [code, name] of [['RXY', 'Kent and Medway NHS and Social Care Partnership Trust'], ['RH5', 'Somerset NHS Foundation Trust']]) {
      const res = await fetch(`${stack.serviceUrl}/v1/trusts/${code}`, { method: 'PUT', headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' }, body: JSON.stringify({ name, region: 'Y60' }) });
      expect(res.ok).toBe(true);
    }
    await share('RXY', 'samples/kmpt-wres-2020-22.xlsx', 'kim');
    const somerset = await share('RH5', 'samples/somerset-wres-2020-21.xlsx', 'sam');

    const page = await stack.browser.newPage({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const axe: Record<string, AxeFinding[]> = {};
    await page.goto(`${stack.previewUrl}?service=${encodeURIComponent(stack.serviceUrl)}&user=lee`);
    await page.waitForSelector('#validate');

    // 1–2. A trust sent her its plan: she opens and checks it, as its HR lead would.
    await page.setInputFiles('#file', { name: 'somerset-wres-2020-21.xlsx', mimeType: 'application/octet-stream', buffer: readFileSync('samples/somerset-wres-2020-21.xlsx') });
    await page.waitForFunction(() => /^Loaded /.test(document.getElementById('load-status')?.textContent ?? ''));
    await setAsAt(page, '2021-03-31');
    await page.click('#validate');
    await page.waitForSelector('#readiness');
    expect(await page.textContent('#readiness')).toBe('Not ready for the board: 5 must fix');
    // A plan-wide finding reads as a finding, not as a greyed-out button.
    const planWide = page.locator('#issues .issue.plan-wide').first();
    expect(await planWide.evaluate((e) => e.tagName)).toBe('DIV');
    expect(await planWide.textContent()).toMatch(/Whole plan.*indicator 3 has no action/);
    await shot(page, '01-checked');
    axe.check = await seriousViolations(page);

    // 3. She signs in: the Compare tab appears, and nothing offers her a Push.
    expect(await page.isHidden('#tab-compare')).toBe(true);
    await devSignIn(page, 'lee regional-lead Y60');
    expect(await page.textContent('#sync-status')).toMatch(/Regional leads read plans: use the Compare tab/);
    expect(await page.isHidden('#sync-push')).toBe(true);
    expect(await page.isVisible('#tab-compare')).toBe(true);

    // 4. Compare the region: the standard and period come from the plan she opened.
    await openTab(page, 'compare');
    expect(await page.inputValue('#compare-region input')).toBe('Y60');
    expect(await page.inputValue('#compare-standard')).toBe('WRES');
    expect(await page.inputValue('#compare-period input')).toBe('2020-21');
    await page.click('#compare-build');
    await page.waitForFunction(() => /Compared \d+ trust/.test(document.getElementById('compare-status')?.textContent ?? ''), undefined, { timeout: 30_000 });
    const sheetText = () => page.evaluate(() => (window as unknown as { previewAdapter: { activeSheet(): { name: string; values: unknown[][] } } }).previewAdapter.activeSheet());
    let sheet = await sheetText();
    expect(sheet.name).toBe(COMPARE_SHEET);
    expect(sheet.values.map((r) => r.join(' ')).join('\n')).toMatch(/Kent and Medway[\s\S]*Somerset|Somerset[\s\S]*Kent and Medway/);
    await shot(page, '02-compared');
    axe.compare = await seriousViolations(page);

    // 5. Somerset's editor completes an action; the lead refreshes and sees it.
    const plan = await (await fetch(`${stack.serviceUrl}/v1/trusts/RH5/plans/WRES/2020-21`, { headers: { authorization: `Bearer ${somerset}` } })).json() as { rows: { id: string; fields: Record<string, string> }[] };
    const before = sheet.values.find((r) => r[0] === 'RH5')!.join(' ');
    const target = plan.rows[0];
    const res = await fetch(`${stack.serviceUrl}/v1/trusts/RH5/plans/WRES/2020-21/push`, {
      method: 'POST', headers: { authorization: `Bearer ${somerset}`, 'content-type': 'application/json' },
      body: JSON.stringify({ pushId: randomUUID(), changes: [{ id: target.id, base: { status: target.fields.status ?? '' }, set: { status: 'Completed' } }] }),
    });
    expect(res.status).toBe(200);
    await page.click('#compare-build');
    await page.waitForFunction(() => document.getElementById('compare-build')?.textContent === 'Refresh compare sheet' && !document.getElementById('compare-build')?.hasAttribute('disabled'));
    await page.waitForFunction((old) => {
      const w = window as unknown as { previewAdapter: { activeSheet(): { values: unknown[][] } } };
      return w.previewAdapter.activeSheet().values.find((r) => r[0] === 'RH5')?.join(' ') !== old;
    }, before);
    sheet = await sheetText();
    expect(sheet.values.find((r) => r[0] === 'RH5')!.join(' ')).toMatch(/green/);
    await shot(page, '03-refreshed');

    // 6. The workbook, compare sheet included, downloads as .xlsx with its colours.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const compare = wb.getWorksheet(COMPARE_SHEET)!;
    const fills = new Set<string>();
    compare.eachRow((row) => row.eachCell((c) => { const argb = (c.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb; if (argb) fills.add(argb); }));
    expect([...fills].some((f) => [RAG_PALETTE.red.fill, RAG_PALETTE.green.fill, RAG_PALETTE.amber.fill].map((h) => `FF${h.slice(1)}`).includes(f))).toBe(true);

    await openTab(page, 'sync');
    axe.sync = await seriousViolations(page);
    expect(axe, JSON.stringify(axe)).toEqual({ check: [], compare: [], sync: [] });
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
