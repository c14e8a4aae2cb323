import { indicatorsMentioned } from '../indicators';
import { cellKind } from './cell-kind';
import { collapse } from './cell-text';
import { readLabelledValues } from './read-labelled-values';

/**
 * The word a post's title ends on ('Chief People Officer', 'Chief Nurse', 'Equality Lead', 'Trust Secretary') or starts
 * a 'of' / 'for' phrase with ('Director of Corporate Affairs', 'Head of OD'): one person's post, in the singular. A body
 * ('Board', 'Committee', 'Team') or people in the plural ('Line managers', 'Network chairs') are what a section is
 * about as often as who answers for it, so they name no owner here.
 */
const POST = /^(?:officer|nurse|director|head|manager|lead|chair|chairman|chairperson|secretary|guardian|executive|sponsor|champion|consultant|adviser|advisor|practitioner|specialist|co-?ordinator|administrator|analyst|facilitator|matron|partner|ceo|cpo|coo|cno|cfo|cmo|cio)$/i;
/** The word after a post that says what it is over ('Director of …', 'Head of …', 'Lead for …'). */
const OF = /^(?:of|for)$/i;
/** A person by title and name ('Dr Amara Osei', 'Ms R. Begum'). */
const TITLED_PERSON = /^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof(?:essor)?|Sir|Dame)\.?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$/;
/** A person's name as written ('Grace Okafor', 'R. Begum', 'Sarah-Jane O’Neill'): read as one only beside a post. */
const NAME = /^(?:[A-Z]\.\s?|[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?\s){1,2}[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?$/;
/** How a heading joins a post and a name, or two posts: a comma, a dash, a bracket, 'and', '&', '/'. */
const PARTS = /\s*(?:,|\s[–—-]\s|[()]|\s(?:and|&)\s|\/)\s*/;
/** A post's title is short: longer, the heading is a sentence about the post, not the post. */
const MAX_PART_WORDS = 7;

/**
 * Whom a section row names as accountable for the actions under it, when its text reads as a role or a person — the
 * evidence the reader takes for a lead column's cells (`cellKind` 'role'), held to a post's title ('Chief People
 * Officer', 'Chief Nurse', 'Director of Corporate Affairs', 'Head of OD'), a person by title ('Dr Amara Osei'), a post
 * with its holder ('Chief Nurse – Grace Okafor', 'Grace Okafor (Director of Workforce)'), or a lead behind a label
 * ('Executive lead: Chief People Officer'). Null for a subject ('Recruitment', 'Board representation', 'Metric 4a –
 * Harassment', 'Priority 2: Line managers', an HIA's title), which stays the actions' theme. The lead is the heading as
 * written, or the value behind its label.
 *
 * @example
 * readLeadSection('Chief People Officer'); // 'Chief People Officer'
 * readLeadSection('Executive lead: Director of Workforce'); // 'Director of Workforce'
 * readLeadSection('Board representation'); // null
 */
export function readLeadSection(heading: string): string | null {
  const text = collapse(String(heading ?? ''));
  if (!text || text.length > 90) return null;
  const labelled = readLabelledValues(text).lead;
  if (labelled) return cellKind(labelled) === 'role' && readsAsPeople(labelled) ? labelled : null;
  // A heading naming an indicator ('Metric 9 – Board', 'Indicator 1 lead') is about that indicator.
  if (indicatorsMentioned(text, null).length > 0) return null;
  return cellKind(text) === 'role' && readsAsPeople(text) ? text : null;
}

/**
 * The text is one post ('Director of Workforce and OD': whatever follows 'of' is the post's remit), or every part of it
 * is a post or a person and one at least is a post or a person by title.
 */
function readsAsPeople(text: string): boolean {
  if (isPost(text)) return true;
  const parts = text.split(PARTS).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return false;
  const kinds = parts.map((p) => (isPost(p) ? 'post' : TITLED_PERSON.test(p) ? 'titled' : NAME.test(p) ? 'name' : null));
  return kinds.every((k) => k !== null) && kinds.some((k) => k === 'post' || k === 'titled');
}

/** A post's title: its last word a post ('… Officer', '… Nurse'), or a post before 'of' / 'for' ('Director of …'). */
function isPost(part: string): boolean {
  const words = part.replace(/[.:]+$/, '').split(/\s+/);
  if (words.length > MAX_PART_WORDS) return false;
  if (POST.test(words[words.length - 1])) return true;
  const of = words.findIndex((w) => OF.test(w));
  return of > 0 && POST.test(words[of - 1]);
}
