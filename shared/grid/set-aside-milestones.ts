import { headerKey } from './cell-text';
import type { HeaderWordScore } from './header-words';

/** A header about milestones ("Milestones", "Milestone date", "Key milestones"). */
const MILESTONE = /\bmilestones?\b/;
/** How strongly a header's words must name the timescale to be the whole action's due column (a review date does not). */
const NAMES_DUE = 0.8;

/**
 * A plan that breaks each action into milestones ("Milestones | Milestone date") beside a column that says when the
 * action as a whole is due ("Target completion", "By when?", "Deadline") gives two timescales: the milestones' are
 * checkpoints on the way, so their columns are set aside and the whole action's column is the timescale. The whole
 * action's column is any header whose words the reader takes for a timescale (the header vocabulary, `header-words.ts`),
 * so however a trust words it the milestones stay set aside. With no such column beside them, a milestone column is the
 * plan's only timescale and is read as one. A header whose words name the action first ('Milestone / activity', a project
 * plan's task list: `header-words.ts`) heads the things done, not their checkpoints: it is not set aside. Returns each
 * milestone column with why.
 *
 * @example
 * const headers = new Map([[3, 'Milestones'], [4, 'Milestone date'], [6, 'By when?']]);
 * setAsideMilestones(headers, new Map([...headers].map(([c, h]) => [c, scoreHeaderWords(h)])));
 * // Map { 3 => "its milestones are checkpoints on the way; when the action is due is in 'By when?'", 4 => … }
 */
export function setAsideMilestones(headers: ReadonlyMap<number, string>, words: ReadonlyMap<number, readonly HeaderWordScore[]>): Map<number, string> {
  const out = new Map<number, string>();
  const milestone = (h: string) => MILESTONE.test(headerKey(h));
  const namesDue = (c: number) => words.get(c)?.[0]?.field === 'due' && words.get(c)![0].score >= NAMES_DUE;
  const whole = [...headers].find(([c, h]) => namesDue(c) && !milestone(h));
  if (!whole) return out;
  for (const [c, h] of headers) {
    // A project plan's 'Milestone / activity' names its tasks, whose words name the action first: the action's column.
    if (milestone(h) && words.get(c)?.[0]?.field !== 'action') out.set(c, `its milestones are checkpoints on the way; when the action is due is in '${whole[1].trim()}'`);
  }
  return out;
}
