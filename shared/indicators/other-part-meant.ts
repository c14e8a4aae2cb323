import type { Standard } from '../types';
import { INDICATOR_CATALOGUE } from './catalogue';

/**
 * The part a metric's title means in a plan that tells the metric's parts apart: where the plan names one part by
 * its own words ("Reporting harassment, bullying or abuse" is 4b), its title for the whole metric ("Harassment,
 * bullying or abuse") means the part left (4a); likewise "Staff engagement" beside "Disabled staff voices" (9b) is
 * 9a. A plan that names no part, or leaves more than one part unnamed, keeps the whole metric.
 *
 * @example
 * otherPartMeant('4', new Set(['4b', '8']), 'WDES'); // '4a'
 * otherPartMeant('9', new Set(['1', '2']), 'WDES'); // '9'
 */
export function otherPartMeant(id: string, named: ReadonlySet<string>, standard: Standard | null): string {
  if (standard !== 'WDES') return id;
  const parts = INDICATOR_CATALOGUE.WDES.find((e) => e.id === id)?.parts;
  if (!parts) return id;
  const left = parts.filter((p) => !named.has(p.id));
  return left.length === 1 && left.length < parts.length ? left[0].id : id;
}
