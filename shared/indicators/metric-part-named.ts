import type { Standard } from '../types';
import { INDICATOR_CATALOGUE } from './catalogue';

/**
 * The part of a metric that a text's words name, when the plan gives the metric without its letter: "Metric 4
 * (reporting harassment)" is 4b, "Metric 9 (Disabled staff voices)" 9b, "Metric 4 (harassment from managers)" 4a.
 * Words that name no part, or more than one (the whole of metric 4 spelt out), leave the metric as it is.
 *
 * @example
 * metricPartNamed('4', '(reporting harassment)', 'WDES'); // '4b'
 * metricPartNamed('9', 'Staff engagement', 'WDES'); // '9' (names the metric, no one part)
 */
export function metricPartNamed(id: string, text: string, standard: Standard | null): string {
  if (standard !== 'WDES' || /[a-d]$/.test(id)) return id;
  const parts = INDICATOR_CATALOGUE.WDES.find((e) => e.id === id)?.parts;
  if (!parts) return id;
  const lower = text.toLowerCase();
  const named = parts.filter((p) => p.keywords.some((k) => lower.includes(k)));
  return named.length === 1 ? named[0].id : id;
}
