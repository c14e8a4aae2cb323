import { collapse } from './cell-text';
import { actionYearOfHeader } from './action-year-of-header';
import type { OtherPlan } from './find-other-plans';
import { planTitlePeriod } from './names-a-plan';
import type { RowTexts } from './profile-rows';

/**
 * Last year's actions reviewed in a grid of their own ABOVE this year's plan, on a report's one sheet: a header whose
 * action column names an earlier year ('Ref | 2017-18 action | Lead | What happened | RAG', 'Ref | Metric | 2025-26
 * action | Lead | Target | Outcome'), over the outcome of each of last year's actions, then this year's plan under a
 * caption naming a later year ('C. Our action plan 2018-19', 'Section 3 – Action plan 2026-27'). The review looks
 * exactly like a plan, yet none of its rows is an action of this one: each band so headed, from its caption (a line
 * alone on the row above) to the row before the next band's caption, is another year's plan, set aside with why. Only
 * the bands before the plan's own: a review kept below the plan is `findOtherPlans`'s.
 *
 * @example
 * findReviewAbove(texts, [[18], [25]]); // [{ from: 17, to: 23, caption: 'B. What happened to our 2017-18 actions', period: '2017-18', why: '…' }]
 */
export function findReviewAbove(texts: RowTexts, bands: readonly (readonly number[])[]): OtherPlan[] {
  const out: OtherPlan[] = [];
  for (let i = 0; i + 1 < bands.length; i++) {
    const next = bands[i + 1];
    const floor = i ? bands[i - 1][bands[i - 1].length - 1] : -1;
    const named = actionYearOfHeader(texts, bands[i], next);
    const caption = captionAbove(texts, next[0], bands[i][bands[i].length - 1]);
    const later = caption ? planTitlePeriod(caption.text) : null;
    if (!named || !later || startYear(later) <= startYear(named.period)) break;
    const own = captionAbove(texts, bands[i][0], floor);
    const why = `its header names ${named.period.replace('-', '/')} over the action ('${named.text}'), a year before the plan under it ('${caption!.text}'): last year's actions reviewed, not this plan's`;
    out.push({ from: own?.row ?? bands[i][0], to: caption!.row - 1, caption: own?.text ?? named.text, period: named.period, why });
  }
  return out;
}

/** The line alone on the nearest row with text above grid row `top` (and below `floor`), or null when that row has several cells. */
function captionAbove(texts: RowTexts, top: number, floor: number): { row: number; text: string } | null {
  let r = top - 1;
  while (r > floor && texts[r].length === 0) r--;
  return r > floor && texts[r].length === 1 ? { row: r, text: collapse(texts[r][0].text) } : null;
}

/** The first year of a period ('2017-18' → 2017). */
function startYear(period: string): number {
  return Number(period.slice(0, 4));
}
