/**
 * A text that sends the reader to actions written elsewhere instead of holding its own ("See actions under Metric 8
 * (reasonable adjustments) and …", "Refer to the actions for indicator 3", "Covered by the actions under Metric 5"), or
 * to another metric's or indicator's row, whose actions serve this one too ("See Metric 2 – covered by the ER case
 * review.", "Refer to indicator 5", as a template listing every metric has its trust write where it plans nothing new).
 */
const POINTS_TO_ACTIONS = /^\s*(?:please\s+)?(?:see|refer to|as per|covered (?:by|under|in)|addressed (?:by|through|under|in))\s+(?:the\s+)?(?:actions?\b|(?:metric|indicator)s?\s+\d{1,2}[a-z]?\b)/i;
/**
 * A short pointer to another action of the plan, all the cell says: "See 6. Above.", "See action 12 below", "As per 3",
 * "As above". Its number (when it gives one) is the action's.
 */
export const POINTS_TO_ROW = /^\s*(?:see|as per|refer to)\s+(?:action\s+)?(\d{1,3}[a-z]?)?\.?\s*(?:above|below)?\.?\s*$|^\s*as above\.?\s*$/i;
/** What it points at: the indicator, metric or action it names by number. */
const POINTED_AT = /\b(?:metric|indicator|action)s?\s+(\d{1,3}[a-z]?)\b/i;

/**
 * The indicator or action a cross-reference to actions elsewhere points at ('8'), '' when it names none by number,
 * or null when the text is no such cross-reference — a sentence sending the reader to other actions, or a short
 * pointer to another action of the plan (`POINTS_TO_ROW`). Such a row is neither an action nor a heading: its text is
 * no theme of the actions below it, even with a page's header printed again under it.
 *
 * @example
 * pointsToActions('See actions under Metric 8 (reasonable adjustments) and the revised Attendance policy'); // '8'
 * pointsToActions('See 6. Above.'); // '6'
 * pointsToActions('See Metric 2 – covered by the ER case review.'); // '2'
 * pointsToActions('Metric 6 – Presenteeism'); // null
 */
export function pointsToActions(text: string): string | null {
  const t = String(text ?? '').slice(0, 500);
  const row = POINTS_TO_ROW.exec(t);
  if (row) return row[1] ?? '';
  if (!POINTS_TO_ACTIONS.test(t)) return null;
  return POINTED_AT.exec(t)?.[1] ?? '';
}
