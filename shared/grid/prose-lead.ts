import { PEOPLE_WORD } from './read-opening-leads';

/** A post's title is short: a longer run of words before 'will' is a subject ('Every formal case involving …'), not who. */
const MAX_WORDS = 8;

/** The word after a post that says what it is over ('Head of …', 'Director for …'). */
const OF = /^(?:of|for)$/i;

/** Words no post's title holds: a clause's subject or a relative ('we', 'who', 'every'). */
const NOT_A_POST = /^(?:we|our|us|it|this|these|they|who|which|that|every|each|all|any|some|staff|member|members)$/i;

/** What a post does that is no work of the plan's: it has a seat, attends, receives, takes part or supports. */
const NO_WORK = /^(?:have|has|be|attend|receive|take|sit|support|join|note|continue\s+to\s+(?:attend|sit))$/i;

/** 'The Head of Recruitment will lead this', '… will jointly lead': the sentence says outright who leads. */
const WILL_LEAD = /\b(?:will|shall)\s+(?:jointly\s+|also\s+)?(?:lead|oversee)\b/i;

/** 'led by the Health and Safety Manager' / 'This will be led by …' up to the next clause ('with', 'by March', a comma). */
const LED_BY = /\bled\s+(?:jointly\s+)?by\s+(?:the\s+)?(.+?)(?=\s+(?:with|and\s+(?:the|completed|delivered)|supported|together|in|from|by|reporting|starting|on|at)\b|[,;.()]|$)/i;

/** A passive future's agent: 'will be launched by the Chief People Officer in October 2022'. */
const PASSIVE_BY = /\b(?:will|shall)\s+be\s+[a-z]+(?:ed|en|un|t)\s+by\s+(?:the\s+)?(.+?)(?=\s+(?:in|from|by|before|after|with|on|at|for|starting|each|every|and\s+the)\b|[,;.()]|$)/i;

/** A lead the sentence names, and how it names it. */
export interface ProseLead {
  lead: string;
  how: string;
}

/**
 * The post a paragraph of prose names as doing its work, as written: 'led by the Health and Safety Manager', 'the Head of
 * Recruitment will lead this', 'The Chief Nurse and Chief People Officer will jointly set …', 'From April 2026 the Head of
 * Resourcing will remove …', the agent of a passive 'will be launched by the Chief People Officer'. A post that only has a
 * seat, attends, receives or supports ('The Network chair will have a seat …') does no work of the plan's, and 'We will
 * …' names nobody. Null when no post is named so.
 *
 * @example
 * proseLead('We will run sessions in each team, led by the Organisational Development Lead with the Network, by March 2019.');
 * // { lead: 'Organisational Development Lead', how: "the sentence says it is 'led by' them" }
 * proseLead('The Race Equality Network chair will have a seat on the Committee, and the Trust Secretary will change its terms.');
 * // { lead: 'Trust Secretary', how: "the post the sentence says will do the work ('… will change')" }
 */
export function proseLead(text: string): ProseLead | null {
  const words = text.replace(/\s+/g, ' ').trim();
  const led = LED_BY.exec(words);
  if (led && isPost(led[1])) return { lead: led[1].trim(), how: "the sentence says it is 'led by' them" };
  const subjects = subjectsOfWill(words);
  const leading = subjects.find((s) => WILL_LEAD.test(s.rest));
  if (leading) return { lead: leading.post, how: `the sentence says who will lead it ('${leading.post} will lead')` };
  const working = subjects.find((s) => !NO_WORK.test(s.verb));
  if (working) return { lead: working.post, how: `the post the sentence says will do the work ('${working.post} will ${working.verb}')` };
  const passive = PASSIVE_BY.exec(words);
  if (passive && isPost(passive[1])) return { lead: passive[1].trim(), how: `the post a passive future names as its agent ('by the ${passive[1].trim()}')` };
  return null;
}

/** Each post a clause of the text makes the subject of 'will' / 'shall', with the verb after it and the words from 'will' to the clause's end. */
function subjectsOfWill(words: string): { post: string; verb: string; rest: string }[] {
  const out: { post: string; verb: string; rest: string }[] = [];
  for (const m of words.matchAll(/\b(?:will|shall)\s+(?:jointly\s+|also\s+|then\s+)?([a-z]+)/gi)) {
    // The clause before 'will': back to the last stop, semicolon, comma or 'and'; the post after its last 'the'.
    const clause = words.slice(0, m.index).split(/[.;,:]\s*|\s(?:and|but|then)\s(?=the\s)/i).pop()!.trim();
    const post = clause.split(/\bthe\s+/i).pop()!.trim();
    if (isPost(post)) out.push({ post, verb: m[1], rest: words.slice(m.index).split(/[.;]\s/)[0] });
  }
  return out;
}

/** One post or two named together: a short run of words ending on a post or people word, or a post before 'of' ('Head of OD'). */
function isPost(run: string): boolean {
  const words = run.trim().split(/\s+/);
  if (words.length === 0 || words.length > MAX_WORDS || words.some((w) => NOT_A_POST.test(w))) return false;
  if (PEOPLE_WORD.test(words[words.length - 1])) return true;
  const of = words.findIndex((w) => OF.test(w));
  return of > 0 && PEOPLE_WORD.test(words[of - 1]);
}
