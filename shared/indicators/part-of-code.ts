import type { Standard } from '../types';

/**
 * Codes a standard does not define that plans use for a part of one of its metrics. The 2021+ WDES metric 4a is asked
 * about three sources of harassment, bullying or abuse (patients and the public, managers, other colleagues) and
 * plans often number those 4a, 4b, 4c: their '4c' is always the colleagues' part of 4a. Their '4b' is left as the
 * standard numbers it (reporting it), the reading every other plan means by it.
 */
const PART_CODES: ReadonlyMap<string, PartOfCode> = new Map([
  ['4c', { id: '4a', title: 'harassment, bullying or abuse from other colleagues', why: 'the WDES has no metric 4c; plans that number the three sources of 4a (patients and the public, managers, other colleagues) 4a, 4b and 4c mean other colleagues by it' }],
]);

/** The metric a code stands for, what that part is about, and why the code is read so. */
export interface PartOfCode {
  id: string;
  title: string;
  why: string;
}

/**
 * The metric a code the standard does not define stands for, with what that part is about, or null for every code the
 * standard defines (and for every WRES code: WRES indicators have no parts).
 *
 * @example
 * partOfCode('4c', 'WDES'); // { id: '4a', title: 'harassment, bullying or abuse from other colleagues', why: 'the WDES has no metric 4c; …' }
 * partOfCode('4b', 'WDES'); // null
 * partOfCode('4c', 'WRES'); // null
 */
export function partOfCode(code: string, standard: Standard | null): PartOfCode | null {
  return standard === 'WDES' ? PART_CODES.get(code.toLowerCase()) ?? null : null;
}
