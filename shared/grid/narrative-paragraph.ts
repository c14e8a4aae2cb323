import { collapse } from './cell-text';
import { promisesWork } from './promises-work';
import { startsWithVerb } from './starts-with-verb';
import { statesWorkDone } from './states-work-done';

/** A header naming its column as a paper's paragraphs ('Paragraph', 'Narrative', 'Para', 'Text'), not as its actions. */
const PROSE_HEADER = /^(?:paragraphs?|para|narrative|text)$/i;

/** A lead-in saying the paragraphs under it report what was done ('Since our last plan we have:', 'In 2022/23 we:'). */
const DONE_LEAD_IN = /\bwe\s+(?:have(?:\s+(?:done|delivered|achieved))?|did|delivered|achieved)(?:\s+the\s+following)?\s*:\s*$|\bwhat\s+we\s+(?:did|have\s+done)\b/i;

/**
 * Whether a column's header names it as a paper's paragraphs ('Para | Paragraph | Owner | When'): a board paper pasted
 * as a table, each row a numbered paragraph, of which only some are actions.
 *
 * @example
 * headsParagraphs('Paragraph'); // true
 * headsParagraphs('Action'); // false
 */
export function headsParagraphs(header: string): boolean {
  return PROSE_HEADER.test(collapse(header));
}

/**
 * Why a row of a paper's paragraphs (its column headed 'Paragraph' or 'Narrative', `headsParagraphs`) that names no lead,
 * timescale or status is narrative, not an action — it neither says what to do ('Publish …') nor promises work in the
 * paper's voice (`promisesWork`): a finding, context, what was done, the plan's monitoring — or null for an action.
 *
 * @example
 * whyNarrativeParagraph('BME staff are 14% of the workforce but 5% of staff at Band 8a and above.', 'Paragraph');
 * // "its column is headed 'Paragraph' (a paper's paragraphs, only some of them actions), and it names no lead, timescale or status and neither says what to do nor promises work: a finding, context or the plan's monitoring, not an action"
 * whyNarrativeParagraph('Publish each band profile to its management team.', 'Paragraph'); // null
 */
export function whyNarrativeParagraph(text: string, header: string): string | null {
  if (!headsParagraphs(header)) return null;
  const words = collapse(text);
  if (!words || startsWithVerb(words) || promisesWork(words)) return null;
  const done = statesWorkDone(words);
  const what = done ? done : 'it neither says what to do nor promises work: a finding, context or the plan\'s monitoring';
  return `its column is headed '${collapse(header)}' (a paper's paragraphs, only some of them actions), and it names no lead, timescale or status; ${what}, not an action`;
}

/**
 * Why a numbered paragraph under a lead-in saying what was done ('3.1 Since our last plan we have:' over '3.1.1 Launched
 * the Health Passport …') reports work done though an owner and a date sit beside it, or null.
 *
 * @example
 * whyDoneUnderLeadIn('Since our last plan we have:', '3.1'); // "it sits under '3.1 Since our last plan we have:', a lead-in saying the paragraphs under it report what was done …"
 */
export function whyDoneUnderLeadIn(leadIn: string, leadInRef: string): string | null {
  const words = collapse(leadIn);
  if (!DONE_LEAD_IN.test(words)) return null;
  return `it sits under '${leadInRef} ${words}', a lead-in saying the paragraphs under it report what was done: the owner and date beside it say who did it and when, not work still to do`;
}
