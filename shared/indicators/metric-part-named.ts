import type { Standard } from '../types';
import { INDICATOR_CATALOGUE } from './catalogue';

/** A sub-part numbered in roman numerals right after the metric's number: '(i)', ' ii)', '(iii)'. */
const ROMAN_PART = /^\s*\(?\s*(?:i{1,3}|iv)\s*\)/i;
/** The part whose sub-parts are numbered in roman numerals, by its metric: WDES 4a (i) public, (ii) managers, (iii) colleagues. */
const ROMAN_PARTS = new Map([['4', '4a']]);

/**
 * The part of a metric that a text's words name, when the plan gives the metric without its letter: "Metric 4
 * (reporting harassment)" is 4b, "Metric 9 (Disabled staff voices)" 9b, "Metric 4 (harassment from managers)" 4a.
 * Words that name no part, or more than one, leave the metric as it is: the whole of metric 4 spelt out, or a short
 * title naming each part's subject ("Metric 9 – Engagement and voice": engagement is 9a's subject and voice 9b's, so
 * the title names the whole of metric 9, which is the number the plan wrote).
 *
 * @example
 * metricPartNamed('4', '(reporting harassment)', 'WDES'); // '4b'
 * metricPartNamed('4', ' (ii)', 'WDES'); // '4a' (4a's sub-part from managers)
 * metricPartNamed('9', 'Staff engagement', 'WDES'); // '9' (names the metric, no one part)
 * metricPartNamed('9', '– Engagement and voice', 'WDES'); // '9' (names both parts' subjects)
 */
export function metricPartNamed(id: string, text: string, standard: Standard | null): string {
  if (standard !== 'WDES' || /[a-d]$/.test(id)) return id;
  // A roman numeral after the number ('Metric 4 (i)', '4 (iii)') numbers the sub-parts of the one part that has them:
  // WDES 4a's harassment from the public (i), managers (ii) and colleagues (iii).
  const roman = ROMAN_PART.exec(text);
  if (roman && ROMAN_PARTS.has(id)) return ROMAN_PARTS.get(id)!;
  const parts = INDICATOR_CATALOGUE.WDES.find((e) => e.id === id)?.parts;
  if (!parts) return id;
  const lower = text.toLowerCase();
  const named = parts.filter((p) => p.keywords.some((k) => lower.includes(k)));
  if (named.length !== 1) return id;
  // A part's subject that alone names the whole metric ('engagement') still names that part beside another's words.
  const besideAnother = parts.some((p) => p !== named[0] && p.topic?.some((t) => lower.includes(t)));
  return besideAnother ? id : named[0].id;
}
