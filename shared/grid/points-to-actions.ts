import { startsWithVerb } from './starts-with-verb';
/**
 * A text that sends the reader to actions written elsewhere instead of holding its own ("See actions under Metric 8
 * (reasonable adjustments) and …", "Refer to the actions for indicator 3", "Covered by the actions under Metric 5"), or
 * to another metric's or indicator's row, whose actions serve this one too ("See Metric 2 – covered by the ER case
 * review.", "Refer to indicator 5", as a template listing every metric has its trust write where it plans nothing new),
 * or to a part of the document holding them ("See Appendix 4B").
 */
const POINTS_TO_ACTIONS = /^\s*(?:please\s+)?(?:see|refer to|as per|covered (?:by|under|in)|addressed (?:by|through|under|in))\s+(?:the\s+)?(?:actions?\b|(?:metric|indicator)s?\s+\d{1,2}[a-z]?\b|(?:appendix|annex|annexe)\s+[a-z0-9]{1,3}\b)/i;
/**
 * A short pointer to another action of the plan, all the cell says: "See 6. Above.", "See action 12 below", "As per 3",
 * "As above". Its number (when it gives one) is the action's.
 */
export const POINTS_TO_ROW = /^\s*(?:see|as per|refer to)\s+(?:action\s+)?(\d{1,3}[a-z]?)?\.?\s*(?:above|below)?\.?\s*$|^\s*as above\.?\s*$/i;
/**
 * A few words naming the work with a pointer in brackets to the row that holds it, all the cell says: "Network (see 7)",
 * "Mentoring scheme (see action 4 above)", "Panel training (covered by 2b)". The number is the action's or metric's.
 */
const NAMED_THEN_POINTER = /^[^()]{1,40}\(\s*(?:see|as per|refer to|covered (?:by|under|in))\s+(?:(?:action|row|metric|indicator)\s+)?(\d{1,3}[a-z]?)\s*(?:above|below)?\s*\)\.?\s*$/i;
/**
 * A sentence saying the actions are in a plan or part of the document of their own: "A separate action plan for
 * Metric 5 is at Appendix 4B, following the review of …", "The actions for indicator 6 are set out in Annex C", "Our
 * own plan for this metric is in section 5".
 */
const PLAN_ELSEWHERE = /^\s*(?:(?:a|the|our)\s+)?(?:(?:separate|own|dedicated|specific)\s+(?:action\s+)?plan|actions?)\s+for\s+[^.;]{1,60}?\s+(?:is|are)\s+(?:set\s+out\s+|given\s+|attached\s+)?(?:at|in)\s+(?:the\s+)?(?:appendix|annex|annexe|section|tab|sheet|page)\b/i;
/**
 * A sentence saying the actions have gone to, or are kept in, another plan, strategy or programme: "Actions on abuse of
 * staff by patients and the public (indicator 5) have moved to the Violence Prevention and Reduction Plan 2020/21 – see
 * VPR actions 3, 4 and 7.", "The actions for metric 4 are now held in the Health and Wellbeing Strategy". Its subject is
 * the actions; a cell saying what to do with them opens with its verb ('Move actions on …', `startsWithVerb`).
 */
const MOVED_ELSEWHERE = /^\s*(?:(?:the|our|all|any|these)\s+)?(?:[\p{L}()0-9,&'’-]+\s+){0,2}?actions?\s+(?:(?:on|for|under|about|against|relating\s+to|to\s+address)\s+[^.;]{1,100}?\s+)?(?:have|has|were|was|are|is|will\s+be)\s+(?:now\s+)?(?:been\s+)?(?:moved|transferred|passed|handed\s+over|set\s+out|held|included|tracked|managed|taken\s+forward|picked\s+up|delivered)\s+(?:in|into|to|by|through|under|within|as\s+part\s+of)\s+(?:the\s+|our\s+)?[^.;]{0,80}?\b(?:plan|strategy|programme|framework)\b/iu;
/** A pointer to another plan by name, all the row gives of its own ("See the Violence Prevention plan; update …", "Refer to the People Strategy"). */
const SEE_PLAN = /^\s*(?:please\s+)?(?:see|refer\s+to)\s+(?:the\s+|our\s+)?(?:[\p{L}&'’-]+\s+){0,6}?(?:plan|strategy|programme)\b/iu;
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
 * pointsToActions('Network (see 7)'); // '7'
 * pointsToActions('A separate action plan for Metric 5 is at Appendix 4B, following the review of racial harassment'); // '5'
 * pointsToActions('See Metric 2 – covered by the ER case review.'); // '2'
 * pointsToActions('Actions on abuse from patients (indicator 5) have moved to the Violence Prevention and Reduction Plan.'); // '5'
 * pointsToActions('See the Violence Prevention plan; update due in March.'); // ''
 * pointsToActions('Metric 6 – Presenteeism'); // null
 */
export function pointsToActions(text: string): string | null {
  const t = String(text ?? '').slice(0, 500);
  const row = POINTS_TO_ROW.exec(t) ?? NAMED_THEN_POINTER.exec(t);
  if (row) return row[1] ?? '';
  if (PLAN_ELSEWHERE.test(t) || movedElsewhere(t)) return POINTED_AT.exec(t)?.[1] ?? '';
  if (!POINTS_TO_ACTIONS.test(t)) return null;
  return POINTED_AT.exec(t)?.[1] ?? '';
}

/**
 * The metric a sentence saying the actions are in a plan or part of the document of their own names ('5'), '' when it
 * names none, or null for any other text (see `PLAN_ELSEWHERE`).
 *
 * @example
 * pointsToPlanElsewhere('A separate action plan for Metric 5 is at Appendix 4B, following the review'); // '5'
 * pointsToPlanElsewhere('Agree a separate action plan for Metric 5 with the Board'); // null
 */
export function pointsToPlanElsewhere(text: string): string | null {
  const t = String(text ?? '').slice(0, 500);
  return PLAN_ELSEWHERE.test(t) ? POINTED_AT.exec(t)?.[1] ?? '' : null;
}

/**
 * Whether a text says the actions have gone to, or are kept in, another plan (`MOVED_ELSEWHERE`), or points to another
 * plan by name (`SEE_PLAN`): no work of this plan's, whatever update is recorded beside it. A cell opening with what to
 * do ('Move the actions on harassment into the People Plan', 'Ensure actions are included in the People Plan') is an action.
 */
function movedElsewhere(t: string): boolean {
  return (MOVED_ELSEWHERE.test(t) || SEE_PLAN.test(t)) && !startsWithVerb(t);
}
