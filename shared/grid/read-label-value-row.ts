import { scoreHeaderWords } from './header-words';
import type { RowContext } from './classify-row';
import { collapse } from './cell-text';

/** A label: a few words ending in a colon ('Approved by:', 'Review date:', 'Author:'), no number, no sentence. */
const LABEL = /^\p{L}[\p{L}\s'’-]{0,30}:$/u;
/** A label with its value after it in the same cell ('Author: Equality and Diversity Manager'). */
const LABELLED = /^(\p{L}[\p{L}\s'’-]{0,30}:)\s*(\S.*)$/u;
/** The start of a text whose tidied form LABEL or LABELLED can match: letters, spaces, apostrophes and hyphens to a colon. */
const LABEL_START = /^\s*\p{L}[\p{L}\s'’-]*:/u;
const MAX_LABEL_WORDS = 3;
/** A value about the plan is a name, a role, a body or a date: a few words, never a sentence. */
const MAX_VALUE = 60;
/** Labels of a field of the action above ('Progress:', 'Update:'): that action's, read as its sub-row elsewhere. */
const ACTION_FIELD = /^(?:progress|update|outcome|position|comments?|notes?|milestones?)\b/i;
/** Fields whose label would head an action's own words ('Action:', 'Objective:', 'Expected outcome:'). */
const WORDS_OF_AN_ACTION = new Set(['action', 'objective', 'progress', 'outcome']);

/**
 * A line of labels and their values about the plan itself, as a form or a sign-off box writes it: 'Approved by:' |
 * 'Trust Board', 'Review date:' | 'June 2023', or several on one row, each label's value in the next cell or after the
 * label in its own ('Author: Equality and Diversity Manager' … 'Executive lead:' | 'Director of Workforce and OD'). It is
 * no action, though a value may fall under the action, lead or timescale column. Every text of the row is a label or
 * its value; each label ends in a colon, is a few words and names no field of an action's own words nor of its progress
 * ('Progress:', 'Update:' label the action above); each value is short. Returns why, or null.
 *
 * @example
 * readLabelValueRow({ sheet, r: 30, texts: [{ c: 0, text: 'Review date:' }, { c: 1, text: 'June 2023' }], columns, standard }); // { why: … }
 * readLabelValueRow({ sheet, r: 30, texts: [{ c: 0, text: 'Author: EDI Manager' }, { c: 3, text: 'Executive lead:' }, { c: 4, text: 'Director of People' }], columns, standard }); // { why: … }
 * readLabelValueRow({ sheet, r: 8, texts: [{ c: 0, text: 'Metric 1:' }, { c: 1, text: 'Improve declaration rates.' }], columns, standard }); // null
 */
export function readLabelValueRow({ texts }: RowContext): { why: string } | null {
  // One text alone is a note or a heading, read as such; a line about the plan has two cells or more.
  if (texts.length < 2) return null;
  // The first text is a label, alone or before its value: it has a colon (most rows' first text, a ref or an action's
  // words, has none, and is not tidied).
  if (!texts[0].text.includes(':')) return null;
  // A label's words run from its first letter to its colon (a tagged cell's '<p style=…:' or a sentence with a colon
  // later on is none): seen on the text as written, before a long one is tidied. Its spaces are tidied to one each,
  // so the label as LABEL and LABELLED read it starts so too.
  if (!LABEL_START.test(texts[0].text)) return null;
  const labels: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    const text = collapse(texts[i].text);
    const inline = LABELLED.exec(text);
    if (LABEL.test(text) && i + 1 < texts.length && isValue(collapse(texts[i + 1].text))) {
      labels.push(text);
      i++;
    } else if (inline && isValue(inline[2])) labels.push(inline[1]);
    else return null;
  }
  if (!labels.every(namesNoActionWords)) return null;
  const named = labels.map((l) => `'${l}'`).join(' and ');
  return labels.length === 1
    ? { why: `${named} labels the value beside it, a line about the plan itself, not something to do` }
    : { why: `${named} label the values beside them, a line about the plan itself, not something to do` };
}

/** A value beside a label: short, and no label itself. */
function isValue(text: string): boolean {
  return text.length > 0 && text.length <= MAX_VALUE && !LABEL.test(text);
}

/** A label of a few words that names no field of an action's words or progress ('Action:' would head an action's own). */
function namesNoActionWords(label: string): boolean {
  if (label.split(/\s+/).length > MAX_LABEL_WORDS || ACTION_FIELD.test(label)) return false;
  return !scoreHeaderWords(label.replace(/:$/, '')).some((w) => WORDS_OF_AN_ACTION.has(w.field) && w.score >= 0.8);
}
