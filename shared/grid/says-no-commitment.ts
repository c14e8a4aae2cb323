import { collapse, collapsedLongerThan } from './cell-text';

/**
 * An answer turning an ask down, opening the cell with its reason after a dash, colon or stop ('Not agreed this year –
 * CEO wants to try it with the exec team first', 'Declined: no budget', 'Refused.'): a tracker of asks and the answers
 * agreed keeps the refused ones beside them; so does a joint log the items its two sides could not agree ('No agreement –
 * … referred to the Trust Board', status 'Referred').
 */
const REFUSED = /^(?:not (?:agreed|accepted|supported|approved)|no agreement(?: (?:reached|was reached))?|declined|refused|turned down|referred)(?: (?:this|for this|at this) (?:year|time|stage|point|round)| for now| at present)?\s*(?:[–—:;,.(]|\s-\s|$)/i;

/**
 * A line saying a return, report or update the tracker waits for never came ('No return received – 2023/24 commitments
 * carried forward pending return', 'No update submitted', 'Return not received', 'Awaiting return'): a tracker compiled
 * from others' returns records the gap on the row where their commitments would be.
 */
const NO_RETURN = /^(?:no (?:return|returns|update|updates|submission|response|report)(?: (?:was |has been )?(?:received|submitted|returned|provided|sent|made))?|(?:return|update|submission|response) (?:not|never) (?:yet )?(?:received|submitted|returned|provided)|awaiting (?:the |a |their )?(?:return|update|submission|response)|not returned)\s*(?:[–—:;,.(]|\s-\s|$)/i;

/**
 * A question left where the action should be, opening with question marks ('?? need advice from the EDI lead on this
 * one', '? ask the network'): a note to self that the action is still to be found, written in place of one.
 */
const QUESTION = /^\?+\s*\S/;

/** The first letters of REFUSED's, NO_RETURN's and QUESTION's openings. */
const OPENINGS = 'ndrtau?';

/** The cells looked at are short answers: a sentence of action that merely starts so is longer than this. */
const MAX_ANSWER = 200;

/**
 * Why an action cell holds no commitment though it sits where one would — an ask turned down, a return that never
 * came, or a question left in its place — in words for the user; null for any other text (an action, or one that only mentions a refusal later on:
 * 'Re-table the policy change not agreed by JNCC').
 *
 * @example
 * saysNoCommitment('Not agreed this year – CEO wants to try it with the exec team first.'); // "it says the ask was not agreed ('Not agreed this year')"
 * saysNoCommitment('No return received – 2023/24 commitments carried forward pending return.'); // "it says no return came in ('No return received')"
 * saysNoCommitment('?? need advice from the EDI lead on this one'); // 'it asks a question in place of an action: what will be done is still to be found'
 * saysNoCommitment('Agree protected time for network chairs'); // null
 */
export function saysNoCommitment(text: string): string | null {
  // Most action cells open with a verb and are ruled out on their first letter.
  const first = text.trimStart().charAt(0).toLowerCase();
  if (!OPENINGS.includes(first)) return null;
  if (collapsedLongerThan(text, MAX_ANSWER)) return null;
  const line = collapse(text);
  const refused = REFUSED.exec(line);
  if (refused) return `it says the ask was not agreed ('${opening(refused[0])}')`;
  const missing = NO_RETURN.exec(line);
  if (missing) return `it says no return came in ('${opening(missing[0])}')`;
  return QUESTION.test(line) ? 'it asks a question in place of an action: what will be done is still to be found' : null;
}

/** The words matched, less the punctuation after them. */
function opening(matched: string): string {
  return matched.replace(/[\s–—:;,.(-]+$/, '');
}
