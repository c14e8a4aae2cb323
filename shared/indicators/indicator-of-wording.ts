import { memoiseText } from '../memoise-text';
import type { Standard } from '../types';
import { INDICATOR_CATALOGUE } from './catalogue';
import { metricPartNamed } from './metric-part-named';
import { namesBothSources } from './names-both-sources';

/**
 * Finds the indicator a piece of wording is about when it carries no number, by the catalogue's key
 * phrases: the indicator whose phrases cover most of the text wins, so "harassment … from patients,
 * relatives or the public" is 5, not 6. Asides in brackets ("(including executive Board members)")
 * qualify a metric rather than name it, and are left out. A metric with parts is the part the words name
 * ("Reporting harassment, bullying or abuse" is WDES 4b).
 *
 * @example
 * indicatorOfWording('Relative likelihood of staff being appointed from shortlisting', 'WRES'); // '2'
 */
export function indicatorOfWording(text: string, standard: Standard | null): string | null {
  return bestOf(String(text ?? ''), standard);
}

/**
 * Every indicator a cell's wording names, one per line: an indicator cell may state two metrics on
 * lines of their own ("To reduce … from staff\nand\nTo reduce … discrimination at work"). In the order
 * written, so the first is the one the plan puts first. A WRES wording of harassment from both the public and staff
 * ("… from patients, relatives, the public or staff") states indicators 5 and 6 at once: the standard asks of each
 * source apart.
 *
 * @example
 * indicatorsOfWording('Bullying from staff\nand\nDiscrimination at work from a manager', 'WRES'); // ['6', '8']
 * indicatorsOfWording('BME staff experiencing harassment, bullying or abuse from patients, relatives, the public or staff', 'WRES'); // ['5', '6']
 */
export function indicatorsOfWording(text: string, standard: Standard | null): string[] {
  if (!standard || !text) return [];
  // Every row of a plan may repeat its metric's wording: each distinct text is read once per standard.
  return [...(standard === 'WRES' ? wresOf : wdesOf)(String(text))];
}

const partsOf = (standard: Standard) => memoiseText((text: string): readonly string[] => {
  const out: string[] = [];
  for (const part of text.split(/\n|;/)) {
    const id = bestOf(part, standard);
    const ids = (id === '5' || id === '6') && standard === 'WRES' && namesBothSources(part) ? ['5', '6'] : id ? [id] : [];
    for (const x of ids) if (!out.includes(x)) out.push(x);
  }
  return Object.freeze(out);
});
const wresOf = partsOf('WRES');
const wdesOf = partsOf('WDES');

/** The Board a plan or paper is approved by, taken or reported to: 'approved by the Board', 'report it to the Trust Board'. */
const GOVERNING_BOARD = /\b(?:approved|agreed|signed off|ratified|endorsed|considered|reported|report(?:ing)?|presented|taken|submitted|escalated)\s+(?:\w+\s+)?(?:by|to)\s+(?:the\s+)?(?:trust\s+)?board\b/g;

function bestOf(text: string, standard: Standard | null): string | null {
  if (!standard || !text) return null;
  // The Board as the body a plan goes to ('approved by the Board', 'reported to the Board') governs the plan: its words
  // name no Board-membership metric.
  const lower = text.toLowerCase().replace(/\([^)]*\)/g, ' ').replace(GOVERNING_BOARD, ' ');
  let best: { id: string; weight: number } | null = null;
  for (const entry of INDICATOR_CATALOGUE[standard]) {
    let weight = 0;
    for (const k of entry.keywords) if (lower.includes(k)) weight += k.length;
    if (weight > (best?.weight ?? 0)) best = { id: entry.id, weight };
  }
  // A metric with parts is the part its words name ("Disabled staff voices" is 9b), else the whole metric.
  return best ? metricPartNamed(best.id, lower, standard) : null;
}
