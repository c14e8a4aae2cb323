import type { RawAction } from './walk-rows';

/** Actions, at least, numbered under the one leading number before it reads as a section's, not an indicator's. */
const MIN_ACTIONS = 4;

/**
 * Why the plan's action numbers number the paragraphs of one section of a report, not indicators, or null. An audit's
 * recommendations log numbers its findings by the report's section ('2.1' … '2.7': section 2's findings), and a plan
 * kept as one part of a paper numbers its actions as that part's paragraphs; a plan numbering its actions by indicator
 * spreads them over several ('1.1', '2.1', '5.1'). Where four actions or more take their indicator from their number
 * alone (no indicator cell, no heading naming one above them) and every one of them opens with the same number, that
 * number is the section's: none of them names an indicator by it.
 *
 * @example
 * numbersOneSection(actions); // "every numbered action opens with '2.' ('2.1' to '2.7'), as the paragraphs of one section of a report are numbered: …"
 */
export function numbersOneSection(actions: readonly RawAction[]): string | null {
  let lead: string | null = null;
  let count = 0;
  let first = '';
  let last = '';
  for (const a of actions) {
    const numbered = a.numbered;
    if (!numbered || numbered.byNote) continue;
    const own = /^\s*(\d{1,2})\.\d/.exec(numbered.ref)?.[1];
    // A number with no point ('5', 'Action 2') or one its indicator cell or block also gives is not this.
    if (own === undefined || a.fields.indicator.trim() || a.blockIndicators.length) return null;
    if (lead !== null && own !== lead) return null;
    lead = own;
    if (!count) first = numbered.ref;
    last = numbered.ref;
    count++;
  }
  if (lead === null || count < MIN_ACTIONS) return null;
  return `every numbered action opens with '${lead}.' ('${first}' to '${last}'), as the paragraphs of one section of a report are numbered: a plan numbering its actions by indicator spreads them over several`;
}
