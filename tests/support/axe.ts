import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (WCAG 2.x A and AA rules) on the page as it is now and returns the serious and critical
 * violations, each with the elements it found — what the accessibility goal counts (it must be none).
 *
 * @example
 * expect(await seriousViolations(page)).toEqual([]);
 */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  // Fluent controls fade between states (a button enabled a moment ago is still mid-transition): colour
  // contrast is judged on what the user settles on, so let running transitions finish first (shadow roots too).
  await page.evaluate(async () => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (const e of document.querySelectorAll('*')) if (e.shadowRoot) roots.push(e.shadowRoot);
    const running = roots.flatMap((r) => r.getAnimations());
    await Promise.race([Promise.allSettled(running.map((a) => a.finished)), new Promise((ok) => setTimeout(ok, 2000))]);
  });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
