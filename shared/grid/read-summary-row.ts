import { cellKind } from './cell-kind';
import { collapsedLongerThan } from './cell-text';
import type { RowContext } from './classify-row';

/** A label that names what is counted: a total, a number of actions, or a state actions are in. */
const COUNTS = /^(?:total|totals|sum|count|number|no\.?|overall|all)\b|\bactions?\b|^(?:overdue|late|delayed|slipping|behind|closed|open|due|not due)\b/i;
/**
 * A count: "13", "5 actions – progressing", "3 of 12", "25%". Read on the text as written: any run of whitespace
 * stands for one space, and what follows "actions" may run over lines.
 */
const COUNT = /^(?:\d{1,4}(?:\.\d+)?%?|\d{1,4}\s+(?:of\s+\d{1,4}|actions?\b[\s\S]*))$/i;

/** The row's texts are trimmed, so a count starts with its digit: most cells are ruled out without a regex. */
function isCount(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 48 && first <= 57 && COUNT.test(text);
}

/**
 * A count written under (or in) the plan — "Total actions | 13", "Complete | 5", "Overdue | 2", "Total | 11 actions" —
 * is a summary of the plan, never an action: one short label naming what is counted (a total, or a state such as
 * "In progress") and counts beside it, nothing else. The label sits wherever the plan put it, often in the action
 * column and the count under the timescale or the status.
 *
 * @example
 * readSummaryRow({ sheet, r: 21, texts: [{ c: 2, text: 'Total actions' }, { c: 4, text: '13' }], columns, standard }); // { why: … }
 * readSummaryRow({ sheet, r: 7, texts: [{ c: 0, text: '5' }, { c: 1, text: 'Reverse mentoring' }], columns, standard }); // null
 */
export function readSummaryRow({ texts, columns }: RowContext): { why: string } | null {
  if (texts.length < 2 || texts.length > 3) return null;
  // A number in the ref column is the row's own number ("12 | Complete" is an action with little written), not a count.
  // Counted, not filtered: most rows of two or three texts are no count, and build nothing to find so.
  let only: RowContext['texts'][number] | null = null;
  for (let i = 0; i < texts.length; i++) {
    if (texts[i].c !== columns?.ref && isCount(texts[i].text)) continue;
    if (only !== null) return null;
    only = texts[i];
  }
  if (only === null) return null;
  // A label is short: an action's sentence beside its number is not tidied to find it is none.
  if (collapsedLongerThan(only.text, 40)) return null;
  const label = only.text.replace(/\s+/g, ' ').trim();
  if (label.length > 40 || label.split(' ').length > 5 || /[.!?;]/.test(label)) return null;
  if (!COUNTS.test(label) && cellKind(label) !== 'status') return null;
  const counts = texts.filter((t) => t !== only).map((t) => t.text.trim());
  return { why: `'${label}' beside ${counts.map((c) => `'${c}'`).join(', ')} is a count of the plan's actions` };
}
