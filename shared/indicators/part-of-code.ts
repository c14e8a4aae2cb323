import type { Standard } from '../types';
import { INDICATOR_CATALOGUE } from './catalogue';

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
 * standard defines (and for every WRES code: WRES indicators have no parts). A letter on a WDES metric that has no parts
 * ('Metric 1b') is the plan's own numbering: the code is that metric.
 *
 * @example
 * partOfCode('4c', 'WDES'); // { id: '4a', title: 'harassment, bullying or abuse from other colleagues', why: 'the WDES has no metric 4c; …' }
 * partOfCode('4b', 'WDES'); // null
 * partOfCode('4c', 'WRES'); // null
 * partOfCode('1b', 'WDES'); // { id: '1', title: 'percentage of disabled staff in each AfC band/VSM …', why: "the WDES letters only metrics 4 and 9 …" }
 */
export function partOfCode(code: string, standard: Standard | null): PartOfCode | null {
  if (standard !== 'WDES') return null;
  return PART_CODES.get(code.toLowerCase()) ?? ownLetterOf(code);
}

/** A WDES code lettered ('1b'): the number and the letter. */
const LETTERED = /^(\d{1,2})([a-z])$/i;

/**
 * A letter on a metric the WDES gives no parts ('Metric 1b', '2a', '7c'): only metrics 4 and 9 have lettered parts, so
 * the letter is the plan's own numbering of its actions under that metric (a second action under metric 1 headed
 * 'Metric 1b'), and the metric is the number. Null for a metric with parts (4, 9: their letters are the standard's, or
 * `PART_CODES`) and for any other code.
 */
function ownLetterOf(code: string): PartOfCode | null {
  const m = LETTERED.exec(code);
  const metric = m ? INDICATOR_CATALOGUE.WDES.find((i) => i.id === m[1]) : undefined;
  if (!m || !metric || metric.parts) return null;
  return { id: metric.id, title: metric.title.charAt(0).toLowerCase() + metric.title.slice(1), why: `the WDES letters only metrics 4 and 9 into parts; '${m[2].toLowerCase()}' after metric ${metric.id} numbers the plan's own actions under it` };
}
