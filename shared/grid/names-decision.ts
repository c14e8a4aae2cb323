/**
 * A decision on something put to a board or committee, as a response column records it: 'Accepted', 'Accepted in
 * part', 'Not accepted', 'Partially agreed', 'Rejected', 'Declined', 'Supported in principle'.
 */
const DECISION = /^(?:not\s+|partially\s+|partly\s+)?(?:accepted|agreed|supported|rejected|declined|noted)(?:\s+(?:in\s+(?:part|principle|full)|with\s+(?:changes|amendments)))?\s*[.!]?$/i;

/**
 * Whether a cell records a decision on a request or recommendation ('Accepted', 'Accepted in part', 'Not accepted')
 * rather than how an action is going. Plans that answer a staff network's asks or a review's recommendations colour
 * the decision (accepted green, in part amber, not accepted red): that colour is the board's answer, not a RAG.
 *
 * @example
 * namesDecision('Accepted in part'); // true
 * namesDecision('Not accepted'); // true
 * namesDecision('On track'); // false
 */
export function namesDecision(text: string): boolean {
  return text.length <= 40 && DECISION.test(text.trim());
}
