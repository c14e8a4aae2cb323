import { completionSaysDone, isCompleteStatus } from '../rag';
import type { Rag, RecognisedAction, RuleContext } from '../types';

/** Per check (one context), per status colour, per status text: whether it means complete. */
const ANSWERS = new WeakMap<RuleContext, Map<Rag | null, Map<string, boolean>>>();

/**
 * Whether an action's status marks it complete by the plan's key (`isCompleteStatus`), or its completion cell says it is
 * done (`completionSaysDone`), as the rules read it.
 * Several rules ask this of every action, and a plan repeats a few statuses over all its rows: each distinct
 * status and colour is read once per check. The answer is kept for one context only, so a key changed between
 * two checks is read afresh.
 *
 * @example
 * isMarkedComplete(context, action) // true for 'Completed' under the default key
 */
export function isMarkedComplete(context: RuleContext, action: RecognisedAction): boolean {
  // A completion cell filled in ('Date completed: 14/02/2025') marks the action complete whatever its status says.
  if (action.completed && completionSaysDone(action.completed, context.asAt)) return true;
  let byRag = ANSWERS.get(context);
  if (!byRag) ANSWERS.set(context, (byRag = new Map()));
  const rag = action.statusRag ?? null;
  let byStatus = byRag.get(rag);
  if (!byStatus) byRag.set(rag, (byStatus = new Map()));
  const status = action.status;
  const known = typeof status === 'string' && status.length <= 200 ? byStatus.get(status) : undefined;
  if (known !== undefined) return known;
  const complete = isCompleteStatus(status, action.statusRag, context.ragKey);
  if (typeof status === 'string' && status.length <= 200) byStatus.set(status, complete);
  return complete;
}
