import { memoiseText } from '../memoise-text';
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
/**
 * The template telling whoever fills it in to take the row out: "(delete this row before publishing)". Any run of
 * whitespace between the words, so the cell's own text answers as its collapsed text would.
 */
const DELETE_ME = /\b(?:delete|remove)\s+(?:this|the\s+example)\s+row\b/i;
/**
 * What a cell must hold for DELETE_ME to find anything: the word 'row' closing it. Long cells are read afresh on every
 * row (they are not cached), and this plain search rules out an action's paragraph in well under half the time the
 * whole instruction's does.
 */
const MAY_DELETE = /row\b/i;
/**
 * What a cell's own text must hold for its collapsed text to be one of the placeholders: an example's label at its start,
 * a bracket and a prompt's verb first (not a tag: '<p>…'), crosses alone, or nothing but the letters and separators of a
 * date's format.
 */
const MAY_BE_PLACEHOLDER = /^\s*(?:e\.g|eg|(?:for\s+)?example|sample|[[<{(]\s*(?:insert|enter|add|type|name|describe|select|choose|state)\b|x{3,}\s*$)|^[dmy\s/.-]+$/i;

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
    const mark = templateMark(text);
    if (mark === NO_MARK) continue;
    if (mark.deleteMe) deleteMe = true;
    if (mark.said) said.push(mark.said);
  }
  if (said.length < 2 && !deleteMe) return null;
  const because = deleteMe ? ['it asks to be deleted before the plan is published', ...said] : said;
  return { why: because.join('; ') };
}

/**
 * What a template writes in one cell where a trust's own text belongs ('dd/mm/yyyy', '[Insert lead]', 'e.g.', 'XXX'),
 * said as the user is told it ("'dd/mm/yyyy' is a date's format, not a date"), or null: the one reading of a placeholder,
 * shared with the template rows found under a header (`findTemplateRows`).
 *
 * @example
 * placeholderIn('dd-mmm-yy'); // "'dd-mmm-yy' is a date's format, not a date"
 * placeholderIn('Review the recruitment policy'); // null
 */
export function placeholderIn(text: string): string | null {
  return templateMark(text).said;
}

/**
 * Whether one cell's text is a template's mark — a placeholder, or a note asking the row to be deleted — that is, whether
 * `readTemplateRow` reads anything from it: a row none of whose texts is one is no template row.
 *
 * @example
 * marksTemplate('e.g.'); // true
 * marksTemplate('Review the recruitment policy'); // false
 */
export function marksTemplate(text: string): boolean {
  return templateMark(text) !== NO_MARK;
}

/** What one cell's text says of a template: whether it asks the row to be deleted, and the placeholder it holds. */
interface TemplateMark {
  deleteMe: boolean;
  said: string | null;
}
const NO_MARK: TemplateMark = Object.freeze({ deleteMe: false, said: null });

/**
 * One text's template mark, worked out once per distinct text: every row of a plan is asked, and most texts are an
 * action's words that cannot be a placeholder, so they are never tidied nor tried against each one.
 */
const templateMark = memoiseText((text: string): TemplateMark => {
  const deleteMe = MAY_DELETE.test(text) && DELETE_ME.test(text);
  // A text that cannot be a placeholder (an action's words) is never tidied nor tried against each one.
  const t = MAY_BE_PLACEHOLDER.test(text) ? collapse(text) : '';
  const found = t && t.length <= 300 ? PLACEHOLDERS.find(([pattern]) => pattern.test(t)) : undefined;
  if (!deleteMe && !found) return NO_MARK;
  return Object.freeze({ deleteMe, said: found ? found[1](t.length > 40 ? `${t.slice(0, 40)}…` : t) : null });
});
