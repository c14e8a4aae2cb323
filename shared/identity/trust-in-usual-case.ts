/** Short forms a trust's name keeps in capitals. */
const ACRONYM = /^(?:NHS|ICB|UK|CIC|LLP)$/;
/** Joining words written small inside a name ('Health and Care', 'Isle of Wight', 'Newcastle upon Tyne'). */
const JOINING = /^(?:and|of|the|for|upon|on|in|at)$/i;

/**
 * A trust's name written all in capitals ('RIVELSBY TEACHING HOSPITALS NHS TRUST', a title bar's style), in the case
 * the workbook writes it elsewhere (another sheet's title, a footer, the document's properties), else in title case:
 * each word capitalised, 'NHS' kept, joining words ('and', 'of', 'the') small. A name already in mixed case is as
 * written: the trust chose it ('Birmingham and Solihull', 'Pennington Children's').
 *
 * @example
 * trustInUsualCase('RIVELSBY TEACHING HOSPITALS NHS TRUST', []); // 'Rivelsby Teaching Hospitals NHS Trust'
 * trustInUsualCase('STANMOOR HEALTH AND CARE NHS TRUST', ['© Stanmoor Health and Care NHS Trust 2022']); // 'Stanmoor Health and Care NHS Trust'
 */
export function trustInUsualCase(trust: string, texts: readonly string[]): string {
  const name = String(trust ?? '');
  if (/\p{Ll}/u.test(name) || !/\p{Lu}/u.test(name)) return name;
  const written = new RegExp(`(?<![\\p{L}\\p{N}])${name.trim().split(/\s+/).map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
  for (const text of texts) {
    const found = written.exec(String(text ?? ''))?.[0];
    if (found && /\p{Ll}/u.test(found)) return found.replace(/\s+/g, ' ');
  }
  return name.trim().split(/\s+/).map((word, i) => caseOf(word, i)).join(' ');
}

function caseOf(word: string, at: number): string {
  if (ACRONYM.test(word)) return word;
  if (at > 0 && JOINING.test(word)) return word.toLowerCase();
  // Each part of a hyphenated word starts its own way, joining parts small: 'STOKE-ON-TRENT' is 'Stoke-on-Trent';
  // after an apostrophe the word goes on small ("CHILDREN'S" is "Children's").
  return word
    .toLowerCase()
    .split('-')
    .map((part, j) => (j > 0 && JOINING.test(part) ? part : part.replace(/\p{L}/u, (letter) => letter.toUpperCase())))
    .join('-');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
