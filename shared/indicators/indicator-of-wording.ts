import { memoiseText } from '../memoise-text';
import type { Standard } from '../types';
import { INDICATOR_CATALOGUE } from './catalogue';
import { metricPartNamed } from './metric-part-named';
import { GOVERNING_BOARD, indicatorsNamedInWords, type WordingOptions } from './indicators-named-in-words';

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
 * Every indicator a cell's wording names (`indicatorsNamedInWords`), in the order written: an indicator cell may state two
 * metrics on lines of their own ("To reduce … from staff\nand\nTo reduce … discrimination at work") or in one phrase
 * ("… from shortlisting and belief in equal opportunities …"). A WRES wording of harassment from both the public and staff
 * ("… from patients, relatives, the public or staff") states indicators 5 and 6 at once: the standard asks of each source
 * apart. `options`: the text is an indicator cell's, where the team's shorthand ('Progression') names its indicator too; or
 * a title read by its lines only.
 *
 * @example
 * indicatorsOfWording('Bullying from staff\nand\nDiscrimination at work from a manager', 'WRES'); // ['6', '8']
 * indicatorsOfWording('BME staff experiencing harassment, bullying or abuse from patients, relatives, the public or staff', 'WRES'); // ['5', '6']
 */
export function indicatorsOfWording(text: string, standard: Standard | null, options: WordingOptions = {}): string[] {
  if (!standard || !text) return [];
  // Every row of a plan may repeat its metric's wording: each distinct text is read once per standard and way of reading.
  const key = `${standard}${options.shorthand ? '+' : ''}${options.byLine ? '|' : ''}`;
  let read = READ.get(key);
  if (!read) READ.set(key, (read = memoiseText((t: string): readonly string[] => indicatorsNamedInWords(t, standard, options).ids)));
  return [...read(String(text))];
}

const READ = new Map<string, (text: string) => readonly string[]>();

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
