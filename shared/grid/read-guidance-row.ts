import { collapse } from './cell-text';
import { placeholderIn } from './read-template-row';

/** A whole cell in one pair of brackets with words inside: '(What will you do? Make it SMART)', '[Name and job title]'. */
const BRACKETED = /^(?:\((?:[^()]|\([^()]*\))*\)|\[[^[\]]*\]|<[^<>]*>|\{[^{}]*\})$/;
/** A question to whoever fills the template in: ending '?', or opening with a question word and asking one ('Who? (name)'). */
const QUESTION = /\?\s*[)\]]?$|^(?:what|who|when|where|why|how|which|by\s+when)\b[^.]{0,80}\?/i;
/**
 * An instruction to whoever fills the template in, opening the cell ('Enter the metric number', 'Describe the action'):
 * only verbs a trust's action hardly opens with, and even so weaker evidence than brackets or a question.
 */
const INSTRUCTION = /^(?:please\s+)?(?:enter|insert|type|describe|summari[sz]e|select|choose|specify)\b/i;

/** One cell's prompt: strong (brackets, a question, a placeholder), weak (an instruction opening it), or none. */
function promptOf(text: string): 'strong' | 'weak' | null {
  const t = collapse(text);
  if ((BRACKETED.test(t) && /[a-z]{2}/i.test(t)) || QUESTION.test(t) || placeholderIn(t)) return 'strong';
  return INSTRUCTION.test(t) ? 'weak' : null;
}

/**
 * A template's GUIDANCE row left under the header, one prompt per column telling whoever fills it in what to write
 * there ('(Metric 1–10)' | '(What will you do? Make it SMART)' | '(Who is accountable?)' | '(Month / year)' | '(Select
 * from list)'): no action. Told apart by its cells: two prompts or more in brackets, as questions or as a placeholder
 * ('dd/mm/yyyy', 'e.g. Q3 2020/21'), at least two in three of its cells prompts of some kind ('Enter the metric number'
 * counts too), and its action cell, where it has one, a prompt. A trust's action that left one or two cells unfilled
 * ('(Select from list)' under its status) still writes its action and lead in its own words, so it stays an action.
 *
 * @example
 * readGuidanceRow([{ c: 0, text: '(Metric 1–10)' }, { c: 1, text: '(What will you do?)' }, { c: 2, text: 'Head of OD' }], 1);
 * // { prompts: ['(Metric 1–10)', '(What will you do?)'], of: 3 }
 */
export function readGuidanceRow(texts: readonly { c: number; text: string }[], actionColumn: number | undefined): { prompts: string[]; of: number } | null {
  if (texts.length < 2) return null;
  const prompts: string[] = [];
  let strong = 0;
  let actionAsked = true;
  for (const { c, text } of texts) {
    const prompt = promptOf(text);
    if (prompt) prompts.push(collapse(text));
    if (prompt === 'strong') strong++;
    if (c === actionColumn && !prompt) actionAsked = false;
  }
  if (strong < 2 || 3 * prompts.length < 2 * texts.length || !actionAsked) return null;
  return { prompts, of: texts.length };
}
