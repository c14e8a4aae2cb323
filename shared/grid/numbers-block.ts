/**
 * A heading numbering its block as the plan does: a word a plan groups its work by, a code, then the title ('Outcome
 * 3A: Board members, system leaders …', 'Objective 2 – Fair treatment', 'Domain 1: …', 'Priority B – …', 'High impact
 * action 3' alone or before its title: the EDI Improvement Plan's numbered actions a plan groups its work by). It heads its
 * block however long its title, as a line opening with an indicator's name does. Not 'Action 1:' or 'Target 1:' (an
 * item the plan numbers: `read-document-plan.ts`), nor a figure ('Band 5: 34% …').
 */
const CODED_HEADING = /^(?:(?:eds\s*2?|equality|strategic|corporate)\s+)?(outcomes?|objectives?|goals?|aims?|priorit(?:y|ies)|domains?|themes?|workstreams?|work\s+streams?|pillars?|strands?|ambitions?|key\s+(?:area|action\s+area)s?|areas?\s+of\s+focus|focus\s+areas?|standards?|principles?|high\s+impact\s+actions?|hias?)\s+(\d{1,2}[a-z]?|[a-z])(?:\s*[:–—.)-]\s*\S|\s*$)/i;

/**
 * Whether a line heads its block by the plan's own numbering ('Outcome 3A: …', 'Objective 2 – …'), however long (see
 * CODED_HEADING). The code is the plan's, not an indicator's.
 *
 * @example
 * numbersBlock('Outcome 3A: Board members, system leaders (Band 9 and VSM) and those with line management …'); // true
 * numbersBlock('Band 5: 34% of BME staff'); // false
 */
export function numbersBlock(text: string): boolean {
  return CODED_HEADING.test(text.trim());
}

/**
 * The code a heading numbers its block by ('1' of 'Aim 1 - Make recruitment fairer', '3A' of 'Outcome 3A: …', 'B' of
 * 'Priority B – …'), upper-cased; null when the line numbers no block (see CODED_HEADING).
 *
 * @example
 * blockCodeOf('Aim 1 - Make recruitment and career progression fairer'); // '1'
 * blockCodeOf('Band 5: 34% of BME staff'); // null
 */
export function blockCodeOf(text: string): string | null {
  return CODED_HEADING.exec(text.trim())?.[2].toUpperCase() ?? null;
}
