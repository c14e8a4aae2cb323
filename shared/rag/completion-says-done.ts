import { parseTimescale } from '../timescale/parse-timescale';
import { answerMeaning } from './answer-meaning';
import { isCompleteLabel } from './is-complete-status';

/**
 * Whether an action's completion cell ('Date completed', 'Date achieved', 'Closed on') says the action is done: a day
 * on or before the check date ('12/03/2024', 'Mar-24'), a yes or a tick ('Y', '✓'), or a word of completion
 * ('Completed'). Such a cell is filled only once the work is finished, whatever the status column says, so a plan
 * keeping no status (only the date each action was done) shows its finished actions as finished. A date still to
 * come, an answer of no, or a description of evidence say nothing here.
 *
 * @example
 * completionSaysDone('14/02/2025', new Date(Date.UTC(2025, 9, 31))) // true
 * completionSaysDone('N', new Date(Date.UTC(2025, 9, 31))) // false
 */
export function completionSaysDone(completed: string, asAt: Date): boolean {
  const text = String(completed ?? '').trim();
  if (text === '') return false;
  const answer = answerMeaning(text);
  if (answer) return answer === 'done';
  if (isCompleteLabel(text)) return true;
  const day = parseTimescale(text);
  // A window ('Q3 2024') is done once it has ended; a day once it has come.
  return day.parsed && !day.ongoing && day.end !== null && day.end <= asAt.toISOString().slice(0, 10);
}
