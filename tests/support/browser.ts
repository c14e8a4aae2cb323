import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, headless, with the background traffic this closed network refuses switched off. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Launches the machine's Chromium for end-to-end tests.
 *
 * @example
 * const browser = await launchBrowser();
 * const page = await browser.newPage();
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}
