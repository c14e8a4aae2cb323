import type { Page } from 'playwright-core';

/** Shows one of the pane's tabs: Check, Sync, Compare or Settings. */
export async function openTab(page: Page, tab: 'check' | 'sync' | 'compare' | 'settings'): Promise<void> {
  await page.click(`#tab-${tab}`);
  await page.waitForSelector(`#panel-${tab}:not([hidden])`);
}

/** Types into a Fluent text input (its native input lives in the component's shadow root). */
export async function fillField(page: Page, id: string, value: string): Promise<void> {
  await page.fill(`#${id} input`, value);
  await page.dispatchEvent(`#${id} input`, 'change');
}

/** Dev sign-in from the Sync tab, as "name role trust-or-region"; waits for the pane to say who is signed in. */
export async function devSignIn(page: Page, who: string): Promise<void> {
  await openTab(page, 'sync');
  await page.waitForSelector('#dev-sign-in');
  if (!(await page.$eval('#dev-sign-in', (d) => (d as HTMLDetailsElement).open))) await page.click('#dev-sign-in > summary');
  await fillField(page, 'dev-user', who);
  await page.click('#sync-signin');
  await page.waitForFunction(() => /Signed in as/.test(document.getElementById('account')?.textContent ?? ''));
}

/** Sets the "as at" day the checks judge overdue against (Settings), then returns to Check. */
export async function setAsAt(page: Page, day: string): Promise<void> {
  await openTab(page, 'settings');
  await page.fill('#as-at', day);
  await page.dispatchEvent('#as-at', 'change');
  await openTab(page, 'check');
}

/** The text of the pane's sync status line. */
export const syncStatus = (page: Page) => page.textContent('#sync-status');
