import type { PlanField } from '../types';
import { memoiseText } from '../memoise-text';
import { headerKey } from './cell-text';

/** Header wording → field. Earlier patterns are more specific; each scores how sure the match is. */
const PATTERNS: { field: PlanField; re: RegExp; score: number }[] = [
  { field: 'completed', re: /\b(date (actually )?completed|completion evidence|date closed|closed|evidence of completion|completed)\b/, score: 3 },
  { field: 'due', re: /\b(expected date( of completion)?|target date|due date|delivery date|completion date|deadline|timescales?|time ?frame|by when|date|due|when)\b/, score: 3 },
  { field: 'status', re: /\b(rag( rating| status)?|status|rating|brag)\b/, score: 3 },
  { field: 'outcome', re: /\b(anticipated|intended|expected|desired)? ?(outcomes?|impact|success (measures?|criteria)|measures? of success|kpis?)\b/, score: 3 },
  { field: 'lead', re: /\b(leads?|lead s|responsib\w*|accountable( people| person| officer)?|owners?|who)\b/, score: 3 },
  { field: 'action', re: /\b(actions?|action s|current actions|activit(y|ies)|work ?pieces?|what (we will|will we) do|interventions?|tasks?)\b/, score: 3 },
  { field: 'progress', re: /\b(progress|update|updates|commentary|comments?|position|narrative)\b/, score: 2 },
  { field: 'indicator', re: /\b(indicators?|metrics?|wres|wdes|standard|items?)\b/, score: 2 },
  { field: 'ref', re: /^(ref|reference|no|number|action no|action number|id)$/, score: 3 },
  { field: 'theme', re: /\b(theme|themes|priority|priorities|workstream|area|focus)\b/, score: 2 },
  { field: 'objective', re: /\b(objectives?|aims?|goals?|analysis|reason|rationale|issue|problem|what the data (says|tells us)|data)\b/, score: 1 },
];

/**
 * The field a header cell names, or null. Tolerates case, punctuation, line breaks and extra words.
 *
 * @example
 * matchHeader('Responsibility for action'); // 'lead' (a responsibility column, not the action)
 * matchHeader('Expected date of completion'); // 'due'
 */
export function matchHeader(text: string): PlanField | null {
  return matchCached(String(text ?? ''));
}

// Every short cell of every row is tried as a header word while the header rows are found.
const matchCached = memoiseText((text: string): PlanField | null => {
  const key = headerKey(text);
  if (!key || key.length > 120) return null;
  // "Responsibility for action" and "Lead for action" name the lead: the person, not the action.
  if (/\b(responsib\w*|lead|leads|owner|accountable)\b/.test(key) && /\baction/.test(key)) return 'lead';
  // The EDI Improvement Plan's high impact actions ("HIA", "High impact action", "Link to EDI improvement plan").
  if (/\b(hias?|high impact actions?|edi improvement plan)\b/.test(key)) return 'hia';
  if (/^(date|month|year)? ?(action )?completed$|^date complete/.test(key)) return 'completed';
  // A status header may spell out its key ("Status (Red = yet to begin … Green = completed)").
  if (/^(status|rag|brag)\b/.test(key)) return 'status';
  for (const p of PATTERNS) if (p.re.test(key)) return p.field;
  return null;
});
