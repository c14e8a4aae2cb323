/** How an NHS organisation's name ends. */
const ENDING = /\b(NHS\s+(?:Foundation\s+)?Trust|Foundation\s+Trust|NHS\s+Trust|Partnership\s+Trust|Integrated\s+Care\s+Board|ICB|Health\s+Board|Ambulance\s+Service\s+NHS\s+Trust)\b/gi;
/** Words of a name: capitalised, or the small words names use ("Kent and Medway NHS and Social Care…"). */
const NAME_WORD = /^(?:[A-Z][\w'’.-]*|&|and|of|the|for|upon|on|in)$/;
/** Words of a title that no trust's name holds: the name starts after the last of them ('WDES Action Plan – …'). */
const TITLE_ONLY = /^(?:WRES|WDES|Standard|Action|Plan|Report|Annual|Our|Appendix|Draft|Final)$/i;
/**
 * Words a title starts with that a trust's name may also hold ('Workforce Disability Equality Standard' and 'Strandley
 * Mental Health and Learning Disability NHS Trust'): left off the name's start only, never cutting it in the middle.
 */
const TITLE_OR_NAME = /^(?:Workforce|Race|Disability|Equality|The|and|of|the|for|&|on|in|upon)$/i;

/**
 * The trust a text names, as written: the capitalised words that end in "NHS Trust", "NHS Foundation
 * Trust", "Partnership Trust", "ICB"…, in capitals too (a title bar in capitals names its trust so). Null when it names none.
 *
 * @example
 * trustOfText('Northamptonshire Healthcare NHS Foundation Trust WRES Action Plan 2016-17'); // 'Northamptonshire Healthcare NHS Foundation Trust'
 * trustOfText('STANMOOR HEALTH AND CARE NHS TRUST'); // 'STANMOOR HEALTH AND CARE NHS TRUST' (a title in capitals)
 * trustOfText('Strandley Mental Health and Learning Disability NHS Trust'); // the whole name: 'Disability' is a word of it
 */
export function trustOfText(text: string): string | null {
  const s = String(text ?? '').replace(/\s+/g, ' ').slice(0, 1000);
  // Each ending in turn: a sentence may say 'every NHS trust' before it names the trust.
  for (const end of s.matchAll(ENDING)) {
    // Matched case-blind for titles in capitals, but a name's ending is capitalised: 'every NHS trust' names none.
    if (end[1].split(' ').some((w) => !/^[A-Z]/.test(w))) continue;
    const before = s.slice(0, end.index).trim().split(' ').filter(Boolean);
    const name: string[] = [];
    for (let i = before.length - 1; i >= 0 && NAME_WORD.test(before[i]) && !TITLE_ONLY.test(before[i]); i--) name.unshift(before[i]);
    while (name.length && TITLE_OR_NAME.test(name[0])) name.shift();
    if (name.length) return `${name.join(' ')} ${end[1].replace(/\s+/g, ' ')}`;
  }
  return null;
}
