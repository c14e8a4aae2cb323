import { chromium, type Browser } from 'playwright-core';

/** How long a page waits for a selector or a condition before the test fails (below vitest's test timeout). */
export const PAGE_WAIT_MS = 90_000;

/** Debian's Chromium, headless, with the background traffic this closed network refuses switched off. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Launches the machine's Chromium for end-to-end tests.
 *
 * @example
 * const browser = await launchBrowser();
 * const page = await browser.newPage();
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const newPage = browser.newPage.bind(browser);
  // Playwright waits 30 s by default. CI runs these tests beside the rest of the suite on two cores, where a step that
  // takes 7 s alone once took over 30 s: a slow machine is not a broken pane, so pages wait up to PAGE_WAIT_MS.
  browser.newPage = async (options) => {
    const page = await newPage(options);
    page.setDefaultTimeout(PAGE_WAIT_MS);
    return page;
  };
  return browser;
}
