import { headerKey } from './cell-text';

/** A header about milestones ("Milestones", "Milestone date", "Key milestones") that says nothing of the end. */
const MILESTONE = /\bmilestones?\b/;
/** A header about when the action as a whole is due ("Target completion", "Timescale", "Deadline", "Due date"). */
const WHOLE = /\b(target|deadline|due|completion|complete|time ?scales?|time ?frames?|end|finish)\b/;

/**
 * A plan that breaks each action into milestones ("Milestones | Milestone date") beside a column that says when the
 * action as a whole is due ("Target completion") gives two timescales: the milestones' are checkpoints on the way, so
 * their columns are set aside and the whole action's column is the timescale. With no such column beside them, a
 * milestone column is the plan's only timescale and is read as one. Returns each milestone column with why.
 *
 * @example
 * setAsideMilestones(new Map([[3, 'Milestones'], [4, 'Milestone date'], [6, 'Target completion']]));
 * // Map { 3 => "its milestones are checkpoints on the way; when the action is due is in 'Target completion'", 4 => … }
 */
export function setAsideMilestones(headers: ReadonlyMap<number, string>): Map<number, string> {
  const out = new Map<number, string>();
  const whole = [...headers].find(([, h]) => WHOLE.test(headerKey(h)) && !MILESTONE.test(headerKey(h)));
  if (!whole) return out;
  for (const [c, h] of headers) {
    const key = headerKey(h);
    if (MILESTONE.test(key) && !WHOLE.test(key)) out.set(c, `its milestones are checkpoints on the way; when the action is due is in '${whole[1].trim()}'`);
  }
  return out;
}
