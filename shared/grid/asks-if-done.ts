/** Words asking whether the work is finished, as a header asks it of each action. */
const DONE = /\b(?:done|complete|completed|achieved|delivered|implemented|actioned|finished|closed)\b/i;

/**
 * Whether a header asks, of each action, whether it is done ('Done?', 'Completed?', 'Achieved? (Yes / No / Partly)',
 * 'Complete (Y/N)', 'Delivered'): under it, cells answering yes or no (`answerMeaning`) are each action's status. A
 * header asking anything else ('Funding agreed?', 'Board approved (Y/N)', 'Standard met?', 'Policy in place?': how far the
 * trust meets a requirement) is not about the action's progress.
 *
 * @example
 * asksIfDone('Achieved? (Yes / No / Partly)') // true
 * asksIfDone('Funding agreed?') // false
 */
export function asksIfDone(header: string): boolean {
  // A header is a few words; a sentence naming delivery somewhere in it asks nothing of the cells.
  return header.length <= 60 && DONE.test(header);
}
