/** Words of a title, not of an organisation's name: the name ends before the first of them. */
const TITLE_WORD = /^(?:WRES|WDES|Standard|Action|Plan|Plans|Report|Annual|Appendix|Draft|Final|Delivery|Strategy|Objectives?|Equality|Race|Disability|Progress|Update|Version|Full|Board|Paper|Summary)$/i;
/** Words of a name: capitalised, or the small words names use ('Health and Care'). */
const NAME_WORD = /^(?:[A-Z][\p{L}'’.-]*|&|and|of|the|for|upon|on|in)$/u;
/** Small words a name never ends with. */
const SMALL = /^(?:&|and|of|the|for|upon|on|in)$/;
/** A possessive's ending ("Avonmead's", "Services'"): no part of the name. */
const POSSESSIVE = /['’]s$|(?<=s)['’]$/;
/** A word closing a sentence ('Board.'), not an abbreviation ('St.'): three letters or more before the stop. */
const SENTENCE_END = /(?<=\p{L}{3})\.$/u;
/** The file name's words that could be a place's short name: letters only, four or more. */
const SHORT_NAME = /\p{L}{4,}/gu;

/**
 * The organisation a title row names without a trust's ending ('Avonmead Health and Care Delivery Plan – Full Version
 * 2020-2023', 'NHS Albion Workforce Agency equality objectives for 2024/25'), told by the file's short name: a word of the
 * file name ('…-avonmead.xlsx') that opens a capitalised name in the title ('NHS' before it kept). The name runs on over
 * capitalised words and the small words names use, and ends before a title's word ('Delivery', 'Plan', 'WRES'), a word in
 * lower case, a number or a dash. Read only where no place names a trust by its ending (`trustOfText`). Null when no
 * title row holds such a name.
 *
 * @example
 * trustNamedByFile('holdout25-wres-2020-21-avonmead.xlsx', ['Avonmead Health and Care Delivery Plan – Full Version 2020-2023']); // 'Avonmead Health and Care'
 * trustNamedByFile('wres-plan-2023.xlsx', ['WRES Action Plan 2023']); // null ('plan' is a title's word)
 * trustNamedByFile('wres-2024-25-fenmarch.xlsx', ['Actions agreed for staff employed by NHS Fenmarch Integrated Care Board. Owner: HR.']); // 'NHS Fenmarch Integrated Care Board'
 */
export function trustNamedByFile(fileName: string | undefined, titles: readonly string[]): string | null {
  const shorts = new Set([...String(fileName ?? '').replace(/\.[a-z]{3,4}$/i, '').matchAll(SHORT_NAME)].map((m) => m[0].toLowerCase()));
  if (!shorts.size) return null;
  for (const title of titles) {
    const words = String(title ?? '').replace(/\s+/g, ' ').trim().split(' ');
    for (let i = 0; i < words.length; i++) {
      const w = words[i].replace(POSSESSIVE, '');
      if (!shorts.has(w.toLowerCase()) || !/^\p{Lu}/u.test(w) || TITLE_WORD.test(w)) continue;
      const name = [w];
      // A possessive ends the name ("Avonmead Health's plan"): the words after it are what it owns.
      // So does a full stop ('… by NHS Fenmarch Integrated Care Board. Owner: …'): the sentence, and the name, end there
      // (its word tested as written: 'Board.' closing a sentence is the name's, 'Board Paper' a title's).
      for (let j = i + 1; j < words.length && !POSSESSIVE.test(words[j - 1]) && !SENTENCE_END.test(words[j - 1]) && NAME_WORD.test(words[j]) && !TITLE_WORD.test(words[j]); j++) name.push(words[j].replace(POSSESSIVE, '').replace(SENTENCE_END, ''));
      while (name.length > 1 && SMALL.test(name[name.length - 1])) name.pop();
      if (name.length < 2) continue;
      return `${i > 0 && words[i - 1] === 'NHS' ? 'NHS ' : ''}${name.join(' ')}`;
    }
  }
  return null;
}
