import type { DueWindow } from '../types';

/** 'Year 1', 'year 2 of', 'Year 1 (2025/26)' in a title: the year of a longer strategy this plan is. */
const YEAR_IN_TITLE = /\byear\s+(\d{1,2})\b(\s+of\b)?(?:\s*\(\s*((?:19|20)\d{2})\s*[/\-–]\s*\d{2,4}\s*\))?/gi;
/** A timescale that is only a plan's own year or years: 'Year 1', 'Years 2–3', 'Year 1 and 2'. */
const YEAR_TIMESCALE = /^\s*years?\s+(\d{1,2})(?:\s*(?:[-–—&/]|to|and)\s*(\d{1,2}))?\s*\.?\s*$/i;

/**
 * The financial year a plan's 'Year 1' begins, when its title says which year of a longer strategy the plan is:
 * '2023/24 (year 1 of our 2023–2025 strategy)' → 2023; 'Year 2 of our Plan 2025–2028' in a 2026/27 plan → 2025;
 * 'Delivery Plan 2025–2028 – Year 1 (2025/26)' → 2025. Null when no title says so, or two say different things: a
 * 2023/24 plan may be year 2 of a strategy begun in 2022, so 'Year 1' is never counted from the plan's own year unasked.
 *
 * @example
 * strategyStartOf(['WDES action plan 2026/27 – Year 2 of our Disability Inclusion Plan 2025–2028'], 2026); // 2025
 * strategyStartOf(['WDES action plan 2023/24'], 2023); // null
 */
export function strategyStartOf(titleTexts: readonly string[], planYear: number | undefined): number | null {
  const starts = new Set<number>();
  for (const text of titleTexts) {
    for (const m of String(text ?? '').slice(0, 1000).matchAll(YEAR_IN_TITLE)) {
      const n = Number(m[1]);
      if (n < 1 || n > 10) continue;
      // 'Year 1 (2025/26)' dates itself; 'year 2 of our …' is this plan's own year.
      if (m[3]) starts.add(Number(m[3]) - (n - 1));
      else if (m[2] && planYear !== undefined) starts.add(planYear - (n - 1));
    }
  }
  return starts.size === 1 ? [...starts][0] : null;
}

/**
 * A timescale written as the plan's own year or years ('Year 1', 'Years 2–3') as the financial years they are, given
 * the year the strategy's year 1 begins (`strategyStartOf`); null for any other text.
 *
 * @example
 * strategyYearWindow('Years 2–3', 2025); // { text: 'Years 2–3', start: '2026-04-01', end: '2028-03-31', ongoing: false, parsed: true }
 */
export function strategyYearWindow(text: string, start: number): DueWindow | null {
  const m = YEAR_TIMESCALE.exec(String(text ?? ''));
  if (!m) return null;
  const from = Number(m[1]);
  const to = m[2] ? Number(m[2]) : from;
  if (from < 1 || to < from || to > 10) return null;
  return { text, start: `${start + from - 1}-04-01`, end: `${start + to}-03-31`, ongoing: false, parsed: true };
}

/**
 * Whether a timescale is a plan's own year ('Year 1', 'Years 2–3'), so a finding can say what it lacks.
 *
 * @example
 * isStrategyYear('Year 1'); // true
 */
export function isStrategyYear(text: string): boolean {
  return YEAR_TIMESCALE.test(String(text ?? ''));
}
