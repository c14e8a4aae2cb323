import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SHOTS, usePreviewBrowser } from '../support/preview-browser';
import { openTab } from '../support/pane-page';

const pane = usePreviewBrowser();

/** A workbook as many trusts keep it: a "Key" sheet first (status words in cells of their colour), the plan, with no key, after it. */
async function workbookWithKeySheet(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const key = wb.addWorksheet('Key');
  key.addRows([['Key to RAG ratings'], [], ['Complete', 'Action delivered, with evidence'], ['On track', 'Will be delivered by the date'], ['At risk', 'Some slippage'], ['Not started', 'Not begun']]);
  ['FF0070C0', 'FF00B050', 'FFFFC000', 'FFFF0000'].forEach((argb, i) => (key.getCell(3 + i, 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } }));
  wb.addWorksheet('WRES plan').addRows([
    ['WRES action plan 2023-24'],
    ['Ref', 'Action', 'Lead', 'Timescale', 'Status'],
    ['1', 'Publish the WRES data on the staff intranet', 'Head of EDI', 'March 2099', 'Complete'],
    ['2', 'Run reverse mentoring for the executive team', 'Chief People Officer', 'March 2099', 'On track'],
    ['3', 'Audit shortlisting panels for diversity', 'HR Business Partner', 'March 2099', 'Not started'],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('a RAG key kept on a sheet of its own (real Chromium, preview)', () => {
  it("checks the plan with the Key sheet's key: Settings shows its entries and says it came from the Key sheet", async () => {
    const page = await pane.browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${pane.url()}?user=keysheet`);
    await page.waitForSelector('#validate');
    await page.setInputFiles('#file', { name: 'wres-plan.xlsx', mimeType: 'application/octet-stream', buffer: await workbookWithKeySheet() });
    await page.waitForFunction(() => document.getElementById('load-status')?.textContent === 'Loaded wres-plan.xlsx');
    // She goes to the plan's sheet, as in Excel, and checks it.
    await page.click('.tabs button:has-text("WRES plan")');
    await page.click('#validate');
    await page.waitForSelector('#readiness');

    await openTab(page, 'settings');
    await page.waitForSelector('#rag-key');
    expect(await page.textContent('#rag-key-source')).toBe('Key read from the “Key” sheet.');
    const entries = await page.$$eval('#rag-key .select-field', (rows) => rows.map((r) => [r.querySelector('span')?.textContent?.trim(), (r.querySelector('select') as HTMLSelectElement | null)?.value]));
    expect(entries.slice(0, 4)).toEqual([['“Complete” means', 'blue'], ['“On track” means', 'green'], ['“At risk” means', 'amber'], ['“Not started” means', 'red']]);
    // The plan's 'Complete' is coloured blue (complete), not green as the usual NHS words would have it.
    const fill = await page.evaluate(() => (window as unknown as { previewAdapter: { sheets(): { name: string; fills: (string | null)[][] }[] } }).previewAdapter.sheets().find((s) => s.name === 'WRES plan')!.fills[2]?.[4]);
    expect(fill?.toUpperCase()).toBe('#005EB8'); // the palette's blue
    await page.screenshot({ path: join(SHOTS, 'key-sheet.png') });
    await page.close();
  });
});
