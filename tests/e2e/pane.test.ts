import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RAG_PALETTE } from '../../shared/rag';
import { checkPlan } from '../../shared/check-plan';
import { readWorkbook } from '../../shared/xlsx';
import { SHOTS, usePreviewBrowser } from '../support/preview-browser';
import { openTab, setAsAt } from '../support/pane-page';

const AS_AT = '2021-03-31';
const pane = usePreviewBrowser();

const hexToRgb = (hex: string) => `rgb(${parseInt(hex.slice(1, 3), 16)}, ${parseInt(hex.slice(3, 5), 16)}, ${parseInt(hex.slice(5, 7), 16)})`;

async function openPreview(width = 1280): Promise<Page> {
  const page = await pane.browser().newPage({ viewport: { width, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(pane.url());
  await page.waitForSelector('#validate');
  await page.waitForFunction(() => document.querySelectorAll('#sample option').length > 1);
  return page;
}

async function loadSample(page: Page, name: string) {
  await page.selectOption('#sample', name);
  await page.waitForFunction((n) => document.getElementById('load-status')?.textContent === `Loaded ${n}`, name);
  await setAsAt(page, AS_AT);
}

describe('the task pane in preview mode (real Chromium)', () => {
  for (const name of ['bsmhft-wdes-2020-21.xlsx', 'kmpt-wres-2020-22.xlsx', 'somerset-wres-2020-21.xlsx']) {
    it(`validates ${name}: the issue count and RAG fills the core gives`, async () => {
      const { sheets } = await readWorkbook(readFileSync(join('samples', name)));
      const expected = checkPlan(sheets[0], { asAt: new Date(`${AS_AT}T12:00:00Z`) });
      const page = await openPreview();
      await loadSample(page, name);
      await page.click('#validate');
      await page.waitForSelector('#readiness');
      // Every finding is listed (many of one kind folded into one line that opens).
      expect(await page.locator('#issues .issue:not(.group)').count()).toBe(expected.issues.length);
      expect(await page.textContent('#issues h2')).toBe(`Issues (${expected.issues.length})`);
      for (const action of expected.actions.filter((a) => a.rag).slice(0, 5)) {
        // A plan with no status column (Somerset) is coloured on its action cell, as planFills does.
        const cells = (action as { cells?: { status?: string; action?: string } }).cells;
        const column = cells?.status ?? expected.columns.status ?? cells?.action ?? expected.columns.action;
        const bg = await page.$eval(`td[data-address="${column}${action.row}"]`, (el) => getComputedStyle(el).backgroundColor);
        expect(bg).toBe(hexToRgb(RAG_PALETTE[action.rag!].fill));
      }
      await page.screenshot({ path: join(SHOTS, `pane-${name.replace('.xlsx', '')}.png`) });
      await page.close();
    });
  }

  it('selects the cell when an issue is clicked', async () => {
    const page = await openPreview();
    await loadSample(page, 'kmpt-wres-2020-22.xlsx');
    await page.click('#validate');
    const issue = page.locator('#issues .issue[data-address]:visible').first();
    const address = await issue.getAttribute('data-address');
    await issue.click();
    await expect.poll(() => page.$eval(`td[data-address="${address}"]`, (el) => el.getAttribute('aria-selected'))).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-address'))).toBe(address);
    await page.close();
  });

  it('works by keyboard alone', async () => {
    const page = await openPreview();
    await loadSample(page, 'somerset-wres-2020-21.xlsx');
    await page.focus('#validate');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#readiness');
    await page.focus('#validate');
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.classList.contains('issue') ?? false);
    }
    expect(reached).toBe(true);
    const address = await page.evaluate(() => document.activeElement?.getAttribute('data-address'));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.$eval(`td[data-address="${address}"]`, (el) => el.getAttribute('aria-selected'))).toBe('true');
    expect(await page.textContent('#announce')).toMatch(/actions checked/);
    await page.close();
  });

  it("says why a status has no colour when the plan's key gives it none, under the RAG counts", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Plan').addRows([
      ['WDES action plan 2025/26'],
      ['Ref', 'Action', 'Lead', 'Due', 'Status'],
      ['1', 'Relaunch the declaration campaign through ESR.', 'Head of Workforce Information', 'Mar 2026', 'On track'],
      ['2', 'Set up a central reasonable adjustments fund.', 'Head of Occupational Health', 'Mar 2026', 'Not yet due'],
      ['3', 'Add a disability question to exit interviews.', 'HR Business Partner', 'Mar 2026', 'Not yet due'],
      [],
      ['Status: Complete (blue) – On track (green) – At risk (amber) – Off track (red) – Not yet due (no rating)'],
    ]);
    const page = await openPreview();
    await page.setInputFiles('#file', { name: 'wdes-key.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(await wb.xlsx.writeBuffer()) });
    await page.waitForFunction(() => document.getElementById('load-status')?.textContent === 'Loaded wdes-key.xlsx');
    await setAsAt(page, '2025-06-30');
    await page.click('#validate');
    await page.waitForSelector('#readiness');
    expect(await page.textContent('#rag-counts [data-rag="none"]')).toBe('No status: 2');
    expect(await page.locator('#rag-why li').allTextContents()).toEqual(["2 actions: Status 'Not yet due' has no colour: the plan's key names it with no colour"]);
    await page.locator('#counts').screenshot({ path: join(SHOTS, 'pane-status-no-colour.png') });
    await page.close();
  });

  it('keeps markup and script in cells inert, in the grid and in the pane', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Plan').addRows([
      ['WRES action plan 2023/24'],
      ['Indicator', 'Action', 'Lead', 'Timescale', 'Status'],
      ['1', '<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=2</script>', 'TBC <b>soon</b>', 'Unknown'],
    ]);
    const page = await openPreview();
    await page.setInputFiles('#file', { name: 'evil.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(await wb.xlsx.writeBuffer()) });
    await page.waitForFunction(() => document.getElementById('load-status')?.textContent === 'Loaded evil.xlsx');
    await page.click('#validate');
    await page.waitForSelector('#readiness');
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('#grid script, #pane script').count()).toBe(0);
    expect(await page.textContent('td[data-address="B3"]')).toBe('<img src=x onerror="window.__pwned=1">');
    expect(await page.locator('#issues').textContent()).toContain('<');
    await page.close();
  });

  it('switching from whole rows back to status cells leaves no row fill, and Clear colours puts the plan\'s own fills back', async () => {
    const page = await openPreview();
    await loadSample(page, 'bsmhft-wdes-2020-21.xlsx');
    const bg = (a: string) => page.$eval(`td[data-address="${a}"]`, (el) => getComputedStyle(el).backgroundColor);
    const headerFill = await bg('B4'); // the plan's own grey header
    await openTab(page, 'settings');
    await page.selectOption('#colour-mode', 'row');
    await openTab(page, 'check');
    await page.click('#validate');
    await page.waitForSelector('#readiness');
    await expect.poll(() => bg('B5')).toBe(hexToRgb(RAG_PALETTE.red.fill));
    await openTab(page, 'settings');
    await page.selectOption('#colour-mode', 'status');
    await expect.poll(() => bg('B5')).toBe('rgba(0, 0, 0, 0)');
    expect(await bg('E5')).toBe(hexToRgb(RAG_PALETTE.red.fill));
    await openTab(page, 'check');
    await page.click('#clear-colours');
    await expect.poll(() => bg('E5')).toBe('rgba(0, 0, 0, 0)');
    expect(await bg('B4')).toBe(headerFill);
    await page.close();
  });

  it('rows inserted above the plan by hand after colouring: the check reads the same, and Clear colours puts every cell\'s own look back at its new place', async () => {
    const page = await openPreview();
    await loadSample(page, 'bsmhft-wdes-2020-21.xlsx');
    const bg = (a: string) => page.$eval(`td[data-address="${a}"]`, (el) => getComputedStyle(el).backgroundColor);
    // Every cell's look (background) by address, as the page shows it (merged cells show once, at their top-left).
    const looks = async () => new Map(await page.$$eval('td[data-address]', (cells) => cells.map((td): [string, string] => [td.getAttribute('data-address')!, getComputedStyle(td).backgroundColor])));
    // Before the plan was ever coloured; its columns A–H (the check adds its hidden id column after them).
    const own = new Map([...(await looks())].filter(([address]) => /^[A-H]\d/.test(address)));
    const moved = (address: string) => address.replace(/\d+$/, (row) => String(Number(row) >= 5 ? Number(row) + 2 : Number(row)));
    await page.click('#validate');
    await page.waitForSelector('#readiness');
    const issues = await page.textContent('#issues h2');
    await expect.poll(() => bg('E5')).not.toBe(own.get('E5'));
    // Two rows inserted by hand above the first action (the preview's toolbar, as Excel's Insert): the coloured cells move
    // down, and after each the pane checks and colours the plan again by itself (live re-validation): wait for it.
    await page.click('td[data-address="E5"]');
    for (let i = 0; i < 2; i++) {
      await page.$eval('#readiness', (el) => el.setAttribute('data-seen', ''));
      await page.click('#insert-row');
      await page.waitForFunction(() => document.getElementById('readiness') && !document.getElementById('readiness')!.hasAttribute('data-seen'));
    }
    expect(await page.textContent('#issues h2')).toBe(issues);
    await page.click('#clear-colours');
    await expect.poll(() => bg('E7')).toBe(own.get('E5'));
    const back = await looks();
    expect([...own].filter(([address, look]) => back.get(moved(address)) !== look).map(([address]) => moved(address))).toEqual([]);
    for (const row of [5, 6]) expect(await bg(`E${row}`)).toBe('rgba(0, 0, 0, 0)'); // the rows put in are plain
    await page.close();
  });

  it("reads a plan whose action text's colour is its status the same after colouring it (holdout17 inglesby)", async () => {
    const page = await openPreview();
    const bytes = readFileSync(join('tests', 'corpus', 'holdout17', 'holdout17-wres-2025-26-inglesby.xlsx'));
    await page.setInputFiles('#file', { name: 'inglesby.xlsx', mimeType: 'application/octet-stream', buffer: bytes });
    await page.waitForFunction(() => document.getElementById('load-status')?.textContent === 'Loaded inglesby.xlsx');
    await setAsAt(page, '2025-10-01');
    const bg = (a: string) => page.$eval(`td[data-address="${a}"]`, (el) => getComputedStyle(el).backgroundColor);
    const plain = await bg('C10');
    // What the pane shows of the plan: its readiness, its findings and where it read each field.
    const shown = async () => ({ summary: await page.textContent('#summary'), issues: await page.textContent('#issues'), columns: await page.textContent('#columns') });
    await page.click('#validate');
    await page.waitForSelector('#readiness');
    await expect.poll(() => bg('C10')).not.toBe(plain); // the action cell is coloured: the plan has no status column
    const first = await shown();
    await page.click('#validate');
    await page.waitForSelector('#readiness');
    expect(await shown()).toEqual(first);
    await page.close();
  });

  it('edits the preview as Excel does: type, paste a block, delete, insert and delete rows', async () => {
    const page = await openPreview();
    await loadSample(page, 'somerset-wres-2020-21.xlsx');
    const text = (a: string) => page.textContent(`td[data-address="${a}"]`);
    // Type: click a cell, type, Enter (the old text is replaced; the selection moves down).
    await page.click('td[data-address="E5"]');
    await page.keyboard.type('Head of EDI');
    await page.keyboard.press('Enter');
    expect(await text('E5')).toBe('Head of EDI');
    expect(await page.getAttribute('td[data-address="E6"]', 'aria-selected')).toBe('true');
    // Paste a 2 × 2 block copied from Excel.
    await page.click('td[data-address="E7"]');
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'Ann Smith\tQ1 2024\r\nBob Jones\tQ2 2024\r\n');
      document.querySelector('td[data-address="E7"]')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    });
    expect([await text('E7'), await text('F7'), await text('E8'), await text('F8')]).toEqual(['Ann Smith', 'Q1 2024', 'Bob Jones', 'Q2 2024']);
    // Delete clears the selected cell.
    await page.click('td[data-address="E8"]');
    await page.keyboard.press('Delete');
    expect(await text('E8')).toBe('');
    // Insert a row above row 7, then delete it again.
    await page.click('td[data-address="D7"]');
    await page.click('#insert-row');
    expect(await text('E8')).toBe('Ann Smith');
    expect(await text('E7')).toBe('');
    await page.click('td[data-address="D7"]');
    await page.click('#delete-row');
    expect(await text('E7')).toBe('Ann Smith');
    // The pane checks the edited sheet again by itself.
    await page.click('#validate');
    await page.waitForSelector('#readiness');
    await page.close();
  });

  it('fits a 320px-wide pane', async () => {
    const page = await pane.browser().newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(pane.url());
    await page.waitForSelector('#validate');
    const overflow = await page.$eval('#pane', (el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
