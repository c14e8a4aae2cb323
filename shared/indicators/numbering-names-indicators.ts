/** One numbered action: the indicator number its numbering implies ('2.1' → 2), and the numbers its block names. */
export interface NumberedAction {
  own: number | null;
  block: readonly number[];
}

/**
 * Whether a plan's own numbering ("2a.", ref "4.2") names its actions' indicators. A plan that numbers by indicator
 * agrees with the indicators each block names, but for an action filed in the wrong block. A plan that numbers its
 * own themes or objectives ("Theme 2: … (Metrics 4a, 4b and 9b)" over refs 2.1, 2.2) disagrees with its blocks on
 * most actions: there its numbers count themes, say nothing of indicators, and contradict no block.
 *
 * @example
 * numberingNamesIndicators([{ own: 2, block: [4] }, { own: 3, block: [5, 6] }, { own: 1, block: [1] }]); // false
 */
export function numberingNamesIndicators(actions: readonly NumberedAction[]): boolean {
  let both = 0;
  let disagree = 0;
  for (const { own, block } of actions) {
    if (own === null || block.length === 0) continue;
    both++;
    if (!block.includes(own)) disagree++;
  }
  return disagree < 2 || disagree <= both / 2;
}
