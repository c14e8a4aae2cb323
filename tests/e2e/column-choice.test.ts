import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../shared/check-plan';
import type { CellValue } from '../../shared/types';
import { SHOTS, usePreviewBrowser } from '../support/preview-browser';
import { openTab } from '../support/pane-page';
import { ashcombe } from '../support/forms-to-correct';

const pane = usePreviewBrowser();

/** A plan whose lead column has a header no reader knows ("Info") over first names only: nothing says "lead". */
const ROWS: CellValue[][] = [
  ['WRES action plan 2023-24'],
  ['Indicator', 'Action', 'Info', 'Timescale', 'Status'],
  ['1', 'Reverse mentoring for senior leaders', 'Amara', 'March 2099', 'On track'],
  ['2', 'Shortlisting audit', 'Ben', 'March 2099', 'On track'],
  ['3', 'Disciplinary case review', 'Chloe', 'March 2099', 'On track'],
];
// The reader, on its own, finds no lead column here; with the user's choice it reads C.
const before = checkPlan({ values: ROWS }, { asAt: new Date('2024-01-01') });
const after = checkPlan({ values: ROWS }, { asAt: new Date('2024-01-01'), columns: { lead: 'C' } });

describe('choosing a column the reader is unsure of (real Chromium)', () => {
  it('asks which column holds the lead, keeps the answer with the workbook, checks with it, and still has it after a reload', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Plan').addRows(ROWS);
    const page = await pane.browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${pane.url()}?user=columns`);
    await page.waitForSelector('#validate');
    await page.setInputFiles('#file', { name: 'sponsor-plan.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(await wb.xlsx.writeBuffer()) });
    await page.waitForFunction(() => document.getElementById('load-status')?.textContent === 'Loaded sponsor-plan.xlsx');
    await page.click('#validate');
    await page.waitForSelector('#readiness');

    // The Check tab asks, and takes her to the question.
    expect(await page.textContent('#summary')).toContain('Which column holds the lead?');
    expect(await page.locator('#issues [data-rule="lead-missing"]').count()).toBeGreaterThan(0);
    await page.click('#answer-columns');
    await page.waitForSelector('#panel-settings:not([hidden])');
    await page.waitForSelector('#column-lead');
    expect(await page.textContent('label[for="column-lead"]')).toContain('Which column holds the lead?');
    const offered = await page.$$eval('#column-lead option', (os) => os.map((o) => o.textContent));
    expect(before.columns.lead).toBeUndefined();
    expect(after.actions[0].lead).toBe('Amara');
    expect(offered).toContain('C — Info');
    await page.selectOption('#column-lead', 'C');
    await page.waitForFunction(() => /Checked again with the lead in C/.test(document.getElementById('announce')?.textContent ?? ''));
    const kept = await page.evaluate(() => (window as unknown as { previewAdapter: { readState(k: string): Promise<{ columns: Record<string, string> }> } }).previewAdapter.readState('settings'));
    expect(kept.columns).toEqual({ lead: 'C' });
    await openTab(page, 'check');
    expect(await page.locator('#issues [data-rule="lead-missing"]').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'column-choice.png') });

    // A reload (Excel reopening the file) keeps the choice and checks with it again.
    await page.reload();
    await page.waitForFunction(() => /Restored sponsor-plan\.xlsx/.test(document.getElementById('load-status')?.textContent ?? ''));
    await page.click('#validate');
    await page.waitForSelector('#readiness');
    await openTab(page, 'settings');
    await page.waitForSelector('#column-lead');
    expect(await page.inputValue('#column-lead')).toBe('C');
    await openTab(page, 'check');
    expect(await page.locator('#issues [data-rule="lead-missing"]').count()).toBe(0);
    await page.close();
  });

  it("reads a sheet whose header it did not know once she says which columns hold the action and the lead", async () => {
    const tracker: CellValue[][] = [
      ['BAME Staff Network – what the Trust agreed to do, 2019/20'],
      // (No heading over the numbers: headed '#' or 'No', the reader knows the header since session 16.)
      [null, 'What we asked for (Network meeting, June 19)', 'What the Trust agreed', 'Who (Trust side)', 'By when', 'Network view'],
      ['1', 'BAME rep on every 8a+ interview panel', 'Train a pool of BAME panel members and use one on every 8a+ panel', 'Director of Workforce', 'October 2099', 'Moving'],
      ['2', 'Look at why BAME staff end up in disciplinaries more', 'Independent review of three years of disciplinary cases by ethnicity', 'Employee Relations lead', 'December 2099', 'Moving'],
    ];
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Tracker').addRows(tracker);
    const page = await pane.browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${pane.url()}?user=no-header`);
    await page.waitForSelector('#validate');
    await page.setInputFiles('#file', { name: 'network-tracker.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(await wb.xlsx.writeBuffer()) });
    await page.waitForFunction(() => document.getElementById('load-status')?.textContent === 'Loaded network-tracker.xlsx');
    await page.click('#validate');
    await page.waitForSelector('#readiness');
    // Nothing is read, and the pane asks rather than leaving her with an error.
    expect(await page.locator('#issues [data-rule="no-plan-header"]').count()).toBe(1);
    expect(await page.textContent('#summary')).toContain('Which column holds the action');
    await page.click('#answer-columns');
    await page.waitForSelector('#column-action');
    // Told the action and the lead, it finds the header over them, and reads 'By when' as the timescale on its own.
    for (const [field, letter] of [['action', 'C'], ['lead', 'D']] as const) {
      await page.selectOption(`#column-${field}`, letter);
      await page.waitForFunction((l) => new RegExp(`Checked again with the .* in ${l}`).test(document.getElementById('announce')?.textContent ?? ''), letter);
    }
    expect(await page.locator('#column-due').count()).toBe(0);
    await openTab(page, 'check');
    await page.waitForFunction(() => /· 2 actions ·/.test(document.getElementById('summary')?.textContent ?? ''));
    expect(await page.locator('#issues [data-rule="no-plan-header"]').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'column-choice-no-header.png') });
    await page.close();
  });

  it('on a stacked form asks which LABEL holds the lead, offers the labels, keeps the choice and checks with it after a reload', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Plan').addRows(ashcombe().values as unknown[][]);
    const page = await pane.browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${pane.url()}?user=form-labels`);
    await page.waitForSelector('#validate');
    await page.setInputFiles('#file', { name: 'ashcombe-form.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(await wb.xlsx.writeBuffer()) });
    await page.waitForFunction(() => document.getElementById('load-status')?.textContent === 'Loaded ashcombe-form.xlsx');
    await page.click('#validate');
    await page.waitForSelector('#readiness');

    expect(await page.textContent('#summary')).toContain('Which label holds the lead?');
    expect(await page.locator('#issues [data-rule="lead-missing"]').count()).toBeGreaterThan(0);
    await page.click('#answer-columns');
    await page.waitForSelector('#panel-settings:not([hidden])');
    await page.waitForSelector('#column-lead');
    expect(await page.textContent('label[for="column-lead"]')).toContain('Which label holds the lead?');
    expect(await page.textContent('#columns h2')).toBe('Labels');
    const offered = await page.$$eval('#column-lead option', (os) => os.map((o) => o.textContent));
    // The form's labels, never the column letters that mean nothing on a form.
    expect(offered).toEqual(['Let the checker choose', 'No label of this form holds the lead', "'Action'", "'Info'", "'By when'", "'RAG'"]);
    await page.selectOption('#column-lead', { label: "'Info'" });
    await page.waitForFunction(() => /Checked again with the lead in the rows labelled 'Info': \d+ must fix/.test(document.getElementById('announce')?.textContent ?? ''));
    const kept = await page.evaluate(() => (window as unknown as { previewAdapter: { readState(k: string): Promise<{ columns: Record<string, unknown> }> } }).previewAdapter.readState('settings'));
    expect(kept.columns).toEqual({ lead: { label: 'Info' } });
    await page.waitForSelector('#column-lead');
    expect(await page.textContent('#columns')).toContain('You chose this label.');
    await page.click('#columns details.evidence summary');
    expect(await page.textContent('#columns details.evidence')).toContain("Lead: label 'Info' — Lead: the rows labelled 'Info', as you chose");
    await page.locator('#panel-settings').screenshot({ path: join(SHOTS, 'column-choice-form.png') });
    await openTab(page, 'check');
    expect(await page.locator('#issues [data-rule="lead-missing"]').count()).toBe(0);

    await page.reload();
    await page.waitForFunction(() => /Restored ashcombe-form\.xlsx/.test(document.getElementById('load-status')?.textContent ?? ''));
    await page.click('#validate');
    await page.waitForSelector('#readiness');
    expect(await page.locator('#issues [data-rule="lead-missing"]').count()).toBe(0);
    await openTab(page, 'settings');
    await page.waitForSelector('#column-lead');
    expect(await page.inputValue('#column-lead')).toBe('label:Info');
    await page.close();
  });
});
