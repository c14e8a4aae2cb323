import { saysToBeConfirmed } from '../grid/says-to-be-confirmed';
import { isStrategyYear } from './strategy-year';

/** Why a timescale the parser could not place names no date, so a finding can say what to add. */
export type UntrackedKind = 'done' | 'strategy year' | 'relative' | 'event' | 'to be confirmed';

/** The cell says the action is finished ('Complete', 'Done.'): nothing is left to track, so no date is owed. */
const DONE = /^\s*(complete|completed|done|achieved|finished|delivered|closed)\s*[.!]?\s*$/i;
/** Counted from a start the cell does not give: 'Within 6 months', 'Within three months of the policy launch'. */
const RELATIVE = /^\s*(within|in|after)\s+(\d{1,2}|one|two|three|four|six|nine|twelve|eighteen)\s+(weeks?|months?|years?)\b/i;
/**
 * Tied to something that will happen, not a date: 'As vacancies arise', 'When posts become vacant', 'Next vacancy',
 * 'Each cohort', 'By next WRES submission', 'Following the survey results', 'On publication of the WRES data', 'In line
 * with policy review schedule', 'Timeframe aligned to … programme rollout'. Its opening words say so.
 */
const EVENT = /^\s*(as|when|whenever|once|following|after|upon|on publication|on receipt|each|every|next|by next|at next|at the next|by the next|in line with|aligned (?:to|with)|timeframe aligned|dependent on|depending on|subject to|in time for|ahead of|prior to|before the next)\b/i;

/**
 * What kind of untrackable timescale a cell holds, or null when it is none of these (a stray fragment): a word of
 * completion, a plan's own year ('Year 1'), a span counted from an unstated start, an event, or a date still to be
 * agreed ('TBC'). One test, so the finding
 * (`due-unparsed`) says for each what is missing. A cell with a date in it is none of these: the parser read or refused
 * it for other reasons.
 *
 * @example
 * untrackedKind('As vacancies arise'); // 'event'
 * untrackedKind('Within 6 months'); // 'relative'
 * untrackedKind('TBC'); // 'to be confirmed'
 * untrackedKind('r 2019'); // null
 */
export function untrackedKind(text: string): UntrackedKind | null {
  const s = String(text ?? '').slice(0, 200);
  if (DONE.test(s)) return 'done';
  if (saysToBeConfirmed(s)) return 'to be confirmed';
  if (isStrategyYear(s)) return 'strategy year';
  if (RELATIVE.test(s)) return 'relative';
  // A year in the words ('March 2017 or in line with …', 'Jan 2023 cohort') is a date the parser could not free; no event.
  if (!/(?:19|20)\d{2}|\b\d{1,2}\/\d{2}\b/.test(s) && EVENT.test(s)) return 'event';
  return null;
}
