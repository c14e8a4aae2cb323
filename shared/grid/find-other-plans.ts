import { collapse } from './cell-text';
import type { RowTexts } from './profile-rows';
import { actionYearOfHeader } from './action-year-of-header';
import { planTitlePeriod } from './names-a-plan';

/** Rows of the sheet that hold another plan, with the caption that says so (grid rows, inclusive). */
export interface OtherPlan {
  from: number;
  to: number;
  caption: string;
  period: string;
  /** Why the block is no part of the plan, where its caption says so in words rather than by another year. */
  why?: string;
}

/**
 * Words a block's caption uses to say its rows are not the plan's live actions: a copy kept for reference ('2022/23
 * PLAN – copied here for reference … Do not update'), or ideas the plan never took on ('Parked ideas – not agreed by
 * the steering group'). 'Closed actions – keep for audit' and 'Completed' are this plan's own actions, done: not here.
 */
const NOT_LIVE = /\b(?:for reference|do not (?:update|edit|amend)|not (?:yet )?(?:agreed|approved|adopted|taken forward)|parked|rejected)\b/i;

/**
 * Tables on the same sheet that are not this plan: a header below the plan's first, captioned with a plan title
 * naming a period other than the plan's own ("WRES action plan 2017/18 – position at 31 March 2018" under a 2018/19
 * plan), or with words saying its rows are no live actions ('… copied here for reference. Do not update', 'Parked
 * ideas – not agreed'). A caption naming the plan's own period is a page's running head, and the table goes on. Another
 * year's plan runs from its caption to the row before the next header band that is the plan's again; a block set aside
 * by its words ends where the next captioned block begins (a board's next group).
 *
 * @example
 * findOtherPlans(texts, [[1], [14]], '2018-19', 22); // [{ from: 13, to: 21, caption: 'WRES action plan 2017/18 – …', period: '2017-18' }]
 * // 'Parked ideas – not agreed by WDES steering group' over row 24's header: [{ from: 22, to: 25, …, why: "its caption says …" }]
 */
export function findOtherPlans(texts: RowTexts, bands: readonly (readonly number[])[], period: string | null, height: number): OtherPlan[] {
  const out: OtherPlan[] = [];
  let byWords = false;
  const lines = bands.map((band, i) => lineAbove(texts, band[0], i ? bands[i - 1][bands[i - 1].length - 1] : -1));
  for (let i = 1; i < bands.length; i++) {
    const top = bands[i][0];
    const r = lines[i].row;
    const caption = lines[i].column >= 0 ? collapse(texts[r][0].text) : '';
    const captionNamed = caption ? planTitlePeriod(caption) : null;
    // With no plan title over it, a header whose action column names another year ('2022/23 action') heads that year's plan.
    const headed = captionNamed || !period ? null : actionYearOfHeader(texts, bands[i], bands[0]);
    const named = captionNamed ?? (headed && headed.period !== period ? headed.period : null);
    // A caption heads its block from the block's left edge, or from the column where the sheet's other blocks have
    // their headings (a board exported with its name column moved to the right keeps them over it); a line in a
    // column further in ('Update: … fund not yet approved' under its action's progress) is that row's own.
    const atLeft = caption !== '' && (texts[r][0].c <= Math.min(...texts[top].map((t) => t.c)) || lines.some((l, k) => k !== i && l.column === texts[r][0].c));
    const notLive = atLeft ? NOT_LIVE.exec(caption) : null;
    const last = out[out.length - 1];
    const open = last && last.to === height - 1;
    if (period && named && named !== period) {
      const why = captionNamed ? undefined : `its header names ${named.replace('-', '/')} over the action ('${headed!.text}'), another year than this plan's ${period.replace('-', '/')}`;
      out.push({ from: caption ? r : top, to: height - 1, caption: caption || headed!.text, period: named, ...(why ? { why } : {}) });
      byWords = false;
    } else if (notLive) {
      if (open) last.to = r - 1;
      out.push({ from: r, to: height - 1, caption, period: named ?? '', why: `its caption says its rows are no live actions of this plan ('${notLive[0]}')` });
      byWords = true;
    } else if (open && (named === period || (byWords && caption))) last.to = r - 1;
  }
  return out;
}

/** The nearest row with text above grid row `top` and below `floor`, and the column of its one cell (-1 when it has several or none). */
function lineAbove(texts: RowTexts, top: number, floor: number): { row: number; column: number } {
  let r = top - 1;
  while (r > floor && texts[r].length === 0) r--;
  return { row: r, column: r > floor && texts[r]?.length === 1 ? texts[r][0].c : -1 };
}
