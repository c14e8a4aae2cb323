import { otherPartMeant } from '../indicators';
import type { Standard } from '../types';
import type { RawAction } from './walk-rows';

/**
 * In a plan that names a metric's parts by title, each action whose indicators came from a title for the whole
 * metric takes the part the plan names no other way ("Harassment, bullying or abuse" beside "Reporting harassment,
 * bullying or abuse" is 4a). Indicators given by number ("Metric 4") are the plan's own words and stay as written.
 *
 * @example
 * namePartsApart(actions, 'WDES'); // an action under 'Staff engagement' now serves 9a where another serves 9b
 */
export function namePartsApart(actions: RawAction[], standard: Standard | null): void {
  if (standard !== 'WDES' || !actions.some((a) => a.indicatorsWorded)) return;
  const named = new Set(actions.flatMap((a) => [...a.blockIndicators, ...a.moreIndicators]));
  for (const a of actions) {
    if (!a.indicatorsWorded) continue;
    a.blockIndicators = a.blockIndicators.map((i) => otherPartMeant(i, named, standard));
    a.blockIndicator = a.blockIndicator === null ? null : otherPartMeant(a.blockIndicator, named, standard);
  }
}
