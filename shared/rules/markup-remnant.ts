import type { PlanField, RecognisedAction, Rule } from '../types';
import { FIELD_NAMES, columnOf } from './describe';
import { hasMarkup, stripMarkup } from './strip-markup';
import { finding } from './finding';

/**
 * The text fields, in the order their findings are listed, each with how its text is read: a property read by name
 * (`action[field]`) for ten fields of every action was the rule's main cost.
 */
const TEXT_FIELDS: readonly { field: PlanField; text: (action: RecognisedAction) => unknown }[] = [
  { field: 'ref', text: (a) => a.ref },
  { field: 'theme', text: (a) => a.theme },
  { field: 'objective', text: (a) => a.objective },
  { field: 'action', text: (a) => a.action },
  { field: 'lead', text: (a) => a.lead },
  { field: 'due', text: (a) => a.due?.text ?? '' },
  { field: 'status', text: (a) => a.status },
  { field: 'progress', text: (a) => a.progress },
  { field: 'outcome', text: (a) => a.outcome },
  { field: 'completed', text: (a) => a.completed },
];

/**
 * The first tag's opening ('<ul', '</ p') or the first entity ('&nbsp;') a finding quotes. Built once: a plan pasted from
 * a web form has markup in most of its cells, and a pattern written in the loop is a new object for each.
 */
const SAMPLE_TAG = /<\s*\/?\s*[a-z][a-z0-9-]*/i;
const SAMPLE_ENTITY = /&[#a-z0-9]+;/i;

/**
 * Web-page markup ('<p>', '<ul style=…>', '&nbsp;') left in a cell shows up as code in board papers.
 * Each finding carries the cleaned text as its `fix`.
 *
 * @example
 * markupRemnant.check(context) // [{ rule: 'markup-remnant', severity: 'warning', row: 5, column: 'F', message: 'Row 5: the Progress cell (F5) contains web-page code such as "<ul>" — the suggested fix removes it', fix: 'A data campaign…' }]
 */
export const markupRemnant: Rule = {
  id: 'markup-remnant',
  severity: 'warning',
  description: 'Cells hold plain text, without web-page code such as "<p>" or "&nbsp;".',
  check({ actions }) {
    const found: ReturnType<Rule['check']> = [];
    for (const a of actions) {
      for (let k = 0; k < TEXT_FIELDS.length; k++) {
        const value = TEXT_FIELDS[k].text(a);
        if (typeof value !== 'string' || !hasMarkup(value)) continue;
        const text = value;
        const field = TEXT_FIELDS[k].field;
        const column = columnOf(a, field);
        const sample = SAMPLE_TAG.exec(text)?.[0]?.replace(/\s+/g, '') ?? SAMPLE_ENTITY.exec(text)?.[0] ?? '';
        const shown = sample.startsWith('<') ? `${sample}>` : sample;
        found.push(
          finding(markupRemnant, a.row, column, `Row ${a.row}: the ${FIELD_NAMES[field]} cell${column ? ` (${column}${a.row})` : ''} contains web-page code such as "${shown}" — the suggested fix removes it`, stripMarkup(text)),
        );
      }
    }
    return found;
  },
};
