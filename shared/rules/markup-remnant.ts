import type { PlanField, RecognisedAction, Rule } from '../types';
import { FIELD_NAMES, columnOf } from './describe';
import { hasMarkup, stripMarkup } from './strip-markup';
import { finding } from './finding';

const TEXT_FIELDS: PlanField[] = ['ref', 'theme', 'objective', 'action', 'lead', 'due', 'status', 'progress', 'outcome', 'completed'];

function textOf(action: RecognisedAction, field: PlanField): string {
  if (field === 'due') return action.due?.text ?? '';
  const value = action[field as keyof RecognisedAction];
  return typeof value === 'string' ? value : '';
}

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
      for (const field of TEXT_FIELDS) {
        const text = textOf(a, field);
        if (!hasMarkup(text)) continue;
        const column = columnOf(a, field);
        const sample = /<\s*\/?\s*[a-z][a-z0-9-]*/i.exec(text)?.[0]?.replace(/\s+/g, '') ?? /&[#a-z0-9]+;/i.exec(text)?.[0] ?? '';
        const shown = sample.startsWith('<') ? `${sample}>` : sample;
        found.push(
          finding(markupRemnant, a.row, column, `Row ${a.row}: the ${FIELD_NAMES[field]} cell${column ? ` (${column}${a.row})` : ''} contains web-page code such as "${shown}" — the suggested fix removes it`, stripMarkup(text)),
        );
      }
    }
    return found;
  },
};
