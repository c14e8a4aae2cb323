import type { Standard } from '../types';
import { indicatorNumber } from '../indicators/indicator-number';
import { HIA_IDS, HIA_OF_INDICATOR } from './catalogue';
import { hiasOfCell } from './hias-of-cell';
import { memoiseText } from '../memoise-text';
import { hiasNamed } from './hias-named';

const NONE: readonly string[] = Object.freeze([]);
const hiasOfContext = memoiseText((text: string): readonly string[] => (text ? hiasNamed(text) : NONE), 4_000);

/** What of an action decides its HIAs: the plan's HIA cell, its indicators, and its wording. */
export interface HiaEvidence {
  /** The plan's HIA cell ('' when the plan has none). */
  hiaText?: string;
  /** Indicator ids ("1", "4a"); several when the action serves several. */
  indicators: readonly (string | null | undefined)[];
  /** The wording read when the indicator says nothing: the action, its objective and its theme. */
  action?: string;
  objective?: string;
  theme?: string | null;
}

/** HIAs no indicator of a standard leads to: only an action's wording (or the plan's HIA column) can reach them. */
const SILENT: Record<Standard | 'none', readonly string[]> = {
  WRES: HIA_IDS.filter((id) => !Object.values(HIA_OF_INDICATOR.WRES).some((l) => l.hia.includes(id))),
  WDES: HIA_IDS.filter((id) => !Object.values(HIA_OF_INDICATOR.WDES).some((l) => l.hia.includes(id))),
  none: HIA_IDS,
};

/**
 * The high impact actions one action serves, in HIA order:
 * 1. the plan's own HIA cell, when it says something ("HIA 2 & 6"; "N/A" means none);
 * 2. otherwise the HIAs of its indicators (`HIA_OF_INDICATOR`), plus any its wording names that no indicator of
 *    the standard can speak for (pay gaps, international recruits, board objectives…);
 * 3. and only its wording when its indicators say nothing at all.
 *
 * @example
 * hiasOfAction({ indicators: ['1'], action: 'Publish the ethnicity pay gap' }, 'WRES'); // ['2', '3']
 * hiasOfAction({ hiaText: 'HIA 6', indicators: ['1'] }, 'WRES'); // ['6']
 */
export function hiasOfAction(action: HiaEvidence, standard: Standard | null): string[] {
  const stated = action.hiaText ? hiasOfCell(action.hiaText) : null;
  if (stated) return stated;
  const links = standard ? HIA_OF_INDICATOR[standard] : null;
  // The HIAs found, one bit each in HIA_IDS order: every action of a plan comes through here.
  let found = 0;
  for (const indicator of action.indicators) {
    const n = indicatorNumber(indicator);
    const link = n !== null && links ? links[n] : undefined;
    if (link) found |= bitsOf(link.hia);
  }
  // Each text read on its own; an objective or theme merged down over many actions is read once (cached even when long).
  const among = found ? SILENT[standard ?? 'none'] : undefined;
  found |= bitsOf(action.action ? hiasNamed(action.action) : NONE, among);
  found |= bitsOf(hiasOfContext(action.objective ?? ''), among);
  found |= bitsOf(hiasOfContext(action.theme ?? ''), among);
  const hias: string[] = [];
  for (let i = 0; i < HIA_IDS.length; i++) if (found & (1 << i)) hias.push(HIA_IDS[i]);
  // Kept with the action for as long as the report lives: a copy of its own length, not the list grown by pushing.
  return hias.length ? hias.slice() : hias;
}

/** HIA ids as bits (HIA_IDS order), only those `among` allows when given. */
function bitsOf(ids: readonly string[], among?: readonly string[]): number {
  let bits = 0;
  for (let i = 0; i < ids.length; i++) {
    const at = HIA_IDS.indexOf(ids[i]);
    if (at >= 0 && (!among || among.includes(ids[i]))) bits |= 1 << at;
  }
  return bits;
}
