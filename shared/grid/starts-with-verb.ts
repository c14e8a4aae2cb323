/** The verbs plans start an action or an aim with ("Review…", "To increase…"). */
const STARTS_WITH_VERB = /^(?:to\s+)?(review|develop|continue|publish|deliver|ensure|implement|introduce|establish|explore|promote|run|create|launch|raise|identify|undertake|work|provide|increase|reduce|improve|support|monitor|build|embed|engage|hold|conduct|carry|design|agree|analyse|analyze|audit|evaluate|enhance|further|roll|appoint|recruit|train|commission|expand|share|include|offer|set|hold|use|make|map|pilot|refresh|update|publicise|encourage|celebrate|collect|gather|report|present|attend|complete|focus|look|consider|invite|seek|target|achieve|maintain|strengthen|co-produce|produce|extend|refresh)\b/i;

/**
 * Whether a text starts with what to do: actions and aims do ("Increase BME representation…"); roles, names and
 * subjects ("Head of OD", "Fair recruitment") do not.
 *
 * @example
 * startsWithVerb('To increase the share of BME staff at Band 8a'); // true
 * startsWithVerb('Representative workforce'); // false
 */
export function startsWithVerb(text: string): boolean {
  return STARTS_WITH_VERB.test(text);
}
