import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { fillField, openTab } from '../support/pane-page';

describe('npm start', () => {
  it('starts Azurite, the service and the pane, seeds the demo region, prints the URLs and stops cleanly', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--smoke'], { encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toMatch(/Task pane \(preview\): +http:\/\/127\.0\.0\.1:\d+\/preview\.html/);
    expect(r.stdout).toMatch(/Sync service: +http:\/\/127\.0\.0\.1:\d+/);
    expect(r.stdout).toMatch(/RXY 20 actions/);
    expect(r.stdout).toMatch(/RH5 29 actions/);
    expect(r.stdout.trim().endsWith('Stopped.')).toBe(true);
    expect(r.status).toBe(0);
  }, 130_000);

  it('walks a new user through the printed links: validation, sync, a conflict and a region comparison', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--port', '0', '--preview-port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const browser = await launchBrowser();
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`npm start printed no links:\n${out}`)), 90_000);
        child.stdout.on('data', () => /Press Ctrl-C to stop/.test(out) && (clearTimeout(timer), resolve()));
      });
      const linkOf = (label: RegExp) => new RegExp(`${label.source}\\s+(http\\S+)`).exec(out)![1];
      const open = async (url: string) => {
        const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
        await page.goto(url);
        await page.waitForFunction(() => /^Loaded /.test(document.getElementById('load-status')?.textContent ?? ''));
        await page.click('#validate');
        await page.waitForSelector('#readiness');
        await openTab(page, 'sync');
        await page.click('#sync-signin');
        await page.waitForFunction(() => /Last synced/.test(document.getElementById('sync-status')?.textContent ?? ''));
        return page;
      };
      const ann = await open(linkOf(/1\. Ann, editor of RXT:/));
      expect(await ann.textContent('#sync-status')).toMatch(/Linked 30 of this sheet's actions to the 30 already shared/);
      const bob = await open(linkOf(/2\. Bob, editor of RXT:/));
      for (const [page, lead] of [[ann, 'Ann Smith'], [bob, 'Bob Jones']] as const) {
        await page.evaluate((v) => (window as unknown as { previewAdapter: { edit(a: string, v: string): void } }).previewAdapter.edit('C5', v), lead);
        await page.click('#sync-push');
        await page.waitForFunction(() => document.getElementById('sync-progress')?.hidden && /unsent change/.test(document.getElementById('sync-status')?.textContent ?? ''));
      }
      await bob.locator('.conflict-card').waitFor();
      expect(await bob.textContent('.conflict-card')).toContain('Ann Smith');

      const lead = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await lead.goto(linkOf(/3\. Regional lead of DEMO:/));
      await openTab(lead, 'sync');
      await lead.click('#sync-signin');
      await openTab(lead, 'compare');
      await lead.waitForFunction(() => !(document.getElementById('compare-build') as HTMLButtonElement | null)?.disabled);
      await lead.selectOption('#compare-standard', 'WRES');
      await fillField(lead, 'compare-period', '2020-21');
      await lead.click('#compare-build');
      await lead.waitForFunction(() => /Compared 3 trust/.test(document.getElementById('compare-status')?.textContent ?? ''));
      const sheet = await lead.textContent('table.grid');
      expect(sheet).toContain('Kent and Medway');
      expect(sheet).toContain('Somerset');
    } finally {
      await browser.close();
      const stopped = new Promise<number | null>((resolve) => child.on('exit', resolve));
      child.kill('SIGINT');
      expect(await stopped).toBe(0);
      expect(out.trim().endsWith('Stopped.')).toBe(true);
    }
  }, 150_000);
});
