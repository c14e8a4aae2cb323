import { memoiseText } from '../memoise-text';

/**
 * "High", "Medium priority", "H", "P2", "1 – High", "Very low", "Critical": how plans rate an action's priority; Planner
 * rates its tasks Urgent / Important / Medium / Low.
 */
const LEVEL = /^(?:(?:[1-4]\s*[-–:.]?\s*)?(?:very\s+)?(?:high|medium|med|low|critical|urgent|important)(?:\s+priority)?|[hml]|p[1-4])$/i;

/**
 * Whether a cell rates an action's priority (High / Medium / Low, H / M / L, P1…P4) rather than naming a theme or
 * stating a status: a column of these is the plan's priority, which the reader keeps but does not read as a field.
 *
 * @example
 * isPriorityLevel('Medium'); // true
 * isPriorityLevel('H'); // true
 * isPriorityLevel('Priority 1: Representation'); // false — a theme that counts priorities
 */
export const isPriorityLevel = memoiseText((text: string): boolean => text.length <= 24 && LEVEL.test(text.replace(/\s+/g, ' ').trim()));
