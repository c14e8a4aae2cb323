import { collapse } from './cell-text';
import type { RowTexts } from './profile-rows';
import { planTitlePeriod } from './names-a-plan';

/** Rows of the sheet that hold another plan, with the caption that says so (grid rows, inclusive). */
export interface OtherPlan {
  from: number;
  to: number;
  caption: string;
  period: string;
}

/**
 * Tables on the same sheet that are another year's plan: a header below the plan's first, captioned with a plan
 * title naming a period other than the plan's own ("WRES action plan 2017/18 – position at 31 March 2018" under
 * a 2018/19 plan). A caption naming the plan's own period is a page's running head, and the table goes on. Each
 * other plan runs from its caption to the row before the next header band that is the plan's again.
 *
 * @example
 * findOtherPlans(texts, [[1], [14]], '2018-19', 22); // [{ from: 13, to: 21, caption: 'WRES action plan 2017/18 – …', period: '2017-18' }]
 */
export function findOtherPlans(texts: RowTexts, bands: readonly (readonly number[])[], period: string | null, height: number): OtherPlan[] {
  if (!period) return [];
  const out: OtherPlan[] = [];
  for (let i = 1; i < bands.length; i++) {
    const top = bands[i][0];
    let r = top - 1;
    while (r > bands[i - 1][bands[i - 1].length - 1] && texts[r].length === 0) r--;
    const caption = texts[r]?.length === 1 ? collapse(texts[r][0].text) : '';
    const named = caption ? planTitlePeriod(caption) : null;
    const last = out[out.length - 1];
    if (named && named !== period) out.push({ from: r, to: height - 1, caption, period: named });
    else if (named === period && last && last.to === height - 1) last.to = r - 1;
  }
  return out;
}
