import { NAMES_INDICATOR } from '../indicators/indicator-word';
import { LABELLED, RATED } from './labels-block';
import { numbersBlock } from './numbers-block';
import { startsWithBullet } from './starts-with-bullet';
import { startsWithVerb } from './starts-with-verb';
import { statesFinding } from './states-finding';

/** More words than this and a line reads as a sentence (an indicator's official wording), not a heading's title. */
const SENTENCE_WORDS = 12;

/** A heading's title is this many words or fewer ('Governance', 'Metric 3 - Capability', '1. Workforce'). */
export const SHORT_WORDS = 8;

/**
 * How the standards word what an indicator measures ('Percentage of staff in each of the AfC bands …', 'Relative
 * likelihood of staff being appointed from shortlisting …', 'Percentage difference between the organisation's Board
 * voting membership and …'): a measure defined, however short, never a block's title.
 */
export const STANDARD_WORDING = /^(?:the\s+)?(?:percentage(?:\s+difference)?|proportion|relative\s+likelihood|likelihood|number)\s+(?:of|between)\s+\S+(?:\s+\S+){3,}/i;

/** A short numbered heading: a plan's area or priority by its number ('1. Workforce', '3) Research', '2 – Service delivery'). */
const NUMBERED_HEADING = /^\d{1,2}(?:\.\d{1,2})*\s*[.):–—-]?\s+\p{L}/u;

/**
 * Whether a line under a block's heading DESCRIBES the block rather than heading it, and how (the why's words):
 * - it gives the block's figures ('Reporting period 2016/17: BME 39.8%, White 56.1% of the workforce', 'BAME staff are
 *   1.9 times as likely …' — what the data shows, `statesFinding`);
 * - it is the standard's wording of what an indicator measures ('Relative likelihood of staff being appointed from
 *   shortlisting across all posts.', 'Percentage difference between the organisation's Board voting membership …'),
 *   however short, or any sentence of more than twelve words;
 * - it is labelled with what it tells of the block ('Success metric 1a. …', 'Aim: …', 'What good looks like: …');
 * - under a short numbered heading (`heading`, '1. Workforce'), it states the area's goal, starting with what to do
 *   ('Make the Trust a fair place to work …') or written as a sentence (a full stop): a plan numbering its areas
 *   writes each one's goal under it.
 * - it is labelled as the block's rating or the work already in place ('Evidence: Developing', 'Rating: Achieving',
 *   'Progress to date: …'): an assessment, not an action's status;
 * - it opens with a bullet ('• Gender pay gap reporting'): an item of a list (the evidence, the work in place), never a
 *   heading.
 * A line opening with an indicator's name heads a block of its own, however long ('Metric 6 – Percentage of disabled
 * staff …'), and so does one numbering its block as the plan does ('Outcome 3A: Board members …': `numbersBlock`); a
 * short subject ('Governance') is a heading's shape. Null when the line could head the block.
 *
 * @example
 * describesBlock('Our data: 34% of BME staff against 27% of White staff.'); // 'it gives the figures of the block'
 * describesBlock('Success metric 2a. Relative likelihood of being appointed'); // "it is labelled 'Success metric': …"
 * describesBlock('Make the Trust a fair place to work', '1. Workforce'); // 'it states the goal of the area …'
 * describesBlock('Evidence: Developing'); // "it is labelled 'Evidence': it rates the block or gives the work already in place (not an action's status)"
 * describesBlock('• Gender pay gap reporting'); // 'it opens with a bullet: an item of a list said of the block'
 * describesBlock('WRES 5 and 6 – Harassment, bullying or abuse'); // null
 */
export function describesBlock(text: string, heading?: string): string | null {
  const t = text.trim();
  const label = LABELLED.exec(t);
  if (label) return `it is labelled '${(label[1] ?? label[2]).replace(/\s+/g, ' ')}': it says what the block aims at or how its success is measured`;
  const rated = RATED.exec(t);
  if (rated) return `it is labelled '${rated[1].replace(/\s+/g, ' ')}': it rates the block or gives the work already in place (not an action's status)`;
  if (startsWithBullet(t)) return 'it opens with a bullet: an item of a list said of the block';
  if (!t || NAMES_INDICATOR.test(t) || numbersBlock(t)) return null;
  if (statesFinding(t)) return 'it gives the figures of the block';
  if (STANDARD_WORDING.test(t) || t.split(/\s+/).length > SENTENCE_WORDS) return 'it is a sentence describing the block (the wording of what it measures)';
  const h = heading?.trim() ?? '';
  if (NUMBERED_HEADING.test(h) && !NAMES_INDICATOR.test(h) && h.split(/\s+/).length <= SHORT_WORDS && (startsWithVerb(t) || /\.$/.test(t))) return `it states the goal of the area numbered '${h}', not a heading of its own`;
  return null;
}

/**
 * The reason a describing line under the heading on sheet row `row` gives the user, or null when the line could head
 * the block itself (see `describesBlock`).
 *
 * @example
 * describedUnder('Aim: fairer panels', 'Metric 2', 7); // "it is labelled 'Aim': … under the heading on row 7 ('Metric 2'): context, not the block's heading"
 */
export function describedUnder(text: string, heading: string, row: number): string | null {
  const why = describesBlock(text, heading);
  return why ? `${why} under the heading on row ${row} ('${heading}'): context, not the block's heading` : null;
}
