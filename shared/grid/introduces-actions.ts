/**
 * A heading that introduces the plan's actions: 'Next steps', 'Key next steps', 'Our actions', 'What we will do', 'Actions
 * for 2021/22', 'What we will do in 2022/23:', 'Proposed actions', 'Recommendations' (an annual report's recommendations
 * are the plan it commits to). A heading naming anything else ('Key achievements',
 * 'Key findings', 'What the data shows', 'How to use this template') introduces no action.
 */
const INTRODUCES =
  /^(?:(?:key|our|agreed|proposed|planned|recommended|further|immediate|priority)\s+)*(?:next\s+steps|actions?|action\s+plan|commitments|pledges|recommendations|what\s+we\s+(?:will|plan\s+to|are\s+going\s+to)\s+do(?:\s+next)?)(?:\s+(?:for|in|during|over)\s+[^.;]{1,30})?\s*:?$/i;

/**
 * Whether a heading only introduces the plan's actions (`INTRODUCES`): over a document's list it opens the list of
 * actions; over a table's header it names what the whole table lists, never a subject its actions share.
 *
 * @example
 * introducesActions('Key next steps'); // true
 * introducesActions('Next steps for 2022/23'); // true
 * introducesActions('Key achievements'); // false
 * introducesActions('Recruitment and progression'); // false
 */
export function introducesActions(text: string): boolean {
  return INTRODUCES.test(text);
}
