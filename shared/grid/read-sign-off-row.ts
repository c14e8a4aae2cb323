import { collapse, collapsedLongerThan } from './cell-text';
import type { RowContext } from './classify-row';

/**
 * A sign-off label: who did something to the plan itself — a past participle and 'by' ('Prepared by', 'Approved by',
 * 'Signed off by', 'Reviewed by:', 'Drawn up by') — or the title of a sign-off table ('Sign-off', 'Signatures',
 * 'Document control', 'Approval').
 */
const SIGN_OFF = /^(?:[a-z]+(?:ed|en)(?:\s+(?:off|up|out))?\s+by|sign(?:ed)?[\s-]?off|signatures?|signed|document control|version control|approvals?)\s*:?$/i;
/**
 * A sign-off label saying where or when the plan was signed off, ending in its colon: 'Signed off at the joint review:',
 * 'Approved at Trust Board on 12 May:', 'Agreed by both parties:' (a joint plan's sign-off line naming each side's signatory
 * after it). The colon makes it a label: 'Agreed at the network meeting' alone could be an action's status or its update.
 */
const SIGN_OFF_AT = /^(?:signed[\s-]?off|approved|agreed|endorsed|ratified)\s+(?:at|by|on|in|with|for)\s[^:]{1,40}:$/i;
/** The dotted or ruled line a printed sign-off leaves to sign on, after its label ('Signed: ……………', 'Date: ____'). */
const SIGNING_LINE = /(?<=:)\s*[.…_]{2,}$/;
/** Longer than this a text is no sign-off label (the longest: 'Signed off at the joint review of 12 May 2024:'). */
const MAX_LABEL = 50;
/** A sign-off names who, in what role and when: a few short cells, never a sentence. */
const MAX_CELLS = 6;
const MAX_CELL = 60;

/**
 * A row of the sign-off table a trust puts under (or over) its plan — "Sign-off | Name | Role | Date", "Prepared by |
 * A. Boateng | EDI Lead | 01/07/2025", "Approved by | People Committee | Chair: R. Dunmore | 17/07/2025" — records who
 * prepared or approved the plan, not something to do: it is no action, even with a name under the lead column and a
 * date under the timescale. One of its texts is the label (the first, as trusts write it); the rest are a few short cells.
 *
 * @example
 * readSignOffRow({ sheet, r: 23, texts: [{ c: 0, text: 'Prepared by' }, { c: 1, text: 'A. Boateng' }, { c: 3, text: 'EDI Lead' }], columns, standard }); // { why: … }
 * readSignOffRow({ sheet, r: 8, texts: [{ c: 0, text: 'Approve the plan at the Board.' }, { c: 3, text: 'Chair' }], columns, standard }); // null
 */
export function readSignOffRow({ texts }: RowContext): { label: string; why: string } | null {
  if (texts.length === 0 || texts.length > MAX_CELLS) return null;
  for (let i = 0; i < texts.length; i++) if (texts[i].text.length > MAX_CELL) return null;
  // The label is most often the row's first cell, but the table's columns may come in any order: the row's one label.
  const label = onlyLabel(texts);
  if (label === null) return null;
  const name = label.replace(/\s*:$/, '');
  const why = /\sby$/i.test(name) || /^signed$/i.test(name) || SIGN_OFF_AT.test(label) ? `'${name}' records who prepared or approved the plan, not something to do` : `'${name}' heads the table of who prepared or approved the plan, not something to do`;
  return { label, why };
}

/**
 * The one text of the row that is a sign-off label (30 characters at most, tidied; 50 when it says where the plan was
 * signed off), or null when none or several are.
 * Asked of every row that reaches it: a loop, with no lists built, and a longer text is not tidied to find it too long.
 */
function onlyLabel(texts: RowContext['texts']): string | null {
  let label: string | null = null;
  for (let i = 0; i < texts.length; i++) {
    if (collapsedLongerThan(texts[i].text, MAX_LABEL)) continue;
    // A label with the line to sign on after it ('Signed: ……………………', 'Signature: ________'): the label.
    const text = collapse(texts[i].text).replace(SIGNING_LINE, '');
    if (!(text.length <= 30 && SIGN_OFF.test(text)) && !SIGN_OFF_AT.test(text)) continue;
    if (label !== null) return null;
    label = text;
  }
  return label;
}
