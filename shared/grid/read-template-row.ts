import { collapse } from './cell-text';
import type { RowContext } from './classify-row';

/**
 * What a template writes where a trust's own text belongs, each with how the user is told of it: an example's label
 * ('e.g.', 'Example: describe the action…', 'Sample'), a date's format in place of a date ('dd-mmm-yy', 'dd/mm/yyyy',
 * 'mm/yy'), a prompt in brackets ('[Insert lead]', '<name of lead>'), or crosses standing for a figure or a name ('XXX').
 */
const PLACEHOLDERS: [RegExp, (text: string) => string][] = [
  [/^(?:e\.g\.?(?=$|[\s:])|eg$|(?:for )?examples?\s*(?:$|[:–—-])|sample\s*(?:$|[:–—-]))/i, (t) => `'${t}' labels an example`],
  [/^(?:d{1,2}|m{1,4}|y{2,4})(?:\s*[/.\s-]\s*(?:d{1,2}|m{1,4}|y{2,4})){1,2}$/i, (t) => `'${t}' is a date's format, not a date`],
  [/^[[<{(]\s*(?:insert|enter|add|type|name|describe|select|choose|state)\b[^\]>})]{0,80}[\]>})]$/i, (t) => `'${t}' asks for text to be filled in`],
  [/^x{3,}$/i, (t) => `'${t}' stands for something still to be filled in`],
];
/** The template telling whoever fills it in to take the row out: "(delete this row before publishing)". */
const DELETE_ME = /\b(?:delete|remove)\s+(?:this|the example)\s+row\b/i;

/**
 * A template's example row left in the plan ('e.g.' | '2' | 'Example: describe the action … (delete this row before
 * publishing)' | 'Named post holder' | 'dd-mmm-yy'): it shows how to fill the plan in and is no action. Told apart by
 * two cells or more holding what a template writes in place of a trust's own text (an example's label, a date's
 * format, a bracketed prompt, 'XXX'), or by a cell telling the user to delete the row. One such cell alone is not enough:
 * an action may quote an example ("Share examples of good practice…").
 *
 * @example
 * readTemplateRow({ sheet, r: 3, texts: [{ c: 0, text: 'e.g.' }, { c: 2, text: 'Example: describe the action' }, { c: 6, text: 'dd-mmm-yy' }], columns, standard });
 * // { why: "'e.g.' labels an example; 'Example: describe the action' labels an example; 'dd-mmm-yy' is a date's format, not a date" }
 */
export function readTemplateRow({ texts }: RowContext): { why: string } | null {
  const said: string[] = [];
  let deleteMe = false;
  for (const { text } of texts) {
    const t = collapse(text);
    if (DELETE_ME.test(t)) deleteMe = true;
    if (t.length > 300) continue;
    const found = PLACEHOLDERS.find(([pattern]) => pattern.test(t));
    if (found) said.push(found[1](t.length > 40 ? `${t.slice(0, 40)}…` : t));
  }
  if (said.length < 2 && !deleteMe) return null;
  const because = deleteMe ? ['it asks to be deleted before the plan is published', ...said] : said;
  return { why: because.join('; ') };
}
