import { scoreHeaderWords } from './header-words';
import type { RowContext } from './classify-row';
import { collapse } from './cell-text';

/** A label: a few words ending in a colon ('Approved by:', 'Review date:', 'Author:'), no number, no sentence. */
const LABEL = /^\p{L}[\p{L}\s'’-]{0,30}:$/u;
const MAX_LABEL_WORDS = 3;
/** Labels of a field of the action above ('Progress:', 'Update:'): that action's, read as its sub-row elsewhere. */
const ACTION_FIELD = /^(?:progress|update|outcome|position|comments?|notes?|milestones?)\b/i;

/**
 * A label and its value in two cells under the plan ('Approved by:' | 'Trust Board', 'Review date:' | 'June 2023',
 * 'Author:' | 'Head of EDI'): a line about the plan itself, as a form would write it, not an action — though its value
 * may fall under the action or lead column. The label ends in a colon and names neither an indicator nor a field of an
 * action's progress; the row holds nothing else. Returns why, or null.
 *
 * @example
 * readLabelValueRow({ sheet, r: 30, texts: [{ c: 0, text: 'Review date:' }, { c: 1, text: 'June 2023' }], columns, standard }); // { why: … }
 * readLabelValueRow({ sheet, r: 8, texts: [{ c: 0, text: 'Metric 1:' }, { c: 1, text: 'Improve declaration rates.' }], columns, standard }); // null
 */
export function readLabelValueRow({ texts }: RowContext): { why: string } | null {
  if (texts.length !== 2) return null;
  const label = collapse(texts[0].text);
  if (!LABEL.test(label) || label.split(/\s+/).length > MAX_LABEL_WORDS || ACTION_FIELD.test(label)) return null;
  // 'Action:', 'Lead:' would head an action's own value: only labels that name no field of an action are the plan's.
  if (scoreHeaderWords(label.replace(/:$/, '')).some((w) => w.field === 'action' && w.score >= 0.8)) return null;
  return { why: `'${label}' labels the value beside it, a line about the plan itself, not something to do` };
}
