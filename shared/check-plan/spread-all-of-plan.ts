import type { RawAction } from '../grid';
import type { RecognisedAction } from '../types';

/**
 * An indicator cell that means every indicator THIS plan works on, not every one of the standard: 'All priority areas',
 * 'All of the above', 'All the above metrics', 'All our priorities', 'All areas'. ('All' and 'All indicators' alone mean
 * the standard's every indicator, and are read so by `indicatorsOfCell`.)
 */
const ALL_OF_PLAN = /^\s*all\s+(?:of\s+)?(?:the\s+|our\s+|these\s+|this\s+plan'?s\s+)?(?:above(?:\s+(?:indicators|metrics|areas|priorities))?|(?:priority|focus|key)\s+(?:areas?|metrics|indicators|themes)|priorities|areas(?:\s+above)?|themes(?:\s+above)?)\s*[.)]?\s*$/i;

/**
 * Gives an action whose indicator cell says it serves all of the plan's own areas ('All priority areas', 'All of the
 * above') the indicators the plan's other actions name in that column, in the order they first appear — the plan's
 * priority metrics, not the standard's every one. It says so: "Indicators: 'All priority areas' (A26) — the indicators
 * the plan's other actions name in column A: 3, 4a, 6, 7". Left as read when the others name fewer than two indicators,
 * or when half the actions or more say it: then the column does not name the plan's parts, and there is nothing to spread.
 * Changes the actions given (`raw[i]` is what `actions[i]` was read from; the plan is read once and nothing else holds
 * them yet).
 *
 * @example
 * spreadAllOfPlan(actions, plan.actions); // the 'All priority areas' row now serves ['3', '4a', '6', '7']
 */
export function spreadAllOfPlan(actions: RecognisedAction[], raw: readonly RawAction[]): void {
  const spread = new Set<number>();
  for (let i = 0; i < actions.length; i++) if (actions[i].indicators.length === 0 && actions[i].cells.indicator && ALL_OF_PLAN.test(raw[i].fields.indicator)) spread.add(i);
  if (spread.size === 0 || spread.size * 2 > actions.length) return;
  const named: string[] = [];
  for (let i = 0; i < actions.length; i++) if (!spread.has(i) && actions[i].cells.indicator) for (const id of actions[i].indicators) if (!named.includes(id)) named.push(id);
  if (named.length < 2) return;
  for (const i of spread) {
    const a = actions[i];
    const cell = `${a.cells.indicator}${a.row}`;
    a.indicators = named.slice();
    a.indicator = named[0];
    a.sources = { ...a.sources, indicators: { kind: 'column', cell, why: `'${raw[i].fields.indicator.trim()}' (${cell}): the indicators the plan's other actions name in column ${a.cells.indicator} — ${named.join(', ')}` } };
  }
}
