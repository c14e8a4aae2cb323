import { DEFAULT_RAG_KEY } from '../rag/default-rag-key';

/**
 * How an action stands in the plan's years, beside its progress: new this year, or continuing from an earlier plan.
 * Captions sort actions by it ("Part B – Continuing actions carried forward from 2024/25") as they do by status.
 */
const STANDING = ['continuing', 'existing', 'outstanding', 'remaining'];

/** Every status the default key knows ('completed', 'closed', 'ongoing', 'not started', 'new'…): one vocabulary, the key's. */
const STATUSES: readonly (readonly string[])[] = [...DEFAULT_RAG_KEY.entries.flatMap((e) => [e.label, ...(e.aliases ?? [])]), ...STANDING]
  .map((l) => l.toLowerCase().split(/\s+/))
  .sort((a, b) => b.length - a.length);

/** A caption's own number before its words ("Part A – ", "Section 2: ", "Part II."): it orders the blocks and names nothing. */
const PART_LABEL = /^\s*(?:part|section|block|group)\s+(?:[a-z]|\d{1,2}|[ivx]{1,4})\s*[-–—:.)]\s*/i;

/** A period: a year or financial year ('2022/23', '2022-2023', '22/23'), a quarter, a month, or the word for one. */
const PERIOD = /^(?:(?:19|20)\d{2}(?:[/-](?:19|20)?\d{2})?|\d{2}\/\d{2}|q[1-4]|h[12]|quarter|year|month|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;

/** Words a caption puts around a status or a period without naming a subject. */
const FILLER = new Set([
  'action', 'actions', 'item', 'items', 'the', 'this', 'last', 'previous', 'current', 'of', 'and', 'in', 'during', 'for', 'from',
  'since', 'by', 'to', 'at', 'plan', 'plans', 'kept', 'reference', 'moved', 'below', 'carried', 'forward', 'over', 'still',
  'end', 'so', 'far', 'date', 'our', 'now', 'all',
]);

/** Headings longer than this are sentences, whatever their words. */
const MAX_WORDS = 12;

/**
 * The heading names a status or a period and no subject: "Completed during 2022/23", "Closed actions", "Actions
 * carried forward from 2021/22", "Ongoing", "Part A – New actions for 2025/26". Such a caption sorts the actions under
 * it by how far they have got or when, not by what they are about, so it is not their theme (a subject —
 * "Recruitment", "Completed staff survey actions", "Part A – Recruitment" — is).
 *
 * @example
 * namesStatusOrPeriod('Completed during 2022/23'); // true
 * namesStatusOrPeriod('Part B – Continuing actions carried forward from 2024/25'); // true
 * namesStatusOrPeriod('New starters and induction'); // false
 */
export function namesStatusOrPeriod(heading: string): boolean {
  const words = String(heading ?? '')
    .replace(PART_LABEL, '')
    .toLowerCase()
    .replace(/[()[\]:;,.–—'’"]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length > MAX_WORDS) return false;
  // The longest status the heading holds ('not yet started' over 'started'); the words around it must say nothing more.
  const status = STATUSES.map((p) => ({ p, at: indexOfWords(words, p) })).find((x) => x.at >= 0);
  const rest = status ? [...words.slice(0, status.at), ...words.slice(status.at + status.p.length)] : words;
  if (!rest.every((w) => FILLER.has(w) || PERIOD.test(w))) return false;
  // Without a status, only a period was named ('2022/23 actions'); words around nothing ('Actions') are no caption.
  return status !== undefined || rest.some((w) => PERIOD.test(w));
}

/** Where `phrase` starts as whole words in `words`, or -1. */
function indexOfWords(words: readonly string[], phrase: readonly string[]): number {
  for (let i = 0; i + phrase.length <= words.length; i++) if (phrase.every((w, k) => words[i + k] === w)) return i;
  return -1;
}
