import { memoiseText } from '../memoise-text';
import { SUBJECT_TITLE } from '../rag/read-rag-legend-row';
import { KEY_TITLE } from './is-under-key-title';
import { isRunningHead, marksPrintedPage, PAGE_MARK } from './is-running-head';
import { marksTemplate } from './read-template-row';
import { isFigureCell } from './read-figures-row';

/** A text opens as a 'Key' title ('Status key:', 'RAG:'), as `classifyRow` looks for one along a row. */
export const KEY_TITLE_TEXT = 1;
/** A text is a page's number: a bare number (whitespace about it) or a page mark of 20 characters at most ('Page 1 of 2'). */
export const PAGE_NUMBER_TEXT = 2;
/** A text is more than a bare number: it may be the plan's title beside a page's number. */
export const NOT_BARE_TEXT = 4;
/** A text marks a printed page ('Page 1 of 3', 'OFFICIAL', 'Uncontrolled when printed': `marksPrintedPage`). */
export const PRINTED_MARK_TEXT = 8;
/** A text is a template's mark (a placeholder, or a note asking for its row to be deleted: `marksTemplate`). */
export const TEMPLATE_TEXT = 16;
/** A text is a cell of a row of figures ('402', '2022: 9.4%', 'White 1,412', '↑': `isFigureCell`), as a table of figures' row holds one. */
export const FIGURE_TEXT = 32;
/** A text of 40 characters at most is no page's running head (`isRunningHead`): the row is no page's head or foot beside its number. */
export const SHORT_NOT_HEAD_TEXT = 64;

/**
 * What a row's texts may be, as bits (the constants above), each bit set when one text at least is so: worked out once
 * per row, one look-up per distinct text, for the detectors of `classifyRow` that would each walk the row's texts
 * asking their own question of every one. A detector whose bit is unset cannot fire on the row: an action's row (its
 * sentence, its lead, its date, its status) sets none, and skips them all.
 *
 * @example
 * rowTextFacts([{ c: 0, text: 'WRES Action Plan 2020/21' }, { c: 5, text: 'Page 1 of 2' }]) & PRINTED_MARK_TEXT; // 8: a printed page's mark
 * rowTextFacts([{ c: 1, text: 'Run listening events' }, { c: 2, text: 'Head of EDI' }]); // 4: more than bare numbers, and nothing else
 */
export function rowTextFacts(texts: readonly { text: string }[]): number {
  let bits = 0;
  for (let i = 0; i < texts.length; i++) bits |= factsOf(texts[i].text);
  return bits;
}

/** A bare number with whitespace about it ('7', ' 12 '): a printed page's number, as `classifyRow` reads one. */
const PADDED_NUMBER = /^\s*\d{1,3}\s*$/;

/** One text's bits: the same tests the detectors ask of it, each answered once per distinct text. */
const factsOf = memoiseText((text: string): number => {
  const bare = PADDED_NUMBER.test(text);
  return (mayOpenKeyTitle(text) && (KEY_TITLE.test(text) || SUBJECT_TITLE.test(text)) ? KEY_TITLE_TEXT : 0)
    | (bare || (text.length <= 20 && PAGE_MARK.test(text)) ? PAGE_NUMBER_TEXT : 0)
    | (bare ? 0 : NOT_BARE_TEXT)
    | (marksPrintedPage(text) ? PRINTED_MARK_TEXT : 0)
    | (marksTemplate(text) ? TEMPLATE_TEXT : 0)
    | (isFigureCell(text) ? FIGURE_TEXT : 0)
    | (text.length <= 40 && !isRunningHead(text) ? SHORT_NOT_HEAD_TEXT : 0);
});

/**
 * The text (trimmed) opens as a 'Key' title can: with the first letter of 'BRAG', 'RAG', 'status', 'progress', 'colour',
 * 'key' or 'legend', in either case (the title's pattern ignores case only between ASCII letters).
 */
function mayOpenKeyTitle(text: string): boolean {
  const first = text.charCodeAt(0) | 32;
  return first === 98 || first === 114 || first === 115 || first === 112 || first === 99 || first === 107 || first === 108;
}
