import { DEFAULT_RAG_KEY } from '../rag/default-rag-key';

/**
 * How an action stands in the plan's years, beside its progress: new this year, or continuing from an earlier plan.
 * Captions sort actions by it ("Part B – Continuing actions carried forward from 2024/25") as they do by status, but it
 * says nothing of how far an action has got, so it is no status.
 */
const STANDING = ['continuing', 'existing', 'outstanding', 'remaining', 'added'].map((w) => [w]);

/** Every status the default key knows ('completed', 'closed', 'ongoing', 'not started', 'new'…): one vocabulary, the key's. */
const STATUSES: readonly (readonly string[])[] = DEFAULT_RAG_KEY.entries.flatMap((e) => [e.label, ...(e.aliases ?? [])]).map((l) => l.toLowerCase().split(/\s+/));

/** Statuses and standings, longest first ('not yet started' over 'started'). */
const CAPTION_WORDS = [...STATUSES.map((words) => ({ words, status: true })), ...STANDING.map((words) => ({ words, status: false }))].sort((a, b) => b.words.length - a.words.length);

/**
 * A caption's own number before its words ("Part A – ", "Section 2: ", "Part II.", or the letter or number alone: "A. ",
 * "2) ", "C – "): it orders the blocks and names nothing. Alone, the number is followed by a stop or bracket and a space,
 * or by a spaced dash, so a word's first letter ('A-level') or a year ('2023-24') is no label.
 */
export const PART_LABEL = /^\s*(?:(?:part|section|block|group)\s+(?:[a-z]|\d{1,2}|[ivx]{1,4})\s*[-–—:.)]\s*|(?:[a-z]|\d{1,2}|[ivx]{1,4})(?:[.)]|\s+[-–—:])\s+)/i;

/**
 * A caption saying WHEN or AT WHICH MEETING its actions joined the plan, after the words saying they did: 'Added at the
 * mid-year review – EDI Steering Group, 17 October 2023', 'C. Added during the year', 'New actions agreed at the Board'.
 * What follows names a review, a meeting or a time: when the actions came in, never their subject. Actions added AFTER
 * or FROM an event ('Actions added after the December 2022 engagement event', holdout29 brantwood) answer what was said
 * there: that caption stays their theme, as brantwood's gold reads it.
 */
const JOINED = /^(?:(?:actions?|items?)\s+)?(?:added|new\s+(?:actions?|items?)(?:\s+(?:agreed|raised|added))?|(?:carried|brought)\s+(?:forward|over))\s+(?:at|during|since|in)\s/;

/**
 * Actions added AFTER a meeting named only by its body and when ('ADDED AFTER JAN BOARD:', 'Added after the
 * October committee'): when they joined the plan, as 'Added at …' says. After an event of another kind ('… after the
 * December 2022 engagement event') they answer what was said there, and the caption stays their theme (see JOINED).
 */
const ADDED_AFTER = /^(?:(?:actions?|items?)\s+)?added\s+after\s+(.+)$/;
const MEETING = new Set(['the', 'board', 'trust', 'committee', 'meeting', 'review', 'panel', 'steering', 'group', 'mid-year', 'year-end']);

/** A period: a year or financial year ('2022/23', '2022-2023', '22/23'), a quarter, a month, or the word for one. */
const PERIOD = /^(?:(?:19|20)\d{2}(?:[/-](?:19|20)?\d{2})?|\d{2}\/\d{2}|q[1-4]|h[12]|quarter|year|month|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;

/** How many actions a status caption heads ("Completed (5 actions)"): a count, not a subject. */
const COUNT = /^\d{1,3}$/;

/** Words a caption puts around a status or a period without naming a subject. */
const FILLER = new Set([
  'action', 'actions', 'item', 'items', 'the', 'this', 'last', 'previous', 'current', 'of', 'and', 'in', 'during', 'for', 'from',
  'since', 'by', 'to', 'at', 'plan', 'plans', 'kept', 'reference', 'moved', 'below', 'carried', 'forward', 'over', 'still',
  'end', 'so', 'far', 'date', 'our', 'now', 'all',
]);

/** A dash opening a remark on why a block is kept where it is ('– kept here for the annual report', '– moved here at Q3'). */
const KEPT_REMARK = /\s[–—-]\s+(?=(?:kept|keep|moved|retained|left|held|archived)\b)/i;

/** Headings longer than this are sentences, whatever their words. */
const MAX_WORDS = 12;

/** What a caption naming no subject says: the status it names as written ('In progress'), or null when it names a period or a standing. */
export interface StatusCaption {
  status: string | null;
}

/**
 * Reads a heading that names a status or a period and no subject: "Completed (5 actions)", "Completed during 2022/23",
 * "In progress – carried forward to 2023/24", "Actions carried forward from 2021/22", "Part A – New actions for 2025/26",
 * or says when or where its actions joined the plan: "C. Added during the year", "Added at the mid-year review – …".
 * Such a caption sorts the actions under it by how far they have got or when, not by what they are about. Null for a
 * subject ("Recruitment", "Completed staff survey actions", "Part A – Recruitment"). The status is the default key's
 * word as the caption writes it ('In progress'); a period or a standing ('Continuing') gives none.
 *
 * @example
 * readStatusCaption('In progress – carried forward to 2023/24 (4 actions)'); // { status: 'In progress' }
 * readStatusCaption('Actions carried forward from 2021/22'); // { status: null }
 * readStatusCaption('PART 2 – NEW ACTIONS FOR 2025/26'); // { status: null }: new to that year's plan, a standing
 * readStatusCaption('CLOSED ACTIONS (moved here at Q3 – keep for audit)'); // { status: 'CLOSED' }
 * readStatusCaption('DONE – kept here for the annual report'); // { status: 'DONE' }
 * readStatusCaption('A. Carried forward from 2023-24'); // { status: null }
 * readStatusCaption('Added at the mid-year review – EDI Steering Group, 17 October 2023'); // { status: null }
 * readStatusCaption('ADDED AFTER JAN BOARD:'); // { status: null }
 * readStatusCaption('New starters and induction'); // null
 */
export function readStatusCaption(heading: string): StatusCaption | null {
  const whole = readCaption(heading);
  if (whole) return whole;
  // Or after a dash, a remark on why the block is kept ('DONE – kept here for the annual report', 'Closed – moved here at
  // year end'): the words before it name the status (holdout75 hesketon); a dash before a subject ('Completed –
  // Recruitment') opens no such remark.
  const remark = KEPT_REMARK.exec(heading ?? '');
  const kept = remark ? readCaption(heading.slice(0, remark.index)) : null;
  if (kept?.status) return kept;
  if (!heading?.endsWith(')')) return null;
  // A status caption may end with a remark in brackets on how its block came to be ('CLOSED ACTIONS (moved here at Q3 –
  // keep for audit)'): the words before it name the status; a bracket after a subject ('Recruitment (closed)') stays one.
  const open = heading.lastIndexOf('(');
  const before = open > 0 ? readCaption(heading.slice(0, open)) : null;
  return before?.status ? before : null;
}

function readCaption(heading: string): StatusCaption | null {
  // Lower case changes no word's length, so the words as written stand at the same places.
  const written = String(heading ?? '')
    .replace(PART_LABEL, '')
    .replace(/[()[\]:;,.–—'’"]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (written.length > MAX_WORDS) return null;
  const words = written.map((w) => w.toLowerCase());
  // A caption saying when or where its actions joined the plan names their origin, whatever meeting or year it names.
  if (JOINED.test(`${words.join(' ')} `)) return { status: null };
  const after = ADDED_AFTER.exec(words.join(' '));
  if (after && after[1].split(' ').every((w) => MEETING.has(w) || PERIOD.test(w))) return { status: null };
  // The longest status the heading holds ('not yet started' over 'started'); the words around it must say nothing more.
  const found = CAPTION_WORDS.map((p) => ({ p, at: indexOfWords(words, p.words) })).find((x) => x.at >= 0);
  const rest = found ? [...words.slice(0, found.at), ...words.slice(found.at + found.p.words.length)] : words;
  // A count is how many actions a status heads ("Completed (5 actions)"); beside a period alone ('Year 1') it names one.
  if (!rest.every((w) => FILLER.has(w) || PERIOD.test(w) || (found?.p.status === true && COUNT.test(w)))) return null;
  // Without a status, only a period was named ('2022/23 actions'); words around nothing ('Actions', '12') are no caption.
  if (!found && !rest.some((w) => PERIOD.test(w))) return null;
  // 'New actions for 2025/26' says the actions are new to that year's plan, how they stand in its years as 'Continuing'
  // does: no status (a caption 'New' alone names the key's status).
  const standing = found?.p.words.join(' ') === 'new' && rest.some((w) => PERIOD.test(w));
  return { status: found?.p.status && !standing ? written.slice(found.at, found.at + found.p.words.length).join(' ') : null };
}

/** Where `phrase` starts as whole words in `words`, or -1. */
function indexOfWords(words: readonly string[], phrase: readonly string[]): number {
  for (let i = 0; i + phrase.length <= words.length; i++) if (phrase.every((w, k) => words[i + k] === w)) return i;
  return -1;
}
