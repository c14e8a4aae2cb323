import { startsWithVerb } from './starts-with-verb';

/** A figure of the data: a share ('4%', '12 per cent') or a ratio ('1.8 times'). Numbers alone may be refs or years. */
const FIGURE = /\d\s*(?:%|per ?cent\b)|\d\s*times\b/i;
/** A verb saying what is so or what staff say ('are', 'has', 'report', 'believe', 'make up'). */
const STATE = /\b(?:is|are|was|were|has|have|had|remains?|make up|made up|reports?|reported|believes?|believed|feels?|felt|experiences?|experienced|says?|said)\b/i;
/** A comparison or an absence, the shape of a gap the data shows ('more likely', 'fewer', 'against', 'has no'). */
const COMPARED = /\b(?:than|against|compared|likely|likelihood|fewer|more|less|lower|higher|only|under-?represented|over-?represented|disparity|gap)\b|\b(?:has|have|had) no\b|\bthere (?:is|are|was|were) no\b/i;

/** An indicator named or defined ('Metric 6: …', 'Percentage of Disabled staff compared to …'): the measure, not its value. */
const MEASURE = /^(?:(?:wres|wdes)\s*)?(?:metrics?|indicators?|ind)\b|^(?:the\s+)?(?:percentage|proportion|relative likelihood|likelihood|number)\s+of\b/i;

/**
 * Whether a text states a finding — what the data shows, the concern the actions answer — rather than naming a subject
 * or stating an aim: it gives a figure ("Only 4% of staff in Bands 8a and above are BME, against 17% of the workforce",
 * "11.2% BME at Band 8a+"), or says what is so by comparison or absence ("Fewer BME staff believe the Trust provides
 * equal opportunities", "The Board has no BME voting members"). What to do ("Increase BME representation to 15%") is
 * an aim, not a finding; "Fair recruitment" is a subject, and so is an indicator named or defined ("Metric 6 – Percentage
 * of Disabled staff compared to non-disabled staff saying…"): it names the measure, where a finding gives its value.
 *
 * @example
 * statesFinding('White applicants are 1.8 times more likely to be appointed from shortlisting.'); // true
 * statesFinding('BME staff report more harassment from patients'); // true
 * statesFinding('Governance of the plan'); // false
 * statesFinding('Reduce the gap to 1.25 times by 2025'); // false
 */
export function statesFinding(text: string): boolean {
  if (startsWithVerb(text) || MEASURE.test(text.trim())) return false;
  return FIGURE.test(text) || (STATE.test(text) && COMPARED.test(text));
}
