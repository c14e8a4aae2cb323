import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPARE_SHEET, COVERED_COLOUR, describeCounts, MATRIX_HEADER_ROW } from '../../addin/compare/compare-sheet';
import { columnLetter } from '../../addin/excel/a1';
import { checkPlan } from '../../shared/check-plan';
import { RAG_PALETTE } from '../../shared/rag';
import type { CompareResponse } from '../../shared/sync';
import { readWorkbook } from '../../shared/xlsx';
import { devSignIn, fillField, openTab } from '../support/pane-page';
import { startSyncStack, type SyncStack } from '../support/sync-stack';

const STANDARD = 'WDES';
const PERIOD = '2020-21';
let stack: SyncStack;

beforeAll(async () => {
  stack = await startSyncStack('e2ecompare');
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

/** Pushes rows to a trust's plan as one of its editors would. */
async function push(trust: string, changes: { id: string; base?: Record<string, string>; set: Record<string, string> }[]) {
  const token = await stack.token({ sub: `editor-${trust}`, name: `Editor ${trust}`, trust, role: 'editor' });
  const res = await fetch(`${stack.serviceUrl}/v1/trusts/${trust}/plans/${STANDARD}/${PERIOD}/push`, {
    method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ pushId: randomUUID(), changes: changes.map((c) => ({ base: {}, ...c })) }),
  });
  expect(res.status).toBe(200);
  expect((await res.json()).conflicts).toEqual([]);
  return token;
}

const hex = (rgb: string) => `#${(rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('').toUpperCase()}`;

describe('Compare region (real Chromium, real service, Azurite)', () => {
  it('a regional lead builds the compare sheet of two trusts, with coloured cells and charts, and refreshes it in place', async () => {
    // RXT: the real Birmingham and Solihull WDES plan, as the pane reads it.
    const { sheets } = await readWorkbook(readFileSync('samples/bsmhft-wdes-2020-21.xlsx'));
    const report = sheets.map((g) => checkPlan(g, { asAt: new Date(Date.UTC(2021, 2, 31)) })).sort((a, b) => b.actions.length - a.actions.length)[0];
    expect(report.actions.length).toBeGreaterThan(10);
    const rxtToken = await push('RXT', report.actions.map((a, i) => ({
      id: `rxt-${i}`, set: { indicator: a.indicator ?? '', action: a.action, lead: a.lead, due: a.due.text, status: a.status },
    })));
    const snap = await fetch(`${stack.serviceUrl}/v1/trusts/RXT/plans/${STANDARD}/${PERIOD}/snapshots`, {
      method: 'POST', headers: { authorization: `Bearer ${rxtToken}`, 'content-type': 'application/json' }, body: JSON.stringify({ label: 'Board approved March 2021' }),
    });
    expect(snap.status).toBe(201);
    // RP1: a small plan with every RAG, one action with no status, and gaps.
    await push('RP1', [
      { id: 'rp1-a', set: { indicator: '1', action: 'Reasonable adjustments passport', lead: 'HR', due: 'March 2099', status: 'Completed' } },
      { id: 'rp1-b', set: { indicator: '1', action: 'Audit of adjustments', lead: 'EDI', due: 'March 2099', status: 'Not Started' } },
      { id: 'rp1-c', set: { indicator: '2', action: 'Shortlisting review', lead: 'HR', due: 'March 2099', status: 'In Progress' } },
      { id: 'rp1-d', set: { indicator: '4', action: 'Harassment reporting', lead: 'FTSU', due: 'March 2099', status: 'New' } },
      { id: 'rp1-e', set: { indicator: '9', action: 'Staff network', lead: 'EDI', due: 'March 2099', status: '' } },
      // The plan's own HIA column says this career-progression action is about pay gaps (HIA 3).
      { id: 'rp1-f', set: { indicator: '5', hia: 'HIA 3', action: 'Close the disability pay gap at band 8a and above', lead: 'Reward', due: 'March 2099', status: 'In Progress' } },
    ]);

    const page = await stack.browser.newPage({ viewport: { width: 1600, height: 1100 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${stack.previewUrl}?service=${encodeURIComponent(stack.serviceUrl)}&user=lee`);
    await page.waitForSelector('#compare-build', { state: 'attached' });
    // Signed out: the view says so plainly and offers nothing to press.
    expect(await page.textContent('#compare-status')).toContain('Sign in as a regional lead to compare the region');
    expect(await page.$eval('#compare-build', (b) => b.hasAttribute('disabled'))).toBe(true);
    expect(await page.isHidden('#tab-compare')).toBe(true); // not a regional lead yet: no Compare tab

    // Sign in (Sync tab) as the regional lead of Y60: the Compare tab appears.
    await devSignIn(page, 'lee regional-lead Y60');
    await openTab(page, 'compare');
    await page.waitForFunction(() => !(document.getElementById('compare-build') as HTMLButtonElement).disabled);
    expect(await page.inputValue('#compare-region input')).toBe('Y60');
    await page.selectOption('#compare-standard', STANDARD);
    await fillField(page, 'compare-period', PERIOD);
    await page.click('#compare-build');
    await page.waitForFunction(() => /Compared 2 trust/.test(document.getElementById('compare-status')?.textContent ?? ''), undefined, { timeout: 30_000 });

    // What the service says, to check the sheet against.
    const lead = await stack.token({ sub: 'lee', name: 'Lee', role: 'regional-lead', region: 'Y60' });
    const data = (await (await fetch(`${stack.serviceUrl}/v1/regions/Y60/compare?standard=${STANDARD}&period=${PERIOD}`, { headers: { authorization: `Bearer ${lead}` } })).json()) as CompareResponse;
    expect(data.trusts.map((t) => t.trust).sort()).toEqual(['RP1', 'RXT']);

    type Sheet = { name: string; values: unknown[][]; charts?: { name: string; dataRange: string; bars: { label: string; values: number[] }[] }[] };
    const readSheets = () => page.evaluate(() => {
      const w = window as unknown as { previewAdapter: { sheets(): unknown[]; activeSheet(): { name: string } } };
      return { sheets: JSON.parse(JSON.stringify(w.previewAdapter.sheets())) as unknown[], active: w.previewAdapter.activeSheet().name };
    }) as Promise<{ sheets: Sheet[]; active: string }>;
    let { sheets: book, active } = await readSheets();
    expect(active).toBe(COMPARE_SHEET);
    let sheet = book.find((s) => s.name === COMPARE_SHEET)!;
    const header = sheet.values[MATRIX_HEADER_ROW - 1] as string[];
    expect(header.slice(0, 4)).toEqual(['Trust', 'Name', 'Actions', 'WDES 1']);
    for (const t of data.trusts) {
      const r = sheet.values.findIndex((row) => row[0] === t.trust);
      expect(r).toBeGreaterThan(MATRIX_HEADER_ROW - 1);
      expect(sheet.values[r][1]).toBe(t.name);
      expect(sheet.values[r][2]).toBe(t.actionCount);
      expect(sheet.values[r][header.indexOf('WDES 1')]).toBe(describeCounts(t.byIndicator['1']));
    }
    const rxtBoard = sheet.values.find((row) => row[0] === 'RXT')![header.indexOf('Board approved')];
    expect(rxtBoard).toMatch(/\(Board approved March 2021\)$/);

    // The RP1 cells are coloured by their worst RAG, with the breakdown in words.
    const rp1Row = sheet.values.findIndex((row) => row[0] === 'RP1') + 1;
    const cell = (name: string, row = rp1Row) => page.locator(`td[data-address="${columnLetter(header.indexOf(name))}${row}"]`);
    expect(await cell('WDES 1').textContent()).toBe('2 actions: 1 red, 1 green');
    expect(hex(await cell('WDES 1').evaluate((e) => getComputedStyle(e).backgroundColor))).toBe(RAG_PALETTE.red.fill);
    expect(hex(await cell('WDES 2').evaluate((e) => getComputedStyle(e).backgroundColor))).toBe(RAG_PALETTE.amber.fill);
    expect(hex(await cell('WDES 4').evaluate((e) => getComputedStyle(e).backgroundColor))).toBe(RAG_PALETTE.blue.fill);
    expect(await cell('WDES 9').textContent()).toBe('1 action: 1 no status');
    expect(await cell('WDES 3').textContent()).toBe('No actions');

    // Beside the indicators, the trusts × high impact actions matrix: RP1's pay gap action (its HIA column says HIA 3),
    // its other actions through their metrics (1, 2 and 5 → HIA 2; 4 and 9 → HIA 6), and its gaps.
    expect(header.slice(header.indexOf('Board approved') + 1)).toEqual(['', 'HIA 1: Board EDI objectives', 'HIA 2: Recruitment & talent', 'HIA 3: Pay gaps',
      'HIA 4: Health inequalities', 'HIA 5: International recruits', 'HIA 6: Bullying & harassment', 'HIAs with no actions']);
    expect(await cell('HIA 3: Pay gaps').textContent()).toBe('1 action: 1 amber');
    expect(hex(await cell('HIA 3: Pay gaps').evaluate((e) => getComputedStyle(e).backgroundColor))).toBe(RAG_PALETTE.amber.fill);
    expect(await cell('HIA 2: Recruitment & talent').textContent()).toBe('3 actions: 1 red, 1 amber, 1 green');
    expect(await cell('HIA 6: Bullying & harassment').textContent()).toBe('2 actions: 1 blue, 1 no status');
    expect(await cell('HIAs with no actions').textContent()).toBe('HIA 1, HIA 4, HIA 5');
    // RXT's real WDES plan: presenteeism, reasonable adjustments and capability actions serve HIA 4.
    const rxtRow = sheet.values.findIndex((row) => row[0] === 'RXT') + 1;
    expect(await cell('HIA 4: Health inequalities', rxtRow).textContent()).toBe(describeCounts(data.trusts.find((t) => t.trust === 'RXT')!.byHia['4']));
    expect(data.trusts.find((t) => t.trust === 'RXT')!.byHia['4'].actions).toBe(report.coverage.hia['4']);

    // Three charts, over the numeric blocks, drawn in the preview: the last is the region's HIA coverage.
    expect(sheet.charts?.map((c) => c.name)).toEqual(['RAG per trust', 'RAG per indicator', 'HIA coverage']);
    expect(sheet.charts![0].bars.map((b) => b.label).sort()).toEqual(data.trusts.map((t) => t.name).sort());
    expect(sheet.charts![2].bars.map((b) => [b.label, b.values])).toEqual([
      ['HIA 1: Board EDI objectives', [0, 2]], ['HIA 2: Recruitment & talent', [2, 0]], ['HIA 3: Pay gaps', [1, 1]],
      ['HIA 4: Health inequalities', [1, 1]], ['HIA 5: International recruits', [0, 2]], ['HIA 6: Bullying & harassment', [2, 0]],
    ]);
    expect(await page.locator('figure.chart').count()).toBe(3);
    const coverage = page.locator('figure.chart[data-chart="HIA coverage"]');
    expect(await coverage.locator('figcaption').textContent()).toMatch(/^High impact action coverage across Y60/);
    expect(hex(await coverage.locator('.chart-seg[title*="Trusts with actions"]').first().evaluate((e) => getComputedStyle(e).backgroundColor))).toBe(COVERED_COLOUR);
    expect(await page.textContent('#compare-summary')).toContain('none against high impact action 1, 4, 5');
    expect(await page.locator('figure.chart .chart-seg').count()).toBeGreaterThan(4);

    // RP1 finishes its audit; the lead refreshes: same tab, new numbers, still one set of charts.
    await push('RP1', [{ id: 'rp1-b', base: { status: 'Not Started' }, set: { status: 'Completed' } }]);
    await page.click('#compare-build');
    await page.waitForFunction(() => /Compared 2 trust/.test(document.getElementById('compare-status')?.textContent ?? '') && document.getElementById('compare-build')?.textContent === 'Refresh compare sheet' && !(document.getElementById('compare-build') as HTMLButtonElement).disabled);
    await page.waitForFunction((addr) => document.querySelector(`td[data-address="${addr}"]`)?.textContent === '2 actions: 2 green', `${String.fromCharCode(65 + header.indexOf('WDES 1'))}${rp1Row}`);
    ({ sheets: book, active } = await readSheets());
    expect(book.filter((s) => s.name === COMPARE_SHEET)).toHaveLength(1);
    sheet = book.find((s) => s.name === COMPARE_SHEET)!;
    expect(sheet.charts).toHaveLength(3);
    expect(await page.locator('figure.chart').count()).toBe(3);
    expect(await cell('HIA 2: Recruitment & talent').textContent()).toBe('3 actions: 1 amber, 2 green');
    expect(hex(await cell('WDES 1').evaluate((e) => getComputedStyle(e).backgroundColor))).toBe(RAG_PALETTE.green.fill);
    expect(await page.locator('.tab', { hasText: COMPARE_SHEET }).count()).toBe(1);
    expect(await page.locator('#compare-summary li').count()).toBe(2);

    await page.screenshot({ path: join('test-output/screenshots', 'compare-sheet.png') });
    // The HIA matrix, scrolled into view, and the HIA coverage chart.
    await cell('HIA 1: Board EDI objectives', MATRIX_HEADER_ROW).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join('test-output/screenshots', 'compare-sheet-hia.png') });
    await coverage.screenshot({ path: join('test-output/screenshots', 'compare-hia-coverage-chart.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
